#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli analyze`: run every applicable check on a factory's records (formats.md section 3).
class AnalyzeCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("analyze");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
