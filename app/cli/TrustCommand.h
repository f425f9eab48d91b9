#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli trust`: add a public key whose signatures this store accepts.
class TrustCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("trust");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
