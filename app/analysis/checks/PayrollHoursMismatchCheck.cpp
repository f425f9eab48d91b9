#include "app/analysis/checks/PayrollHoursMismatchCheck.h"
#include "app/analysis/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace fieldbook {

using namespace checks;

namespace {
// Payroll rounds to the quarter hour and pays scheduled rather than punched minutes: differences
// up to an hour, or 3 %, are bookkeeping, not a second set of books.
constexpr double kAbsoluteToleranceHours = 1.0;
constexpr double kRelativeTolerance = 0.03;
// Days off at either end of the time records' span (a Sunday, a holiday) do not make them incomplete.
constexpr JulianDay kEdgeDays = 6;
// A day with a forgotten punch was worked for an unknown time, at most a long day.
constexpr double kLongestUnknownDayHours = 12.0;

// Public holidays of the params inside [start, end] on which the worker has no time record: paid
// without work when the payroll has no holiday_hours column to say so.
int unworkedHolidays(const AnalysisInput& input, int worker, JulianDay start, JulianDay end)
{
    int count = 0;
    for (const QDate& holiday : input.params().holidays) {
        const JulianDay day = holiday.toJulianDay();
        if (day < start || day > end || holiday.dayOfWeek() == 7) {
            continue;
        }
        const std::vector<WorkDay>& days = input.days(worker);
        const auto at = std::lower_bound(days.begin(), days.end(), day,
                                         [](const WorkDay& d, JulianDay wanted) { return d.date < wanted; });
        const bool worked = at != days.end() && at->date == day;
        count += worked ? 0 : 1;
    }
    return count;
}
} // namespace

QStringList PayrollHoursMismatchCheck::clauses() const
{
    return wageClauses() + hoursClauses() + recordsClauses();
}

CheckDescription PayrollHoursMismatchCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Paid vs recorded hours"),
            QT_TRANSLATE_NOOP("CheckExplanations",
                              "Hours paid differ from hours in the time records for the same period: a sign of "
                              "double books."),
            QStringLiteral("payroll"), QString()};
}

bool PayrollHoursMismatchCheck::applies(const AnalysisInput& input) const
{
    return !input.records().timeRecords.empty() && !input.records().payroll.empty();
}

QList<Flag> PayrollHoursMismatchCheck::run(const AnalysisInput& input) const
{
    const AuditParams& p = input.params();
    const JulianDay from = p.periodStart.isValid() ? p.periodStart.toJulianDay() : 0;
    const JulianDay to = p.periodEnd.isValid() ? p.periodEnd.toJulianDay() : std::numeric_limits<JulianDay>::max();
    // The time records of a pay period are only complete when the whole period lies in the audit
    // period and inside the span the time records cover.
    JulianDay firstRecord = std::numeric_limits<JulianDay>::max();
    JulianDay lastRecord = 0;
    for (const TimeRecord& r : input.records().timeRecords) {
        firstRecord = std::min(firstRecord, r.date);
        lastRecord = std::max(lastRecord, r.date);
    }

    struct Mismatch
    {
        QJsonArray periods;
        std::set<JulianDay> dates;
        double worstUnderpaid = 0;
        double worstOverpaid = 0;
    };
    std::map<int, Mismatch> byWorker;
    for (const PayrollRecord& row : input.records().payroll) {
        if (row.periodStart < from || row.periodEnd > to || row.periodStart < firstRecord - kEdgeDays ||
            row.periodEnd > lastRecord + kEdgeDays || row.worker < 0 || row.worker >= input.workerCount()) {
            continue;
        }
        double recorded = 0;
        for (const WorkDay& day : input.days(row.worker)) {
            if (day.date >= row.periodStart && day.date <= row.periodEnd) {
                recorded += day.workedSeconds / 3600.0;
            }
        }
        // Paid leave and public holidays are paid hours with no time records behind them
        // (formats.md payroll.csv): the file's columns are taken off the paid side. Without a
        // holiday_hours column, the params' holidays the worker did not work may explain paid
        // hours, but never make an underpayment: a payroll that does not pay them says nothing here.
        const double unworkedPaid = row.leaveHours + row.holidayHours;
        const double holidayAllowance =
            row.hasHolidayHours
                ? 0.0
                : p.regularHoursPerDay * unworkedHolidays(input, row.worker, row.periodStart, row.periodEnd);
        const double paid = row.regularHours + row.overtimeHours;
        const double paidForWork = std::max(0.0, paid - unworkedPaid);
        const double difference = paidForWork - recorded;
        const double tolerance =
            std::max(kAbsoluteToleranceHours, kRelativeTolerance * std::max(paidForWork, recorded));
        // Days with a forgotten punch were worked for hours nobody recorded: paid hours up to a long
        // day each are not a second set of books.
        const std::vector<JulianDay>& unknownDays = input.missingPunchDays(row.worker);
        const auto unknown = std::count_if(unknownDays.begin(), unknownDays.end(),
                                           [&](JulianDay d) { return d >= row.periodStart && d <= row.periodEnd; });
        const double unknownHours = double(unknown) * kLongestUnknownDayHours + holidayAllowance;
        if (difference <= tolerance + unknownHours && difference >= -tolerance) {
            continue;
        }
        Mismatch& m = byWorker[row.worker];
        m.periods.append(QJsonObject{{QStringLiteral("period_start"), AnalysisInput::isoDate(row.periodStart)},
                                     {QStringLiteral("period_end"), AnalysisInput::isoDate(row.periodEnd)},
                                     {QStringLiteral("paid_hours"), std::round(paid * 100) / 100},
                                     {QStringLiteral("recorded_hours"), std::round(recorded * 100) / 100},
                                     {QStringLiteral("paid_without_work_hours"), std::round(unworkedPaid * 100) / 100},
                                     {QStringLiteral("unworked_holiday_allowance_hours"), holidayAllowance},
                                     {QStringLiteral("days_with_missing_punch"), qint64(unknown)},
                                     {QStringLiteral("line"), row.line}});
        for (JulianDay d = row.periodStart; d <= row.periodEnd; ++d) {
            m.dates.insert(d);
        }
        if (difference < 0) {
            m.worstUnderpaid = std::max(m.worstUnderpaid, -difference);
        } else {
            m.worstOverpaid = std::max(m.worstOverpaid, difference);
        }
    }

    QList<Flag> flags;
    for (auto& [worker, m] : byWorker) {
        // Hours worked but not paid hurt the worker; hours paid but not recorded mean the
        // records shown are not the ones payroll used.
        const bool underpaid = m.worstUnderpaid > 0;
        Flag flag = makeFlag(input, underpaid && m.worstUnderpaid > 8 ? Severity::High : Severity::Medium);
        flag.workers = {input.records().workerId(worker)};
        flag.dates = dateList(m.dates);
        if (underpaid) {
            flag.summary = QCoreApplication::translate(
                               "Checks", "%1 was paid for up to %2 h less than the time records show, in %3 period(s)")
                               .arg(flag.workers.first(), hoursText(m.worstUnderpaid))
                               .arg(m.periods.size());
        } else {
            flag.summary = QCoreApplication::translate(
                               "Checks", "%1 was paid for up to %2 h more than the time records show, in %3 period(s)")
                               .arg(flag.workers.first(), hoursText(m.worstOverpaid))
                               .arg(m.periods.size());
        }
        flag.evidence.insert(QStringLiteral("periods"), m.periods);
        flag.evidence.insert(QStringLiteral("tolerance_hours"), kAbsoluteToleranceHours);
        flag.evidence.insert(QStringLiteral("tolerance_share"), kRelativeTolerance);
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
