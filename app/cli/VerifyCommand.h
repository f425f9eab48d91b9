#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli verify`: check a signed package or report against its minisign signature.
class VerifyCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("verify");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
