#pragma once

#include "app/params/AuditParams.h"
#include "app/records/RecordSet.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace fieldbook {

// One worker's time records of one day, summed (several segments are one day).
struct WorkDay
{
    JulianDay date = kNoDate;
    int workedSeconds = 0;
    int nightSeconds = 0;      // inside the params' night window
    int youngNightSeconds = 0; // inside young workers' night window (the adults' one when not set)
    int firstIn = 0;           // seconds after midnight of `date`
    int lastOut = 0;           // seconds after midnight of `date`; may exceed 24 h for night shifts
    int segments = 0;
    bool manual = false; // a segment was entered or corrected by hand (time_records.csv `source`)
    QString department;  // where the time records say the worker worked that day (empty: not said)
};

// What every check reads: the records inside the audit period and the thresholds, plus indexes
// computed once so twenty checks do not each re-sort 270,000 time records.
class AnalysisInput
{
public:
    // Keeps only the records of the params' period (payroll: periods overlapping it).
    AnalysisInput(const RecordSet& records, const AuditParams& params);
    // The same, filtering records it may keep (no copy).
    AnalysisInput(RecordSet&& records, const AuditParams& params);

    const RecordSet& records() const
    {
        return m_records;
    }
    const AuditParams& params() const
    {
        return m_params;
    }
    int workerCount() const
    {
        return int(m_records.workerIds.size());
    }
    // The worker's days with time records, sorted by date.
    const std::vector<WorkDay>& days(int worker) const
    {
        return m_days[size_t(worker)];
    }
    // Rows of the period with a forgotten clock-in or clock-out (formats.md "missing punch"). They
    // are not in records().timeRecords and not in days(): they count no hours and no punch minute.
    const std::vector<TimeRecord>& missingPunches() const
    {
        return m_missingPunches;
    }
    // Days the worker came in but a punch is missing, sorted, without repeats: present, hours unknown.
    const std::vector<JulianDay>& missingPunchDays(int worker) const
    {
        return m_missingPunchDays[size_t(worker)];
    }
    // True when the punch minutes of `day` are a supervisor's declared hand entry, which the
    // punch-pattern checks set aside: round and repeated by nature, and said so. Marks are only
    // believed while hand entries stay a minority of the rows (kTrustedManualShare): a factory
    // that marks every row `manual` does not hide its cards from the checks that way.
    bool isDeclaredManual(const WorkDay& day) const
    {
        return day.manual && m_manualMarksTrusted;
    }
    static constexpr double kTrustedManualShare = 0.2;
    // Index into records().workers, or -1 for a worker missing from the register.
    int registerEntry(int worker) const
    {
        return m_registerEntry[size_t(worker)];
    }
    // Indexes into records().payroll of the worker's rows.
    const std::vector<int>& payrollRows(int worker) const
    {
        return m_payrollRows[size_t(worker)];
    }
    const WorkerRecord* registerRecord(int worker) const
    {
        const int entry = worker >= 0 && worker < workerCount() ? registerEntry(worker) : -1;
        return entry < 0 ? nullptr : &m_records.workers[size_t(entry)];
    }
    QString department(int worker) const;
    // The clauses among `all` that belong to the audit's codes (all of them when no code is set).
    QStringList clausesInForce(const QStringList& all) const;

    // Monday of the week holding `day` (formats.md: weeks run Monday to Sunday).
    static JulianDay weekStart(JulianDay day)
    {
        return day - (day % 7);
    }
    static QString isoDate(JulianDay day);
    static QString clockText(int seconds); // HH:MM, seconds past 24 h wrap around
    // Julian day on which someone born on `birth` turns `years` (29 Feb birthdays: 1 March).
    static JulianDay birthday(JulianDay birth, int years);

private:
    // Everything after the period filter: manual marks, register entries, payroll rows, work days.
    void buildIndexes();

    RecordSet m_records;
    AuditParams m_params;
    std::vector<std::vector<WorkDay>> m_days;
    std::vector<TimeRecord> m_missingPunches;
    bool m_manualMarksTrusted = false;
    std::vector<std::vector<JulianDay>> m_missingPunchDays;
    std::vector<int> m_registerEntry;
    std::vector<std::vector<int>> m_payrollRows;
};

} // namespace fieldbook
