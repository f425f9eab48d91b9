#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli reseal-personal`: open personal data kept sealed for head office and seal it under the store key.
class ResealPersonalCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("reseal-personal");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
