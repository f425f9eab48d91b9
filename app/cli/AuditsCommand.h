#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli audits`: the audits in the store, one a line (or JSON).
class AuditsCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("audits");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
