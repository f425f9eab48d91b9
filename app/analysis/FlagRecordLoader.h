#pragma once

#include "app/analysis/FlagRecordTable.h"
#include "app/analysis/FlagStore.h"
#include "app/params/AuditParams.h"
#include "database/Result.h"

namespace fieldbook {

class AuditRecordQuery;
class Database;

// The factory records a stored flag is about, fetched from the store as a table (see
// FlagRecordTable): the time cards of its workers on its days for the time-card checks, payroll
// rows for the pay checks, register rows for the age and identity checks, production days beside
// the hours recorded for production_hours_mismatch, gate events beside time cards for
// gate_time_mismatch, and the structured interview answers for the interview checks.
// Never a personal column: no names, no ID numbers (duplicate_identity says an ID is shared, not
// which), no interview free text, no link from an interview to a worker.
class FlagRecordLoader
{
public:
    static constexpr int kDefaultLimit = 500;

    // `params`: the thresholds the flag was raised under (its period bounds the amounts and days read).
    FlagRecordLoader(const Database& db, qint64 auditId, AuditParams params);

    // At most `limit` rows; the table's total says how many matched.
    Result<FlagRecordTable> load(const StoredFlag& flag, int limit = kDefaultLimit) const;

    // time_records | payroll | workers | production | gate_and_time | interviews, or "none".
    static QString kindFor(const QString& check);
    // "Deductions", "Net pay", ... for a payroll amount column (benford_deviation's field).
    static QString payFieldTitle(const QString& field);

private:
    Result<FlagRecordTable> timeRecords(const AuditRecordQuery& query, const StoredFlag& flag, int limit) const;
    Result<FlagRecordTable> payroll(const AuditRecordQuery& query, const StoredFlag& flag, int limit) const;
    Result<FlagRecordTable> benfordAmounts(const AuditRecordQuery& query, const StoredFlag& flag, int limit) const;
    Result<FlagRecordTable> registerRows(const AuditRecordQuery& query, const StoredFlag& flag, int limit) const;
    Result<FlagRecordTable> productionDays(const AuditRecordQuery& query, const StoredFlag& flag, int limit) const;
    Result<FlagRecordTable> gateAndTime(const AuditRecordQuery& query, const StoredFlag& flag, int limit) const;

    const Database& m_db;
    qint64 m_auditId;
    AuditParams m_params;
};

} // namespace fieldbook
