#include "app/analysis/checks/InterviewRecordConflictCheck.h"
#include "app/analysis/checks/CheckSupport.h"
#include "app/analysis/stats/Robust.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace fieldbook {

using namespace checks;

namespace {
// People round what they say: a conflict is more than 6 h or 15 % a week off the records, a rest
// day a week or more, or pay 15 % off.
constexpr double kHoursTolerance = 6.0;
constexpr double kShareTolerance = 0.15;
constexpr double kRestDayTolerance = 1.0;
// Schemes treat more than 10 % of testimony contradicting the records as serious (domain.md).
constexpr double kSeriousShare = 0.10;

struct Recorded
{
    double weeklyHours = -1;
    double restDays = -1;  // median week
    double leastRest = -1; // the week with the fewest rest days
    double mostRest = -1;
    double monthlyPay = -1;
};

Recorded recordedFor(const AnalysisInput& input, int worker)
{
    Recorded r;
    double seconds = 0;
    int weeks = 0;
    // Rest days: the typical (median) week, so a week of leave does not count as rest.
    std::vector<double> rest;
    for (const WeekTotal& week : weeklyTotals(input.days(worker))) {
        if (daysOfWeekInPeriod(input, week.monday) == 7) {
            seconds += week.workedSeconds;
            rest.push_back(7.0 - week.daysWorked);
            ++weeks;
        }
    }
    if (weeks > 0) {
        r.weeklyHours = seconds / 3600.0 / weeks;
        r.restDays = stats::median(rest);
        r.leastRest = *std::min_element(rest.begin(), rest.end());
        r.mostRest = *std::max_element(rest.begin(), rest.end());
    }
    double pay = 0;
    double days = 0;
    for (const int index : input.payrollRows(worker)) {
        const PayrollRecord& row = input.records().payroll[size_t(index)];
        pay += row.netPay;
        days += double(row.periodEnd - row.periodStart + 1);
    }
    if (days > 0) {
        r.monthlyPay = pay / days * 30.44;
    }
    return r;
}

bool conflicts(double stated, double recorded, double absolute, double share)
{
    return stated >= 0 && recorded >= 0 && std::fabs(stated - recorded) > std::max(absolute, share * recorded);
}
} // namespace

QStringList InterviewRecordConflictCheck::clauses() const
{
    return hoursClauses() + wageClauses() + recordsClauses();
}

CheckDescription InterviewRecordConflictCheck::description() const
{
    return {
        QT_TRANSLATE_NOOP("CheckTitles", "Interviews contradict records"),
        QT_TRANSLATE_NOOP("CheckExplanations", "What workers said (hours, rest days, pay) contradicts the records."),
        QStringLiteral("interviews"), QString()};
}

bool InterviewRecordConflictCheck::applies(const AnalysisInput& input) const
{
    return !input.records().interviews.empty() &&
           (!input.records().timeRecords.empty() || !input.records().payroll.empty());
}

QList<Flag> InterviewRecordConflictCheck::run(const AnalysisInput& input) const
{
    // Unlinked interviews are compared with their department's spread instead of one worker.
    QHash<QString, std::vector<Recorded>> byDepartment;
    std::vector<Recorded> perWorker(size_t(input.workerCount()));
    for (int w = 0; w < input.workerCount(); ++w) {
        if (input.days(w).empty()) {
            continue;
        }
        perWorker[size_t(w)] = recordedFor(input, w);
        byDepartment[input.department(w)].push_back(perWorker[size_t(w)]);
    }
    int compared = 0;
    QJsonArray conflictsFound;
    QStringList pseudonyms;
    for (const InterviewStatement& s : input.records().interviews) {
        QJsonArray fields;
        bool comparable = false;
        const auto note = [&](const char* field, double stated, double recorded) {
            fields.append(QJsonObject{{QStringLiteral("field"), QLatin1String(field)},
                                      {QStringLiteral("stated"), stated},
                                      {QStringLiteral("recorded"), std::round(recorded)}});
        };
        if (s.worker >= 0 && s.worker < input.workerCount()) {
            const Recorded r = perWorker[size_t(s.worker)].weeklyHours >= 0 ? perWorker[size_t(s.worker)]
                                                                            : recordedFor(input, s.worker);
            comparable = (s.statedWeeklyHours >= 0 && r.weeklyHours >= 0) ||
                         (s.statedRestDaysPerWeek >= 0 && r.restDays >= 0) ||
                         (s.statedMonthlyPay >= 0 && r.monthlyPay >= 0);
            if (conflicts(s.statedWeeklyHours, r.weeklyHours, kHoursTolerance, kShareTolerance)) {
                note("weekly_hours", s.statedWeeklyHours, r.weeklyHours);
            }
            // Leave makes some weeks look restful: only a statement outside every recorded week conflicts.
            if (s.statedRestDaysPerWeek >= 0 && r.leastRest >= 0 &&
                (s.statedRestDaysPerWeek <= r.leastRest - kRestDayTolerance ||
                 s.statedRestDaysPerWeek >= r.mostRest + kRestDayTolerance)) {
                note("rest_days_per_week", s.statedRestDaysPerWeek, r.restDays);
            }
            if (conflicts(s.statedMonthlyPay, r.monthlyPay, 0, kShareTolerance)) {
                note("monthly_pay", s.statedMonthlyPay, r.monthlyPay);
            }
        } else if (byDepartment.contains(s.department) && s.statedWeeklyHours >= 0) {
            std::vector<double> hours;
            for (const Recorded& r : byDepartment.value(s.department)) {
                if (r.weeklyHours >= 0) {
                    hours.push_back(r.weeklyHours);
                }
            }
            if (!hours.empty()) {
                comparable = true;
                const double low = stats::quantile(hours, 0.05);
                const double high = stats::quantile(hours, 0.95);
                if (s.statedWeeklyHours > high + kHoursTolerance || s.statedWeeklyHours < low - kHoursTolerance) {
                    note("weekly_hours_vs_department", s.statedWeeklyHours, s.statedWeeklyHours > high ? high : low);
                }
            }
        }
        compared += comparable ? 1 : 0;
        if (!fields.isEmpty()) {
            pseudonyms.append(s.pseudonym);
            conflictsFound.append(
                QJsonObject{{QStringLiteral("interview"), s.pseudonym}, {QStringLiteral("fields"), fields}});
        }
    }
    if (pseudonyms.isEmpty()) {
        return {};
    }
    const double share = compared > 0 ? double(pseudonyms.size()) / compared : 1.0;
    // Interviews are referred to by pseudonym only: naming the worker would expose who said what.
    Flag flag = makeFlag(input, share > kSeriousShare ? Severity::High : Severity::Medium);
    flag.subject = QStringLiteral("interviews");
    QSet<QString> days;
    const AuditParams& p = input.params();
    if (p.periodStart.isValid() && p.periodEnd.isValid()) {
        std::set<JulianDay> all;
        for (JulianDay d = p.periodStart.toJulianDay(); d <= p.periodEnd.toJulianDay(); ++d) {
            all.insert(d);
        }
        flag.dates = dateList(all);
    }
    flag.summary =
        QCoreApplication::translate(
            "Checks", "%1 of %2 interviewed workers described hours, rest days or pay that contradict the records")
            .arg(pseudonyms.size())
            .arg(compared);
    flag.evidence.insert(QStringLiteral("interviews"), conflictsFound);
    flag.evidence.insert(QStringLiteral("interviews_compared"), compared);
    flag.evidence.insert(QStringLiteral("serious_share"), kSeriousShare);
    return {flag};
}

} // namespace fieldbook
