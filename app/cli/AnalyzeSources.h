#pragma once

#include "app/params/AuditParams.h"
#include "app/records/RecordSet.h"
#include "app/records/ValueConventionScan.h"
#include "database/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fieldbook {

class Database;

// Where `fieldbook-cli analyze` gets its records and thresholds. Each is one function so the
// records reader and the code/country resolver plug in at exactly one place.

// Reads the record files of formats.md in `dir` (CSV files and *_attlog.dat). The failure message
// names file, line and column. Warnings that do not stop the analysis (unpaired ZKTeco punches)
// are appended to `warnings`.
// `forms`: the date order and decimal mark of every file (--date-order, --decimal-mark); Unknown: from the files.
Result<RecordSet> readRecordDirectory(const QString& dir, QStringList* warnings = nullptr,
                                      const ValueFormChoice& forms = {});

// The records and interviews of an audit in the store.
Result<RecordSet> loadAuditRecords(const Database& db, const QString& auditUuid);

// What the thresholds are resolved for: codes (SA8000 when none), country, region, and the
// audit period (invalid: the span of the records' own dates).
struct ParamsRequest
{
    QStringList codes;
    QString country;
    QString region;
    QString industry; // picks a law's figure for listed sectors (VN overtime a year)
    QDate periodStart;
    QDate periodEnd;
};

// A params.json file as an object of overrides; the failure names the file.
Result<QJsonObject> readParamsFile(const QString& path);

// Thresholds for the request, stricter of code and law winning (app/params/ParamsResolver), in force
// at the end of the period, with the minimum-wage schedule and holidays of the whole period; then
// `overrides` (an audit's own figures, a params.json).
Result<AuditParams> resolveParams(const ParamsRequest& request, const QJsonObject& overrides, const RecordSet& records);

} // namespace fieldbook
