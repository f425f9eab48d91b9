#include "app/analysis/checks/ExcessiveHoursCheck.h"
#include "app/analysis/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fieldbook {

using namespace checks;

namespace {
// Punch slack: a few minutes early and late each day add up; a quarter hour a week is not excess.
constexpr double kToleranceHours = 0.25;
} // namespace

QStringList ExcessiveHoursCheck::clauses() const
{
    return hoursClauses();
}

bool ExcessiveHoursCheck::applies(const AnalysisInput& input) const
{
    return !input.records().timeRecords.empty();
}

QList<Flag> ExcessiveHoursCheck::run(const AnalysisInput& input) const
{
    const AuditParams& p = input.params();
    const double maxOvertime = p.maxOvertimeHoursPerWeek;
    // The overtime limit only means something on top of the regular week.
    const double overtimeLimit = p.regularHoursPerWeek + maxOvertime;
    const double totalLimit = std::min(p.maxTotalHoursPerWeek, overtimeLimit);
    QList<Flag> flags;
    for (int w = 0; w < input.workerCount(); ++w) {
        const std::vector<WorkDay>& days = input.days(w);
        if (days.empty()) {
            continue;
        }
        QJsonArray weeks;
        std::set<JulianDay> dates;
        double worst = 0;
        bool overTotal = false;
        for (const WeekTotal& week : weeklyTotals(days)) {
            const double hours = week.workedSeconds / 3600.0;
            if (hours <= totalLimit + kToleranceHours) {
                continue;
            }
            overTotal = overTotal || hours > p.maxTotalHoursPerWeek + kToleranceHours;
            worst = std::max(worst, hours);
            weeks.append(QJsonObject{{QStringLiteral("week_start"), AnalysisInput::isoDate(week.monday)},
                                     {QStringLiteral("hours"), std::round(hours * 100) / 100},
                                     {QStringLiteral("overtime_hours"),
                                      std::round(std::max(0.0, hours - p.regularHoursPerWeek) * 100) / 100}});
            for (const WorkDay& day : days) {
                if (AnalysisInput::weekStart(day.date) == week.monday) {
                    dates.insert(day.date);
                }
            }
        }
        if (weeks.isEmpty()) {
            continue;
        }
        Flag flag = makeFlag(input, overTotal ? Severity::High : Severity::Medium);
        flag.workers = {input.records().workerId(w)};
        flag.dates = dateList(dates);
        flag.summary = QCoreApplication::translate("Checks", "%1 worked more than %2 h in %3 week(s), up to %4 h")
                           .arg(flag.workers.first(), hoursText(totalLimit))
                           .arg(weeks.size())
                           .arg(hoursText(worst));
        flag.evidence.insert(QStringLiteral("weeks"), weeks);
        flag.evidence.insert(QStringLiteral("max_total_hours_per_week"), p.maxTotalHoursPerWeek);
        flag.evidence.insert(QStringLiteral("regular_hours_per_week"), p.regularHoursPerWeek);
        flag.evidence.insert(QStringLiteral("max_overtime_hours_per_week"), maxOvertime);
        flag.evidence.insert(QStringLiteral("tolerance_hours"), kToleranceHours);
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
