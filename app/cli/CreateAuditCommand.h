#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli create-audit`: a new audit (and its facility) in the store.
class CreateAuditCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("create-audit");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
