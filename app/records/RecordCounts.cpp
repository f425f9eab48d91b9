#include "app/records/RecordCounts.h"

#include "database/Database.h"

namespace fieldbook {

Result<RecordCounts> RecordCounts::read(const Database& db, qint64 auditId)
{
    Result<Statement> stmt = db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM workers WHERE audit_id = ?1), "
        "(SELECT count(*) FROM time_records WHERE audit_id = ?1), (SELECT count(*) FROM payroll WHERE audit_id = ?1), "
        "(SELECT count(*) FROM production WHERE audit_id = ?1), "
        "(SELECT count(*) FROM gate_events WHERE audit_id = ?1)"));
    if (!stmt) {
        return Result<RecordCounts>::failure(stmt.error());
    }
    stmt->bind(1, auditId);
    if (!stmt->step()) {
        return Result<RecordCounts>::failure(stmt->errorMessage());
    }
    RecordCounts counts;
    counts.workers = stmt->int64(0);
    counts.timeRecords = stmt->int64(1);
    counts.payroll = stmt->int64(2);
    counts.production = stmt->int64(3);
    counts.gateEvents = stmt->int64(4);
    return counts;
}

} // namespace fieldbook
