#include "app/cli/DeriveChecklistCommand.h"
#include "app/cli/CommandLine.h"
#include "app/codes/ChecklistStore.h"
#include "database/Database.h"

#include <QCoreApplication>

namespace fieldbook {

QString DeriveChecklistCommand::summary() const
{
    return QCoreApplication::translate("Cli", "derive an audit's checklist into the store");
}

int DeriveChecklistCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption audit(QStringLiteral("audit"), QCoreApplication::translate("Cli", "audit uuid"),
                                   QStringLiteral("UUID"));
    parser.addOption(audit);
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (!parser.isSet(audit)) {
        context.err << QCoreApplication::translate("Cli", "derive-checklist needs --audit UUID") << Qt::endl;
        return ExitUsage;
    }
    Result<Database> db = Database::open(context.storePath);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    Result<DerivedChecklist> derived = ChecklistStore::deriveForAudit(db.value(), parser.value(audit));
    if (!derived) {
        context.err << derived.error() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out << QCoreApplication::translate("Cli", "%1 questions (%2 applicable) for %3")
                       .arg(derived->items.size())
                       .arg(derived->applicableCount())
                       .arg(derived->codes.join(QLatin1Char('+')))
                << Qt::endl;
    return ExitOk;
}

} // namespace fieldbook
