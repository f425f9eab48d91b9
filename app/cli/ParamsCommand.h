#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli params`: params.json resolved from code(s) and country, stricter rule winning.
class ParamsCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("params");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
