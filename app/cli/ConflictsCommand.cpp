#include "app/cli/ConflictsCommand.h"
#include "app/cli/CommandLine.h"
#include "app/sync/SyncConflicts.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fieldbook {

QString ConflictsCommand::summary() const
{
    return QCoreApplication::translate("Cli", "list the sync conflicts of an audit (edits kept for review)");
}

int ConflictsCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption audit(QStringLiteral("audit"), QCoreApplication::translate("Cli", "audit uuid"),
                                   QStringLiteral("UUID"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 QCoreApplication::translate("Cli", "include the resolved ones"));
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("Cli", "text or json"),
                                    QStringLiteral("format"), QStringLiteral("text"));
    parser.addOptions({audit, all, format});
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (!parser.isSet(audit)) {
        context.err << QCoreApplication::translate("Cli", "conflicts needs --audit UUID") << Qt::endl;
        return ExitUsage;
    }
    Result<Database> db = Database::open(context.storePath);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    Result<QList<SyncConflict>> conflicts = SyncConflicts::list(db.value(), parser.value(audit), parser.isSet(all));
    if (!conflicts) {
        context.err << conflicts.error() << Qt::endl;
        return ExitStoreError;
    }
    // No protector here: personal values print as locked, never in clear.
    if (parser.value(format) == QLatin1String("json")) {
        QJsonArray array;
        for (const SyncConflict& c : conflicts.value()) {
            array.append(QJsonObject{{QStringLiteral("id"), double(c.id)},
                                     {QStringLiteral("uuid"), c.uuid},
                                     {QStringLiteral("entity"), c.entity},
                                     {QStringLiteral("entity_uuid"), c.entityUuid},
                                     {QStringLiteral("field"), c.field},
                                     {QStringLiteral("personal"), c.personal},
                                     {QStringLiteral("local_value"), SyncConflicts::displayValue(c, false, nullptr)},
                                     {QStringLiteral("incoming_value"), SyncConflicts::displayValue(c, true, nullptr)},
                                     {QStringLiteral("local_by"), c.localBy},
                                     {QStringLiteral("local_at"), c.localAt},
                                     {QStringLiteral("incoming_by"), c.incomingBy},
                                     {QStringLiteral("incoming_at"), c.incomingAt},
                                     {QStringLiteral("resolution"), c.resolution},
                                     {QStringLiteral("resolved_by"), c.resolvedBy},
                                     {QStringLiteral("resolved_at"), c.resolvedAt}});
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (conflicts->isEmpty()) {
        context.out << QCoreApplication::translate("Cli", "No open sync conflicts.") << Qt::endl;
    }
    for (const SyncConflict& c : conflicts.value()) {
        context.out << c.id << "  " << c.entity << '.' << c.field << "  "
                    << QCoreApplication::translate("Cli", "local: %1 (%2 %3)  incoming: %4 (%5 %6)")
                           .arg(SyncConflicts::displayValue(c, false, nullptr), c.localBy, c.localAt,
                                SyncConflicts::displayValue(c, true, nullptr), c.incomingBy, c.incomingAt);
        if (!c.resolution.isEmpty()) {
            context.out << "  "
                        << QCoreApplication::translate("Cli", "resolved: %1 by %2").arg(c.resolution, c.resolvedBy);
        }
        context.out << Qt::endl;
    }
    return ExitOk;
}

} // namespace fieldbook
