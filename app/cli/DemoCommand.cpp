#include "app/cli/DemoCommand.h"
#include "app/cli/CommandLine.h"
#include "app/demo/DemoAudit.h"
#include "app/demo/DemoLauncher.h"
#include "database/Database.h"

#include <QCoreApplication>

namespace fieldbook {

QString DemoCommand::summary() const
{
    return QCoreApplication::translate("Cli", "create or refresh the demo audit in the store and print its uuid");
}

int DemoCommand::run(CliContext& context)
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
    db->setActor(QStringLiteral("fieldbook-cli demo"));
    Result<DemoAuditResult> demo = DemoAudit::createOrRefresh(db.value());
    if (!demo) {
        context.err << demo.error() << Qt::endl;
        return ExitStoreError;
    }
    // The same demo audit the desktop app opens (profile, checklist, fieldwork, analysis).
    if (Result<qint64> prepared = DemoLauncher::prepare(db.value(), demo->audit.id); !prepared) {
        context.err << prepared.error() << Qt::endl;
        return ExitStoreError;
    }
    context.out << demo->audit.uuid << Qt::endl;
    return ExitOk;
}

} // namespace fieldbook
