#include "app/analysis/checks/YoungWorkerViolationCheck.h"
#include "app/analysis/checks/CheckSupport.h"

#include <QCoreApplication>
#include <algorithm>

namespace fieldbook {

using namespace checks;

namespace {
// A quarter hour at either end of a shift is clocking slack, not night work or overtime.
constexpr int kToleranceSeconds = 15 * 60;
} // namespace

QStringList YoungWorkerViolationCheck::clauses() const
{
    return ageClauses() + hoursClauses();
}

CheckDescription YoungWorkerViolationCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Young worker violation"),
            QT_TRANSLATE_NOOP("CheckExplanations", "A worker under the young-worker age did night work or overtime."),
            QStringLiteral("time_records"), QString()};
}

bool YoungWorkerViolationCheck::applies(const AnalysisInput& input) const
{
    return !input.records().workers.empty() && !input.records().timeRecords.empty() &&
           input.params().youngWorkerAge > 0;
}

QList<Flag> YoungWorkerViolationCheck::run(const AnalysisInput& input) const
{
    const AuditParams& p = input.params();
    // No overtime, and never beyond young workers' own daily and weekly hours where the law sets them.
    const double dayHours = std::min(p.regularHoursPerDay, p.youngWorkerMaxHoursPerDay);
    const double weekHours = std::min(p.regularHoursPerWeek, p.youngWorkerMaxHoursPerWeek);
    const int dayLimit = int(dayHours * 3600) + kToleranceSeconds;
    const int weekLimit = int(weekHours * 3600) + kToleranceSeconds;
    const bool ownWindow = p.youngWorkerNightStartSeconds >= 0 && p.youngWorkerNightEndSeconds >= 0;
    QList<Flag> flags;
    for (const WorkerRecord& person : input.records().workers) {
        if (person.birthDate == kNoDate || person.worker < 0) {
            continue;
        }
        const JulianDay adult = AnalysisInput::birthday(person.birthDate, p.youngWorkerAge);
        const JulianDay ofMinimumAge = AnalysisInput::birthday(person.birthDate, p.minimumAge);
        const std::vector<WorkDay>& days = input.days(person.worker);
        std::set<JulianDay> nightDates;
        std::set<JulianDay> overtimeDates;
        for (const WorkDay& day : days) {
            // Below the minimum age it is child labour: underage_worker reports that.
            if (day.date >= adult || day.date < ofMinimumAge) {
                continue;
            }
            if (day.youngNightSeconds > kToleranceSeconds) {
                nightDates.insert(day.date);
            }
            if (day.workedSeconds > dayLimit) {
                overtimeDates.insert(day.date);
            }
        }
        for (const WeekTotal& week : weeklyTotals(days)) {
            if (week.monday + 6 >= adult || week.workedSeconds <= weekLimit) {
                continue;
            }
            for (const WorkDay& day : days) {
                if (AnalysisInput::weekStart(day.date) == week.monday && day.date >= ofMinimumAge) {
                    overtimeDates.insert(day.date);
                }
            }
        }
        if (nightDates.empty() && overtimeDates.empty()) {
            continue;
        }
        std::set<JulianDay> dates = nightDates;
        dates.insert(overtimeDates.begin(), overtimeDates.end());
        Flag flag = makeFlag(input, Severity::High);
        flag.workers = {input.records().workerId(person.worker)};
        flag.dates = dateList(dates);
        flag.summary =
            QCoreApplication::translate("Checks", "%1, under %2, worked %3 night shift(s) and %4 day(s) with overtime")
                .arg(flag.workers.first())
                .arg(p.youngWorkerAge)
                .arg(nightDates.size())
                .arg(overtimeDates.size());
        flag.evidence.insert(QStringLiteral("young_worker_age"), p.youngWorkerAge);
        flag.evidence.insert(QStringLiteral("turns_adult"), AnalysisInput::isoDate(adult));
        flag.evidence.insert(QStringLiteral("night_days"), int(nightDates.size()));
        flag.evidence.insert(QStringLiteral("overtime_days"), int(overtimeDates.size()));
        const QString window =
            AnalysisInput::clockText(ownWindow ? p.youngWorkerNightStartSeconds : p.nightStartSeconds) +
            QLatin1Char('-') + AnalysisInput::clockText(ownWindow ? p.youngWorkerNightEndSeconds : p.nightEndSeconds);
        flag.evidence.insert(QStringLiteral("night_window"), window);
        flag.evidence.insert(QStringLiteral("max_hours_per_day"), dayHours);
        flag.evidence.insert(QStringLiteral("max_hours_per_week"), weekHours);
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
