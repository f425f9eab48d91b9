#include "app/cli/CheckStoreCommand.h"
#include "app/cli/CommandLine.h"
#include "database/Database.h"
#include "database/Migration.h"

#include <QCoreApplication>

namespace fieldbook {

QString CheckStoreCommand::summary() const
{
    return QCoreApplication::translate("Cli", "check a store's schema version and integrity");
}

int CheckStoreCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    Result<Database> db = Database::open(context.storePath);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    context.out << QCoreApplication::translate("Cli", "store: %1").arg(context.storePath) << Qt::endl;
    context.out << QCoreApplication::translate("Cli", "schema version: %1 (this build: %2)")
                       .arg(db->schemaVersion())
                       .arg(Migrator::latestVersion())
                << Qt::endl;
    Result<QVariant> integrity = db->scalar(QStringLiteral("PRAGMA integrity_check"));
    Result<QVariant> fk = db->scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
    const QString integrityText = integrity ? integrity->toString() : integrity.error();
    context.out << QCoreApplication::translate("Cli", "integrity: %1").arg(integrityText) << Qt::endl;
    context.out << QCoreApplication::translate("Cli", "foreign-key violations: %1").arg(fk ? fk->toInt() : -1)
                << Qt::endl;
    return (integrityText == QLatin1String("ok") && fk && fk->toInt() == 0) ? ExitOk : ExitStoreError;
}

} // namespace fieldbook
