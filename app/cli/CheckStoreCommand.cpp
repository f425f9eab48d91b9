#include "app/cli/CheckStoreCommand.h"
#include "app/cli/CommandLine.h"
#include "database/Database.h"
#include "database/Migration.h"

#include <QCoreApplication>
#include <QHash>

namespace fieldbook {

namespace {

// type name -> sql of every schema object (sqlite_ internals left out).
QHash<QString, QString> schemaObjects(const Database& db)
{
    QHash<QString, QString> objects;
    Result<Statement> s = db.prepare(QStringLiteral(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    if (s) {
        while (s->step()) {
            objects.insert(s->text(0) + QLatin1Char(' ') + s->text(1), s->text(2));
        }
    }
    return objects;
}

} // namespace

QStringList CheckStoreCommand::foreignSchemaObjects(const Database& db)
{
    Result<Database> reference = Database::open(QStringLiteral(":memory:"));
    if (!reference) {
        return {QCoreApplication::translate("Cli", "(cannot build the reference schema: %1)").arg(reference.error())};
    }
    const QHash<QString, QString> expected = schemaObjects(reference.value());
    const QHash<QString, QString> actual = schemaObjects(db);
    QStringList foreign;
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        const auto known = expected.constFind(it.key());
        if (known == expected.cend()) {
            foreign.append(it.key());
        } else if (known.value() != it.value()) {
            foreign.append(QCoreApplication::translate("Cli", "%1 (changed)").arg(it.key()));
        }
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key())) {
            foreign.append(QCoreApplication::translate("Cli", "%1 (missing)").arg(it.key()));
        }
    }
    foreign.sort();
    return foreign;
}

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
    // Schema objects Fieldbook did not create (a trigger that copies personal data out, a view
    // shadowing a table...): compared with what the migrations create in an empty store.
    const QStringList foreign = foreignSchemaObjects(db.value());
    context.out << QCoreApplication::translate("Cli", "schema objects Fieldbook did not create: %1")
                       .arg(foreign.isEmpty() ? QStringLiteral("none") : QString::number(foreign.size()))
                << Qt::endl;
    for (const QString& object : foreign) {
        context.out << QStringLiteral("  ") << object << Qt::endl;
    }
    return (integrityText == QLatin1String("ok") && fk && fk->toInt() == 0 && foreign.isEmpty()) ? ExitOk
                                                                                                 : ExitStoreError;
}

} // namespace fieldbook
