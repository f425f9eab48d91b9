#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli import-package`: verify a package, then merge it into the store.
class ImportPackageCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("import-package");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
