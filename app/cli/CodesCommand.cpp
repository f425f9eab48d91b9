#include "app/cli/CodesCommand.h"
#include "app/cli/CommandLine.h"
#include "app/codes/CatalogRegistry.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fieldbook {

QString CodesCommand::summary() const
{
    return QCoreApplication::translate("Cli", "list the codes of conduct (built-in and imported)");
}

int CodesCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("Cli", "text or json"),
                                    QStringLiteral("format"), QStringLiteral("text"));
    parser.addOption(format);
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    // Imported codes live in the store; without a store only the built-in ones are listed.
    CatalogRegistry registry = CatalogRegistry::builtIn();
    if (QFileInfo::exists(context.storePath)) {
        Result<Database> db = Database::open(context.storePath);
        if (!db) {
            context.err << db.error() << Qt::endl;
            return ExitStoreError;
        }
        Result<CatalogRegistry> withStore = CatalogRegistry::withStore(db.value());
        if (!withStore) {
            context.err << withStore.error() << Qt::endl;
            return ExitStoreError;
        }
        registry = withStore.take();
    }
    if (parser.value(format) == QLatin1String("json")) {
        QJsonArray array;
        for (const Catalog& c : registry.catalogs()) {
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("aliases"), QJsonArray::fromStringList(c.aliases)},
                                     {QStringLiteral("name"), c.name},
                                     {QStringLiteral("edition"), c.edition},
                                     {QStringLiteral("version"), c.version},
                                     {QStringLiteral("effective_date"), c.effectiveDate.toString(Qt::ISODate)},
                                     {QStringLiteral("questions"), c.questionCount()},
                                     {QStringLiteral("built_in"), c.builtIn}});
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const Catalog& c : registry.catalogs()) {
        context.out << QStringLiteral("%1  %2  (%3, effective %4, %5 questions)%6")
                           .arg(c.id, -8)
                           .arg(c.edition)
                           .arg(c.publisher)
                           .arg(c.effectiveDate.toString(Qt::ISODate))
                           .arg(c.questionCount())
                           .arg(c.aliases.isEmpty()
                                    ? QString()
                                    : QStringLiteral("  alias: ") + c.aliases.join(QStringLiteral(", ")))
                    << Qt::endl;
    }
    return ExitOk;
}

} // namespace fieldbook
