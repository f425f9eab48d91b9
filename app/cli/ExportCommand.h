#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli export`: an audit as a signed .fieldbook package (docs/package-format.md).
class ExportCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("export");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
