#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli flag-records`: the records behind a stored analysis flag (and, with --chart, the
// data of its chart), as the record-analysis page shows them. Without --flag or --check it lists
// the audit's flags with their uuids. Never prints personal data.
class FlagRecordsCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("flag-records");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
