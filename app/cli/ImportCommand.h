#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli import --audit UUID (--records DIR | --file [KIND=]PATH ...) [--map ...]
// [--mapping FILE.json] [--quarantine] [--check] [--preview]`: imports a factory's record files into
// an audit of the store, in one transaction, through the same import session as the GUI's wizard
// (app/records/RecordImportSession): files under any name, mapped columns remembered per facility.
// --check and --preview print the plan and its issues and import nothing.
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
