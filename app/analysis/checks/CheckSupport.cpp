#include "app/analysis/checks/CheckSupport.h"

#include <QDate>
#include <algorithm>

namespace fieldbook::checks {

QStringList hoursClauses()
{
    return {QStringLiteral("sa8000:7"), QStringLiteral("rba:A3"), QStringLiteral("wrap:6")};
}

QStringList wageClauses()
{
    return {QStringLiteral("sa8000:8"), QStringLiteral("rba:A4"), QStringLiteral("wrap:5")};
}

QStringList ageClauses()
{
    return {QStringLiteral("sa8000:1"), QStringLiteral("rba:A2"), QStringLiteral("wrap:3")};
}

QStringList recordsClauses()
{
    return {QStringLiteral("sa8000:9.1"), QStringLiteral("rba:E11"), QStringLiteral("wrap:1")};
}

std::vector<WeekTotal> weeklyTotals(const std::vector<WorkDay>& days)
{
    std::vector<WeekTotal> weeks;
    for (const WorkDay& day : days) {
        const JulianDay monday = AnalysisInput::weekStart(day.date);
        if (weeks.empty() || weeks.back().monday != monday) {
            weeks.push_back({monday, 0, 0});
        }
        weeks.back().workedSeconds += day.workedSeconds;
        ++weeks.back().daysWorked;
    }
    return weeks;
}

std::vector<double> dailyOvertimeHours(const std::vector<WorkDay>& days, const AuditParams& params,
                                       const std::vector<char>& counted)
{
    std::vector<double> overtime(days.size(), 0.0);
    const auto counts = [&](size_t i) {
        return counted.empty() || counted[i] != 0;
    };
    size_t weekBegin = 0;
    while (weekBegin < days.size()) {
        const JulianDay monday = AnalysisInput::weekStart(days[weekBegin].date);
        size_t weekEnd = weekBegin;
        double total = 0;
        double dailySum = 0;
        while (weekEnd < days.size() && AnalysisInput::weekStart(days[weekEnd].date) == monday) {
            if (counts(weekEnd)) {
                const double hours = days[weekEnd].workedSeconds / 3600.0;
                overtime[weekEnd] = std::max(0.0, hours - params.regularHoursPerDay);
                total += hours;
                dailySum += overtime[weekEnd];
            }
            ++weekEnd;
        }
        double rest = std::max(0.0, total - params.regularHoursPerWeek) - dailySum;
        for (size_t i = weekEnd; i > weekBegin && rest > 0; --i) {
            const size_t k = i - 1;
            if (!counts(k)) {
                continue;
            }
            const double room = days[k].workedSeconds / 3600.0 - overtime[k];
            const double add = std::min(room, rest);
            overtime[k] += add;
            rest -= add;
        }
        weekBegin = weekEnd;
    }
    return overtime;
}

int daysOfWeekInPeriod(const AnalysisInput& input, JulianDay monday)
{
    const AuditParams& p = input.params();
    JulianDay from = monday;
    JulianDay to = monday + 6;
    if (p.periodStart.isValid()) {
        from = std::max(from, JulianDay(p.periodStart.toJulianDay()));
    }
    if (p.periodEnd.isValid()) {
        to = std::min(to, JulianDay(p.periodEnd.toJulianDay()));
    }
    return int(std::max<JulianDay>(0, to - from + 1));
}

QStringList workerIdList(const AnalysisInput& input, const std::set<int>& workers)
{
    QStringList ids;
    for (const int w : workers) {
        ids.append(input.records().workerId(w));
    }
    ids.sort();
    return ids;
}

QStringList dateList(const std::set<JulianDay>& dates)
{
    QStringList list;
    for (const JulianDay d : dates) {
        list.append(AnalysisInput::isoDate(d));
    }
    return list;
}

QString hoursText(double hours)
{
    return QString::number(hours, 'f', 1);
}

double perTestLevel(double alpha, long long tests)
{
    return alpha / double(std::max<long long>(1, tests));
}

} // namespace fieldbook::checks
