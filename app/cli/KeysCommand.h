#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli keys`: the auditor keys in the store with their fingerprints.
class KeysCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("keys");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
