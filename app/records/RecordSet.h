#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace fieldbook {

// The factory's records in memory, as the analysis checks read them.
// Dates are Julian day numbers (QDate::toJulianDay) and times seconds after midnight, so
// checks over hundreds of thousands of rows compare integers, not strings.
// Worker ids are interned: every record carries `worker`, an index into RecordSet::workerIds.

using JulianDay = std::int64_t;
constexpr JulianDay kNoDate = 0; // "not recorded"

struct WorkerRecord
{
    int worker = -1; // interned id
    JulianDay birthDate = kNoDate;
    JulianDay hireDate = kNoDate;
    JulianDay terminationDate = kNoDate;
    QString idNumber;
    QString gender; // F, M, X or empty
    QString department;
    QString position;
    QString name; // personal data: never needed by a check
    // Optional register columns kept for interview sampling (stored in workers.extra_json):
    // 1 yes, 0 no, -1 not recorded.
    int migrant = -1;
    int agency = -1;
    int line = 0; // source line in workers.csv
};

struct TimeRecord
{
    // A forgotten clock-in or clock-out (formats.md "missing punch"): the row is kept and
    // reported, but counts no hours and no punch minute.
    enum Missing : std::uint8_t
    {
        NoneMissing = 0,
        MissingIn = 1,
        MissingOut = 2
    };

    int worker = -1;
    JulianDay date = kNoDate; // the shift's start date
    int timeIn = 0;           // seconds after midnight (0 when missing)
    int timeOut = 0;          // earlier than timeIn: the next day (0 when missing)
    int breakMinutes = 0;
    int line = 0;
    std::uint8_t missing = NoneMissing;
    bool manual = false; // source column says `manual`: entered or corrected by hand
    QString department;  // where the worker worked that day, when the file says (transfers)

    bool isMissingPunch() const
    {
        return missing != NoneMissing;
    }
    // Worked seconds of the segment: (out - in, across midnight) - break; 0 for a missing punch.
    int workedSeconds() const
    {
        if (missing != NoneMissing) {
            return 0;
        }
        int span = timeOut - timeIn;
        if (span < 0) {
            span += 24 * 3600;
        }
        return span - breakMinutes * 60;
    }
};

struct PayrollRecord
{
    int worker = -1;
    JulianDay periodStart = kNoDate;
    JulianDay periodEnd = kNoDate; // inclusive
    double regularHours = 0;
    double overtimeHours = 0;
    double regularPay = 0;
    double overtimePay = 0;
    double bonus = 0;
    bool hasBonus = false;
    double deductions = 0;
    bool hasDeductions = false;
    double netPay = 0;
    // Paid hours with no time records behind them, both included in regularHours
    // (formats.md payroll.csv leave_hours, holiday_hours; 0 when the file has no such column).
    double leaveHours = 0;
    double holidayHours = 0;
    bool hasLeaveHours = false;
    bool hasHolidayHours = false;
    int line = 0;
};

struct ProductionRecord
{
    JulianDay date = kNoDate;
    QString department;
    double units = 0;
    double standardMinutes = 0;
    int line = 0;
};

struct GateEvent
{
    int worker = -1;
    JulianDay date = kNoDate;
    int time = 0; // seconds after midnight
    bool in = true;
    int line = 0;
};

// What a worker told the auditor, for the interview checks.
struct InterviewStatement
{
    QString pseudonym;
    int worker = -1; // -1 when not linked to the register
    QString department;
    double statedWeeklyHours = -1; // -1: not asked / not answered
    double statedRestDaysPerWeek = -1;
    double statedMonthlyPay = -1;
    double statedDeductions = -1;
    int statedOvertimeVoluntary = -1; // 1 yes, 0 no, -1 not asked
    bool coachingSuspected = false;   // the interviewer's impression, not an answer
    QHash<QString, QString> answers;  // question_key -> structured answer
    QStringList freeTexts;            // personal data: only ever compared, never output
};

struct RecordSet
{
    QStringList workerIds;
    QHash<QString, int> workerIndex;

    std::vector<WorkerRecord> workers; // the register
    std::vector<TimeRecord> timeRecords;
    std::vector<PayrollRecord> payroll;
    std::vector<ProductionRecord> production;
    std::vector<GateEvent> gateEvents;
    std::vector<InterviewStatement> interviews;

    int internWorker(const QString& id)
    {
        const auto it = workerIndex.constFind(id);
        if (it != workerIndex.constEnd()) {
            return it.value();
        }
        const int index = int(workerIds.size());
        workerIds.append(id);
        workerIndex.insert(id, index);
        return index;
    }
    QString workerId(int worker) const
    {
        return worker >= 0 && worker < workerIds.size() ? workerIds.at(worker) : QString();
    }
};

} // namespace fieldbook
