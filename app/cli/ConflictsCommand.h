#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli conflicts`: the sync conflicts of an audit (personal values never shown).
class ConflictsCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("conflicts");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
