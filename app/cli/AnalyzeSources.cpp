#include "app/cli/AnalyzeSources.h"
#include "app/analysis/InterviewLoader.h"
#include "app/params/ParamsResolver.h"
#include "app/records/RecordDirectoryReader.h"
#include "app/records/RecordStore.h"
#include "database/AuditRepository.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace fieldbook {

Result<RecordSet> readRecordDirectory(const QString& dir, QStringList* warnings, const ValueFormChoice& forms)
{
    RecordReadOptions options;
    options.forms = forms;
    Result<RecordReadOutcome> read = RecordDirectoryReader::read(dir, options);
    if (!read) {
        return Result<RecordSet>::failure(read.error());
    }
    if (!read->acceptable()) {
        return Result<RecordSet>::failure(
            QCoreApplication::translate("Cli", "%n bad row(s); nothing analysed:", nullptr, read->blockingIssues()) +
            QLatin1Char('\n') + read->issueReport(50));
    }
    if (warnings) {
        for (const RecordIssue& issue : read->issues) {
            *warnings << issue.toString();
        }
    }
    return read->records;
}

Result<RecordSet> loadAuditRecords(const Database& db, const QString& auditUuid)
{
    Result<Audit> audit = AuditRepository(db).auditByUuid(auditUuid);
    if (!audit) {
        return Result<RecordSet>::failure(audit.error());
    }
    // The CLI holds no key: id numbers stay sealed (duplicate_identity needs the GUI's unlocked store).
    Result<RecordSet> loaded = RecordStore::loadRecordSet(db, audit->id);
    if (!loaded) {
        return loaded;
    }
    RecordSet records = loaded.take();
    // The CLI holds no key: interviews come without the worker link and free texts.
    const Status interviews = InterviewLoader::load(db, auditUuid, records, nullptr);
    if (!interviews) {
        return Result<RecordSet>::failure(interviews.error());
    }
    return records;
}

Result<QJsonObject> readParamsFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<QJsonObject>::failure(
            QCoreApplication::translate("Cli", "%1: cannot read: %2").arg(path, file.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Result<QJsonObject>::failure(
            QCoreApplication::translate("Cli", "%1: not a JSON object: %2").arg(path, error.errorString()));
    }
    // Validated here so the message names the file; the resolver applies it over code and law.
    if (Result<AuditParams> valid = AuditParams::fromJson(doc.object()); !valid) {
        return Result<QJsonObject>::failure(QStringLiteral("%1: %2").arg(path, valid.error()));
    }
    return doc.object();
}

namespace {

// The first and last day the records speak of: time records' days and pay periods.
std::pair<QDate, QDate> recordSpan(const RecordSet& records)
{
    JulianDay first = 0;
    JulianDay last = 0;
    const auto widen = [&](JulianDay from, JulianDay to) {
        if (from == kNoDate || to == kNoDate) {
            return;
        }
        first = first == 0 ? from : std::min(first, from);
        last = std::max(last, to);
    };
    for (const TimeRecord& t : records.timeRecords) {
        widen(t.date, t.date);
    }
    for (const PayrollRecord& p : records.payroll) {
        widen(p.periodStart, p.periodEnd);
    }
    if (first == 0) {
        return {};
    }
    return {QDate::fromJulianDay(first), QDate::fromJulianDay(last)};
}

} // namespace

Result<AuditParams> resolveParams(const ParamsRequest& request, const QJsonObject& overrides, const RecordSet& records)
{
    ResolveOptions options;
    options.region = request.region;
    options.industry = request.industry;
    options.periodStart = request.periodStart;
    options.periodEnd = request.periodEnd;
    const QDate fileStart = QDate::fromString(overrides.value(QStringLiteral("period_start")).toString(), Qt::ISODate);
    const QDate fileEnd = QDate::fromString(overrides.value(QStringLiteral("period_end")).toString(), Qt::ISODate);
    if (fileStart.isValid() && fileEnd.isValid()) {
        options.periodStart = fileStart;
        options.periodEnd = fileEnd;
    }
    if (!options.periodStart.isValid() || !options.periodEnd.isValid()) {
        const auto [first, last] = recordSpan(records);
        options.periodStart = first;
        options.periodEnd = last;
    }
    options.date = options.periodEnd;
    const QStringList codes = request.codes.isEmpty() ? QStringList{QStringLiteral("sa8000")} : request.codes;
    Result<ResolvedParams> resolved = ParamsResolver::resolve(codes, request.country, overrides, options);
    if (!resolved) {
        return Result<AuditParams>::failure(resolved.error());
    }
    AuditParams params = resolved->params;
    return params;
}

} // namespace fieldbook
