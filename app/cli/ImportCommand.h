#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli import --audit UUID --records DIR [--quarantine]`: imports a factory's record
// files into an audit of the store, in one transaction (RecordStore).
class ImportCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("import");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
