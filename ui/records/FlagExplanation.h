#pragma once

#include "app/analysis/FlagStore.h"

#include <QString>

namespace fieldbook {

// What a flag means, in plain words for the auditor: the check's explanation, and the flag's
// summary, severity, clauses, workers, days, decision and figures as the detail's first tab.
class FlagExplanation
{
public:
    static QString text(const QString& check);
    static QString html(const StoredFlag& flag);
};

} // namespace fieldbook
