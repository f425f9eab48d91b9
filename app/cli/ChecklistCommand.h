#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli checklist`: the checklist derived from code(s) and a facility profile.
class ChecklistCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("checklist");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
