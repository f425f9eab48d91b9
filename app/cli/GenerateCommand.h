#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli generate`: writes a synthetic factory's record files and params.json
// (app/demo/FactoryGenerator), deterministic by seed. For tests, benchmarks and training.
class GenerateCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("generate");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
