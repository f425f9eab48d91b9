#pragma once

#include "app/report/ReportData.h"
#include "database/Result.h"

namespace fieldbook {

class Database;

// Reads one audit's report figures from the store. Reads only non-personal columns: the sealed
// ones (worker names, id numbers, interview notes and free text, worker_ref) are never selected,
// so they cannot reach the PDF even by mistake.
class ReportDataLoader
{
public:
    explicit ReportDataLoader(const Database& db) : m_db(db)
    {}

    Result<ReportData> load(const QString& auditUuid) const;

private:
    Status loadCover(qint64 auditId, ReportData& data) const;
    Status loadFindings(qint64 auditId, ReportData& data) const;
    Status loadInterviews(qint64 auditId, ReportData& data) const;
    Status loadRecords(qint64 auditId, ReportData& data) const;
    Status loadEvidence(qint64 auditId, ReportData& data) const;
    Result<ReportTally> tally(qint64 auditId, const QString& column) const;

    const Database& m_db;
};

} // namespace fieldbook
