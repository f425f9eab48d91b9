#include "app/cli/ResolveConflictCommand.h"
#include "app/cli/CommandLine.h"
#include "app/sync/SyncConflicts.h"
#include "database/Database.h"

#include <QCoreApplication>

namespace fieldbook {

QString ResolveConflictCommand::summary() const
{
    return QCoreApplication::translate("Cli", "resolve a sync conflict: keep the local value or take the incoming one");
}

int ResolveConflictCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QCoreApplication::translate("Cli", "the conflict's number (from conflicts) or uuid"));
    const QCommandLineOption keep(QStringLiteral("keep"), QCoreApplication::translate("Cli", "local or incoming"),
                                  QStringLiteral("local|incoming"));
    const QCommandLineOption actor(QStringLiteral("actor"),
                                   QCoreApplication::translate("Cli", "who resolves it (audit trail; default: $USER)"),
                                   QStringLiteral("NAME"));
    parser.addOptions({keep, actor});
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    const QString choice = parser.value(keep);
    if (parser.positionalArguments().size() != 1 ||
        (choice != QLatin1String("local") && choice != QLatin1String("incoming"))) {
        context.err << QCoreApplication::translate("Cli", "resolve-conflict needs an ID and --keep local|incoming")
                    << Qt::endl;
        return ExitUsage;
    }
    Result<Database> db = Database::open(context.storePath);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    db->setActor(parser.isSet(actor) ? parser.value(actor)
                                     : qEnvironmentVariable("USER", QStringLiteral("fieldbook-cli")));
    const QString id = parser.positionalArguments().first();
    if (Status s = SyncConflicts::resolve(db.value(), id,
                                          choice == QLatin1String("local") ? ConflictChoice::KeepLocal
                                                                           : ConflictChoice::TakeIncoming);
        !s) {
        context.err << s.error() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out << (choice == QLatin1String("local")
                        ? QCoreApplication::translate("Cli", "conflict %1: local value kept").arg(id)
                        : QCoreApplication::translate("Cli", "conflict %1: incoming value taken").arg(id))
                << Qt::endl;
    return ExitOk;
}

} // namespace fieldbook
