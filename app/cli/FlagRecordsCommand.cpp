#include "app/cli/FlagRecordsCommand.h"
#include "app/analysis/FlagDetailQuery.h"
#include "app/cli/CommandLine.h"
#include "database/AuditRepository.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fieldbook {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

QJsonObject flagJson(const StoredFlag& f)
{
    return QJsonObject{{QStringLiteral("uuid"), f.uuid},
                       {QStringLiteral("check"), f.flag.check},
                       {QStringLiteral("severity"), severityName(f.flag.severity)},
                       {QStringLiteral("disposition"), flagDispositionName(f.disposition)},
                       {QStringLiteral("stale"), f.stale},
                       {QStringLiteral("summary"), f.flag.summary},
                       {QStringLiteral("workers"), QJsonArray::fromStringList(f.flag.workers)},
                       {QStringLiteral("dates"), QJsonArray::fromStringList(f.flag.dates)}};
}

void listFlags(CliContext& context, const QString& auditUuid, const QList<StoredFlag>& flags, bool json)
{
    if (json) {
        QJsonArray list;
        for (const StoredFlag& f : flags) {
            QJsonObject o = flagJson(f);
            o.remove(QStringLiteral("dates"));
            list.append(o);
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("format_version"), 1},
                                                 {QStringLiteral("audit"), auditUuid},
                                                 {QStringLiteral("flags"), list}})
                           .toJson(QJsonDocument::Indented);
        return;
    }
    if (flags.isEmpty()) {
        context.out << tr("No flags in this audit: run `analyze --audit UUID --save` first.") << Qt::endl;
    }
    for (const StoredFlag& f : flags) {
        context.out << f.uuid << "  " << severityName(f.flag.severity).leftJustified(8) << "  "
                    << f.flag.check.leftJustified(26) << "  " << flagDispositionName(f.disposition).leftJustified(9)
                    << "  " << f.flag.summary << Qt::endl;
    }
}

} // namespace

QString FlagRecordsCommand::summary() const
{
    return tr("the records behind an analysis flag of an audit (and its chart's data)");
}

int FlagRecordsCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("audit"), tr("the audit in the store (--db)"), QStringLiteral("UUID")},
        {QStringLiteral("flag"), tr("the flag (uuids: run without --flag and --check)"), QStringLiteral("UUID")},
        {QStringLiteral("check"), tr("every flag of this check, e.g. excessive_hours"), QStringLiteral("NAME")},
        {QStringLiteral("format"),
         tr("json or csv (default json); without --flag and --check: text or json (default text)"),
         QStringLiteral("F")},
        {QStringLiteral("limit"), tr("at most N records per flag (default 500); the output says how many more"),
         QStringLiteral("N")},
        {QStringLiteral("chart"), tr("print the chart's data series as JSON instead of the records")},
    });
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (!parser.isSet(QStringLiteral("audit"))) {
        context.err << tr("flag-records needs --audit UUID") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("flag")) && parser.isSet(QStringLiteral("check"))) {
        context.err << tr("give --flag or --check, not both") << Qt::endl;
        return ExitUsage;
    }
    const bool listing = !parser.isSet(QStringLiteral("flag")) && !parser.isSet(QStringLiteral("check"));
    const bool chart = parser.isSet(QStringLiteral("chart"));
    const QString format = parser.value(QStringLiteral("format")).toLower().isEmpty()
                               ? (listing ? QStringLiteral("text") : QStringLiteral("json"))
                               : parser.value(QStringLiteral("format")).toLower();
    const QStringList formats = listing ? QStringList{QStringLiteral("text"), QStringLiteral("json")}
                                        : QStringList{QStringLiteral("json"), QStringLiteral("csv")};
    if (!formats.contains(format)) {
        context.err << tr("--format takes %1 here, not \"%2\"").arg(formats.join(tr(" or ")), format) << Qt::endl;
        return ExitUsage;
    }
    if (chart && (listing || format == QLatin1String("csv"))) {
        context.err << tr("--chart needs --flag or --check and prints JSON") << Qt::endl;
        return ExitUsage;
    }
    int limit = FlagRecordLoader::kDefaultLimit;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0) {
            context.err << tr("--limit must be a whole number, 0 or more") << Qt::endl;
            return ExitUsage;
        }
    }

    Result<Database> opened = Database::open(context.storePath);
    if (!opened) {
        context.err << opened.error() << Qt::endl;
        return ExitStoreError;
    }
    const Database& db = opened.value();
    const QString auditUuid = parser.value(QStringLiteral("audit"));
    if (Result<Audit> audit = AuditRepository(db).auditByUuid(auditUuid); !audit) {
        context.err << audit.error() << Qt::endl;
        return ExitInvalidInput;
    }
    Result<QList<StoredFlag>> flags = FlagStore(db).flags(auditUuid);
    if (!flags) {
        context.err << flags.error() << Qt::endl;
        return ExitStoreError;
    }
    if (listing) {
        listFlags(context, auditUuid, flags.value(), format == QLatin1String("json"));
        return ExitOk;
    }
    QStringList chosen;
    const QString wanted =
        parser.value(parser.isSet(QStringLiteral("flag")) ? QStringLiteral("flag") : QStringLiteral("check"));
    for (const StoredFlag& f : flags.value()) {
        if (parser.isSet(QStringLiteral("flag")) ? f.uuid == wanted : f.flag.check == wanted) {
            chosen.append(f.uuid);
        }
    }
    if (chosen.isEmpty()) {
        context.err << (parser.isSet(QStringLiteral("flag"))
                            ? tr("audit %1 has no flag %2").arg(auditUuid, wanted)
                            : tr("audit %1 has no flag of the check \"%2\"").arg(auditUuid, wanted))
                    << Qt::endl;
        return ExitInvalidInput;
    }

    QJsonArray results;
    QByteArray csv;
    QStringList csvColumns;
    for (const QString& uuid : chosen) {
        Result<FlagDetail> detail = FlagDetailQuery::load(db, uuid, limit);
        if (!detail) {
            context.err << detail.error() << Qt::endl;
            return ExitStoreError;
        }
        if (format == QLatin1String("csv")) {
            QStringList keys;
            for (const RecordColumn& c : detail->records.columns) {
                keys.append(c.key);
            }
            if (!csv.isEmpty() && keys != csvColumns) {
                context.err << tr("the flags of \"%1\" have tables of different columns: print them as json, or one "
                                  "at a time with --flag")
                                   .arg(wanted)
                            << Qt::endl;
                return ExitUsage;
            }
            csv += detail->records.toCsv(csv.isEmpty(), chosen.size() > 1 ? uuid : QString());
            csvColumns = keys;
            continue;
        }
        QJsonObject o = flagJson(detail->flag);
        if (chart) {
            o.insert(QStringLiteral("chart"), detail->chart ? QJsonValue(detail->chart->toJson()) : QJsonValue());
        } else {
            o.insert(QStringLiteral("records"), detail->records.toJson());
        }
        results.append(o);
    }
    if (format == QLatin1String("csv")) {
        context.out << QString::fromUtf8(csv);
    } else {
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("format_version"), 1},
                                                 {QStringLiteral("audit"), auditUuid},
                                                 {QStringLiteral("flags"), results}})
                           .toJson(QJsonDocument::Indented);
    }
    context.out.flush();
    return ExitOk;
}

} // namespace fieldbook
