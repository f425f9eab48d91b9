#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli import-code`: validate a catalog file and add the code to the store.
class ImportCodeCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("import-code");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
