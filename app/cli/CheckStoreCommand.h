#pragma once

#include "app/cli/CliCommand.h"

#include <QStringList>

namespace fieldbook {

class Database;

// `fieldbook-cli check-store`: schema version, integrity and foreign-key check of a store, and
// the schema objects (tables, indexes, triggers, views) Fieldbook's migrations did not create.
class CheckStoreCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("check-store");
    }
    QString summary() const override;
    int run(CliContext& context) override;

    // "trigger name" of every object not created by the migrations (or changed, or missing).
    static QStringList foreignSchemaObjects(const Database& db);
};

} // namespace fieldbook
