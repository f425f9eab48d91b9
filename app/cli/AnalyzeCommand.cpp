#include "app/cli/AnalyzeCommand.h"
#include "app/analysis/AnalysisReport.h"
#include "app/analysis/Analyzer.h"
#include "app/analysis/FlagStore.h"
#include "app/cli/AnalyzeSources.h"
#include "app/cli/CommandLine.h"
#include "app/params/ParamsResolver.h"
#include "database/AuditRepository.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace fieldbook {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}
} // namespace

QString AnalyzeCommand::summary() const
{
    return QCoreApplication::translate("Cli", "flag inconsistencies and violations in a factory's records");
}

int AnalyzeCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("records"),
         tr("folder holding the record files (formats.md: workers.csv, time_records.csv, "
            "payroll.csv, production.csv, gate_log.csv, punches.csv, *_attlog.dat)"),
         QStringLiteral("DIR")},
        {QStringLiteral("audit"), tr("analyse the records imported into this audit of the store (--db)"),
         QStringLiteral("UUID")},
        {QStringLiteral("save"), tr("with --audit: keep the flags in the store (dispositions survive re-runs)")},
        {QStringLiteral("params"), tr("params.json overriding the thresholds"), QStringLiteral("FILE")},
        {QStringLiteral("code"), tr("code whose thresholds apply: sa8000, rba, wrap (repeatable)"),
         QStringLiteral("C")},
        {QStringLiteral("country"), tr("country whose law applies (ISO 3166-1 alpha-2)"), QStringLiteral("CC")},
        {QStringLiteral("region"), tr("the country's wage zone, province or state (default: the file's own)"),
         QStringLiteral("R")},
        {QStringLiteral("industry"), tr("the facility's industry, for figures the law sets per sector"),
         QStringLiteral("TEXT")},
        {QStringLiteral("format"), tr("json or text"), QStringLiteral("F"), QStringLiteral("text")},
        {QStringLiteral("date-order"),
         tr("with --records: the order of numeric dates, dmy, mdy or ymd, when every date could be day-first or "
            "month-first (05/01/2026); otherwise decided from each file"),
         QStringLiteral("ORDER")},
        {QStringLiteral("decimal-mark"),
         tr("with --records: the decimal mark of amounts, point or comma, when no amount says it (1,234)"),
         QStringLiteral("MARK")},
    });
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    const bool fromFiles = parser.isSet(QStringLiteral("records"));
    const bool fromStore = parser.isSet(QStringLiteral("audit"));
    if (fromFiles == fromStore) {
        context.err << tr("analyze needs either --records DIR or --audit UUID") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("save")) && !fromStore) {
        context.err << tr("--save needs --audit UUID") << Qt::endl;
        return ExitUsage;
    }
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("text")) {
        context.err << tr("--format takes json or text, not \"%1\"").arg(parser.value(QStringLiteral("format")))
                    << Qt::endl;
        return ExitUsage;
    }
    // The params file's figures are the last word; read first so a bad file stops before any work.
    QJsonObject overrides;
    if (parser.isSet(QStringLiteral("params"))) {
        Result<QJsonObject> file = readParamsFile(parser.value(QStringLiteral("params")));
        if (!file) {
            context.err << file.error() << Qt::endl;
            return ExitInvalidInput;
        }
        overrides = file.take();
    }
    ParamsRequest request{parser.values(QStringLiteral("code")),
                          parser.value(QStringLiteral("country")).toUpper(),
                          parser.value(QStringLiteral("region")),
                          parser.value(QStringLiteral("industry")),
                          {},
                          {}};

    // Unknown codes, countries or regions are usage errors, found before any file is read.
    if (Result<ResolvedParams> check =
            ParamsResolver::resolve(request.codes.isEmpty() ? QStringList{QStringLiteral("sa8000")} : request.codes,
                                    request.country, {}, ResolveOptions{request.region, {}, {}, {}, {}});
        !check) {
        context.err << check.error() << Qt::endl;
        return ExitUsage;
    }

    RecordSet records;
    Database db;
    QString auditUuid;
    if (fromFiles) {
        const QString dir = parser.value(QStringLiteral("records"));
        if (!QFileInfo(dir).isDir()) {
            context.err << tr("%1: no such folder").arg(dir) << Qt::endl;
            return ExitInvalidInput;
        }
        ValueFormChoice forms;
        if (parser.isSet(QStringLiteral("date-order")) &&
            !parseDateOrderName(parser.value(QStringLiteral("date-order")), &forms.dateOrder)) {
            context.err << tr("--date-order: expected dmy, mdy or ymd") << Qt::endl;
            return ExitUsage;
        }
        if (parser.isSet(QStringLiteral("decimal-mark")) &&
            !parseDecimalMarkName(parser.value(QStringLiteral("decimal-mark")), &forms.decimalMark)) {
            context.err << tr("--decimal-mark: expected point or comma") << Qt::endl;
            return ExitUsage;
        }
        QStringList warnings;
        Result<RecordSet> read = readRecordDirectory(dir, &warnings, forms);
        if (!read) {
            context.err << read.error() << Qt::endl;
            return ExitInvalidInput;
        }
        for (const QString& warning : warnings) {
            context.err << QCoreApplication::translate("Cli", "warning: ") << warning << Qt::endl;
        }
        records = read.take();
    } else {
        Result<Database> opened = Database::open(context.storePath);
        if (!opened) {
            context.err << opened.error() << Qt::endl;
            return ExitStoreError;
        }
        db = opened.take();
        auditUuid = parser.value(QStringLiteral("audit"));
        Result<Audit> audit = AuditRepository(db).auditByUuid(auditUuid);
        if (!audit) {
            context.err << audit.error() << Qt::endl;
            return ExitInvalidInput;
        }
        // The audit's own codes, country, period and overrides, unless given on the command line.
        if (request.codes.isEmpty()) {
            request.codes = audit->codes;
        }
        if (request.country.isEmpty()) {
            request.country = audit->country.toUpper();
        }
        if (request.industry.isEmpty()) {
            if (Result<Facility> facility = AuditRepository(db).facility(audit->facilityId); facility) {
                request.industry = facility->industry;
            }
        }
        request.periodStart = QDate::fromString(audit->periodStart, Qt::ISODate);
        request.periodEnd = QDate::fromString(audit->periodEnd, Qt::ISODate);
        QJsonObject merged = audit->params;
        for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
            merged.insert(it.key(), it.value());
        }
        overrides = merged;
        Result<RecordSet> loaded = loadAuditRecords(db, auditUuid);
        if (!loaded) {
            context.err << loaded.error() << Qt::endl;
            return ExitStoreError;
        }
        records = loaded.take();
    }
    Result<AuditParams> params = resolveParams(request, overrides, records);
    if (!params) {
        context.err << params.error() << Qt::endl;
        return ExitInvalidInput;
    }

    // The records are not needed after: analysed where they lie (a third less peak memory).
    const AnalysisResult result = Analyzer(*params).run(std::move(records));
    if (parser.isSet(QStringLiteral("save"))) {
        Result<QString> saved =
            FlagStore(db).saveRun(auditUuid, *params, result, QCoreApplication::applicationVersion());
        if (!saved) {
            context.err << saved.error() << Qt::endl;
            return ExitStoreError;
        }
    }
    if (format == QLatin1String("json")) {
        context.out << QString::fromUtf8(AnalysisReport::toJsonText(result));
    } else {
        context.out << AnalysisReport::toText(result);
    }
    context.out.flush();
    return ExitOk;
}

} // namespace fieldbook
