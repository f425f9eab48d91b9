#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli resolve-conflict`: keep the local value or take the incoming one, audit-trailed.
class ResolveConflictCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("resolve-conflict");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
