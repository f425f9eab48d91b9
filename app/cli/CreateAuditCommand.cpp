#include "app/cli/CreateAuditCommand.h"
#include "app/cli/CommandLine.h"
#include "database/AuditRepository.h"
#include "database/Database.h"

#include <QCoreApplication>

namespace fieldbook {

QString CreateAuditCommand::summary() const
{
    return QCoreApplication::translate("Cli", "create an audit of a facility against one or more codes");
}

int CreateAuditCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption facility(QStringLiteral("facility"), QCoreApplication::translate("Cli", "facility name"),
                                      QStringLiteral("name"));
    const QCommandLineOption country(QStringLiteral("country"),
                                     QCoreApplication::translate("Cli", "ISO 3166-1 alpha-2 country code"),
                                     QStringLiteral("CC"));
    const QCommandLineOption code(QStringLiteral("code"),
                                  QCoreApplication::translate("Cli", "code to audit against (repeat for several)"),
                                  QStringLiteral("code"));
    const QCommandLineOption title(QStringLiteral("title"), QCoreApplication::translate("Cli", "audit title"),
                                   QStringLiteral("title"));
    parser.addOptions({facility, country, code, title});
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (!parser.isSet(facility) || !parser.isSet(country) || !parser.isSet(code)) {
        context.err << QCoreApplication::translate("Cli", "create-audit needs --facility, --country and --code")
                    << Qt::endl;
        return ExitUsage;
    }
    Result<Database> db = Database::open(context.storePath);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    Facility f;
    f.name = parser.value(facility);
    f.country = parser.value(country).toUpper();
    Audit a;
    a.title = parser.value(title);
    for (const QString& c : parser.values(code)) {
        a.codes.append(c.toLower());
    }
    Result<Audit> created = AuditRepository(db.value()).createAudit(f, a);
    if (!created) {
        context.err << created.error() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out << created->uuid << Qt::endl;
    return ExitOk;
}

} // namespace fieldbook
