#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli sign`: a minisign-compatible detached signature (FILE.minisig) of any file.
class SignCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("sign");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
