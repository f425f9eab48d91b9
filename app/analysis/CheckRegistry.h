#pragma once

#include "app/analysis/Check.h"

#include <memory>
#include <vector>

namespace fieldbook {

// Every check Fieldbook runs, in the order of formats.md's table.
class CheckRegistry
{
public:
    static std::vector<std::shared_ptr<const Check>> allChecks();
    static QStringList checkNames();
    // The registered check of that name (one shared instance), or nullptr for an unknown name.
    static const Check* find(const QString& name);
};

} // namespace fieldbook
