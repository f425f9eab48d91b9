#include "app/analysis/checks/HoursCapPatternCheck.h"
#include "app/analysis/checks/CheckSupport.h"
#include "app/analysis/stats/Distributions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace fieldbook {

using namespace checks;

namespace {
// "At the cap" means within a minute of it; the chance of that is estimated from the density of
// weekly totals in the hour around the cap (excluding those 3 minutes), for the factory and for
// the worker, whichever is higher.
constexpr int kExactSeconds = 60;
constexpr int kWindowSeconds = 3600;
constexpr double kChanceFloor = 0.02;
constexpr int kMinimumWeeks = 4;
constexpr double kMinimumShare = 0.5;

struct Weeks
{
    int worker = -1;
    int full = 0;
    int atCap = 0;
    int near = 0;
    std::vector<JulianDay> mondays;
};
} // namespace

QStringList HoursCapPatternCheck::clauses() const
{
    return hoursClauses() + recordsClauses();
}

bool HoursCapPatternCheck::applies(const AnalysisInput& input) const
{
    return !input.records().timeRecords.empty();
}

QList<Flag> HoursCapPatternCheck::run(const AnalysisInput& input) const
{
    const AuditParams& p = input.params();
    const double capHours = std::min(p.maxTotalHoursPerWeek, p.regularHoursPerWeek + p.maxOvertimeHoursPerWeek);
    if (!std::isfinite(capHours)) {
        return {}; // no weekly cap in force (params.json v2): no cap to sit on
    }
    const int cap = int(std::lround(capHours * 3600));
    // Bins of one minute: 2*60+1 in the window, 3 of them "exact".
    const double exactBins = 2.0 * kExactSeconds / 60 + 1;
    const double nearBins = 2.0 * kWindowSeconds / 60 + 1 - exactBins;

    std::vector<Weeks> all;
    long long fullWeeks = 0;
    long long nearWeeks = 0;
    for (int w = 0; w < input.workerCount(); ++w) {
        Weeks weeks;
        weeks.worker = w;
        for (const WeekTotal& week : weeklyTotals(input.days(w))) {
            if (daysOfWeekInPeriod(input, week.monday) < 7) {
                continue;
            }
            ++weeks.full;
            const int distance = std::abs(week.workedSeconds - cap);
            if (distance <= kExactSeconds) {
                ++weeks.atCap;
                weeks.mondays.push_back(week.monday);
            } else if (distance <= kWindowSeconds) {
                ++weeks.near;
            }
        }
        fullWeeks += weeks.full;
        nearWeeks += weeks.near;
        if (weeks.full > 0) {
            all.push_back(std::move(weeks));
        }
    }
    if (fullWeeks == 0) {
        return {};
    }
    const double factoryChance = double(nearWeeks) / nearBins * exactBins / double(fullWeeks);
    const double level = perTestLevel(kFamilyAlpha, static_cast<long long>(all.size()));

    std::set<int> workers;
    std::set<JulianDay> dates;
    QJsonArray perWorker;
    int atCapWeeks = 0;
    int ofWeeks = 0;
    for (const Weeks& weeks : all) {
        if (weeks.atCap < kMinimumWeeks || double(weeks.atCap) / weeks.full < kMinimumShare) {
            continue;
        }
        const double ownChance = double(weeks.near) / nearBins * exactBins / weeks.full;
        const double chance = std::max({kChanceFloor, factoryChance, ownChance});
        const double pValue = stats::binomialUpperTail(weeks.atCap, weeks.full, chance);
        if (pValue >= level) {
            continue;
        }
        workers.insert(weeks.worker);
        atCapWeeks += weeks.atCap;
        ofWeeks += weeks.full;
        for (const WorkDay& day : input.days(weeks.worker)) {
            for (const JulianDay monday : weeks.mondays) {
                if (AnalysisInput::weekStart(day.date) == monday) {
                    dates.insert(day.date);
                }
            }
        }
        perWorker.append(QJsonObject{{QStringLiteral("worker"), input.records().workerId(weeks.worker)},
                                     {QStringLiteral("full_weeks"), weeks.full},
                                     {QStringLiteral("weeks_at_cap"), weeks.atCap},
                                     {QStringLiteral("chance_per_week"), chance},
                                     {QStringLiteral("p_value"), pValue}});
    }
    if (workers.empty()) {
        return {};
    }
    Flag flag = makeFlag(input, workers.size() >= 3 ? Severity::High : Severity::Medium);
    flag.workers = workerIdList(input, workers);
    flag.dates = dateList(dates);
    flag.subject = QStringLiteral("cap");
    flag.summary = QCoreApplication::translate("Checks", "%1 worker(s) recorded exactly %2 h in %3 of %4 full weeks")
                       .arg(workers.size())
                       .arg(hoursText(capHours))
                       .arg(atCapWeeks)
                       .arg(ofWeeks);
    flag.evidence.insert(QStringLiteral("cap_hours"), capHours);
    flag.evidence.insert(QStringLiteral("factory_chance_per_week"), factoryChance);
    flag.evidence.insert(QStringLiteral("workers"), perWorker);
    flag.evidence.insert(QStringLiteral("significance_level"), level);
    return {flag};
}

} // namespace fieldbook
