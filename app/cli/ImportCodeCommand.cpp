#include "app/cli/ImportCodeCommand.h"
#include "app/cli/CommandLine.h"
#include "app/codes/CatalogRegistry.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace fieldbook {

QString ImportCodeCommand::summary() const
{
    return QCoreApplication::translate("Cli", "validate a code catalog file and add it to the store");
}

int ImportCodeCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Cli", "catalog JSON file"));
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << QCoreApplication::translate("Cli", "import-code needs exactly one FILE") << Qt::endl;
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << QCoreApplication::translate("Cli", "%1: cannot read: %2").arg(path, file.errorString())
                    << Qt::endl;
        return ExitInvalidInput;
    }
    Result<Database> db = Database::open(context.storePath);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    Result<Catalog> imported = CatalogRegistry::importInto(db.value(), file.readAll(), QFileInfo(path).fileName());
    if (!imported) {
        context.err << imported.error() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out << QCoreApplication::translate("Cli", "imported %1 (%2, %3 questions)")
                       .arg(imported->id, imported->edition)
                       .arg(imported->questionCount())
                << Qt::endl;
    return ExitOk;
}

} // namespace fieldbook
