#pragma once

#include "app/analysis/AuditParams.h"
#include "app/records/RecordSet.h"
#include "database/Result.h"

#include <QString>
#include <QStringList>

namespace fieldbook {

class Database;

// Where `fieldbook-cli analyze` gets its records and thresholds. Each is one function so the
// records reader and the code/country resolver plug in at exactly one place.

// Reads the record files of formats.md in `dir` (CSV files and *_attlog.dat). The failure message
// names file, line and column. Warnings that do not stop the analysis (unpaired ZKTeco punches)
// are appended to `warnings`.
Result<RecordSet> readRecordDirectory(const QString& dir, QStringList* warnings = nullptr);

// The records and interviews of an audit in the store.
Result<RecordSet> loadAuditRecords(const Database& db, const QString& auditUuid);

// Thresholds for the codes and country, stricter rule winning (app/codes/ParamsResolver when it is
// in the build; until then SA8000 defaults with the codes and country filled in).
Result<AuditParams> resolveParams(const QStringList& codes, const QString& country);

} // namespace fieldbook
