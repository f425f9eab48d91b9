#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli check-store`: schema version, integrity and foreign-key check of a store.
class CheckStoreCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("check-store");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
