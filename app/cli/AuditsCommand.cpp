#include "app/cli/AuditsCommand.h"
#include "app/cli/CommandLine.h"
#include "database/AuditRepository.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fieldbook {

QString AuditsCommand::summary() const
{
    return QCoreApplication::translate("Cli", "list the audits in the store");
}

int AuditsCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("Cli", "text or json"),
                                    QStringLiteral("format"), QStringLiteral("text"));
    parser.addOption(format);
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    Result<Database> db = Database::open(context.storePath);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    Result<QList<AuditSummary>> audits = AuditRepository(db.value()).listAudits();
    if (!audits) {
        context.err << audits.error() << Qt::endl;
        return ExitStoreError;
    }
    if (parser.value(format) == QLatin1String("json")) {
        QJsonArray array;
        for (const AuditSummary& s : audits.value()) {
            array.append(QJsonObject{{QStringLiteral("uuid"), s.audit.uuid},
                                     {QStringLiteral("title"), s.audit.title},
                                     {QStringLiteral("facility"), s.facilityName},
                                     {QStringLiteral("country"), s.audit.country},
                                     {QStringLiteral("codes"), QJsonArray::fromStringList(s.audit.codes)},
                                     {QStringLiteral("status"), s.audit.status},
                                     {QStringLiteral("workers"), s.workerCount},
                                     {QStringLiteral("findings"), s.findingCount}});
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (audits->isEmpty()) {
        context.out << QCoreApplication::translate("Cli", "No audits in %1").arg(context.storePath) << Qt::endl;
    }
    for (const AuditSummary& s : audits.value()) {
        context.out << s.audit.uuid << "  " << s.audit.country << "  " << s.audit.codes.join(QLatin1Char('+')) << "  "
                    << s.audit.status << "  " << s.audit.title << Qt::endl;
    }
    return ExitOk;
}

} // namespace fieldbook
