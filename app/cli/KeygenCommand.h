#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli keygen`: create an auditor signing key; write its minisign public key.
class KeygenCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("keygen");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
