#include "app/analysis/checks/HoursCapPatternCheck.h"
#include "app/analysis/checks/CheckSupport.h"
#include "app/analysis/stats/Distributions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

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
// A third, not a half: cards kept at one pair on every other day are the same pen (subtlety
// curve, docs/checks.md); honest workers repeat a pair on a few percent of days.
constexpr double kMinimumShare = 1.0 / 3.0;

struct Weeks
{
    int worker = -1;
    int target = 0; // the weekly total, in seconds, the worker's weeks are tested against
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

CheckDescription HoursCapPatternCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Hours stuck at the limit"),
            QT_TRANSLATE_NOOP("CheckExplanations",
                              "Weekly hours sit at exactly the legal maximum week after week: records may be "
                              "adjusted to the limit."),
            QStringLiteral("time_records"), QStringLiteral("weekly_hours")};
}

bool HoursCapPatternCheck::applies(const AnalysisInput& input) const
{
    return !input.records().timeRecords.empty();
}

namespace {
// The weekly total most of the worker's weeks sit on (within a minute), and how many do. Ties go
// to the value nearest the computed cap, so a worker held at the cap reads as such.
std::pair<int, int> heapedTotal(const std::vector<int>& totals, int cap)
{
    std::vector<int> sorted = totals;
    std::sort(sorted.begin(), sorted.end());
    int best = -1;
    int bestCount = 0;
    size_t lo = 0;
    size_t hi = 0;
    for (size_t i = 0; i < sorted.size(); ++i) {
        while (sorted[lo] < sorted[i] - kExactSeconds) {
            ++lo;
        }
        while (hi < sorted.size() && sorted[hi] <= sorted[i] + kExactSeconds) {
            ++hi;
        }
        const int count = int(hi - lo);
        if (count > bestCount || (count == bestCount && std::abs(sorted[i] - cap) < std::abs(best - cap))) {
            best = sorted[i];
            bestCount = count;
        }
    }
    return {best, bestCount};
}

// Number of values of the sorted `all` within [from, to].
long long countBetween(const std::vector<int>& all, int from, int to)
{
    return std::upper_bound(all.begin(), all.end(), to) - std::lower_bound(all.begin(), all.end(), from);
}
} // namespace

QList<Flag> HoursCapPatternCheck::run(const AnalysisInput& input) const
{
    // Records kept at a limit sit at whatever limit the factory believes is checked: the computed
    // cap, the code's 60 hours, the regular week. So the target is each worker's own most frequent
    // weekly total, and its chance is the factory's density of weekly totals around that value.
    const AuditParams& p = input.params();
    const double capHours = std::min(p.maxTotalHoursPerWeek, p.regularHoursPerWeek + p.maxOvertimeHoursPerWeek);
    const int cap = std::isfinite(capHours) ? int(std::lround(capHours * 3600)) : -1;
    // Where records are held in practice: the computed cap, the law's or the code's weekly total
    // (SA8000 and the RBA: 60 h), regular plus maximum overtime, the regular week.
    std::vector<int> namedLimits;
    for (const double hours : {capHours, p.maxTotalHoursPerWeek, p.regularHoursPerWeek + p.maxOvertimeHoursPerWeek,
                               p.regularHoursPerWeek, 60.0}) {
        const int seconds = std::isfinite(hours) && hours > 0 ? int(std::lround(hours * 3600)) : -1;
        if (seconds > 0 && std::find(namedLimits.begin(), namedLimits.end(), seconds) == namedLimits.end()) {
            namedLimits.push_back(seconds);
        }
    }
    // Bins of one minute: 2*60+1 in the window, 3 of them "exact".
    const double exactBins = 2.0 * kExactSeconds / 60 + 1;
    const double nearBins = 2.0 * kWindowSeconds / 60 + 1 - exactBins;
    std::vector<Weeks> all;
    std::vector<int> everyTotal;
    std::vector<std::vector<int>> totalsOf;
    for (int w = 0; w < input.workerCount(); ++w) {
        Weeks weeks;
        weeks.worker = w;
        std::vector<int> totals;
        std::vector<JulianDay> mondays;
        for (const WeekTotal& week : weeklyTotals(input.days(w))) {
            if (daysOfWeekInPeriod(input, week.monday) < 7) {
                continue;
            }
            totals.push_back(week.workedSeconds);
            mondays.push_back(week.monday);
        }
        if (totals.empty()) {
            continue;
        }
        weeks.full = int(totals.size());
        everyTotal.insert(everyTotal.end(), totals.begin(), totals.end());
        const auto [target, count] = heapedTotal(totals, cap);
        weeks.target = target;
        for (size_t i = 0; i < totals.size(); ++i) {
            const int distance = std::abs(totals[i] - target);
            if (distance <= kExactSeconds) {
                ++weeks.atCap;
                weeks.mondays.push_back(mondays[i]);
            } else if (distance <= kWindowSeconds) {
                ++weeks.near;
            }
        }
        all.push_back(std::move(weeks));
    }
    if (everyTotal.empty()) {
        return {};
    }
    std::sort(everyTotal.begin(), everyTotal.end());
    const double fullWeeks = double(everyTotal.size());
    const double level = perTestLevel(kFamilyAlpha, static_cast<long long>(all.size()));

    // One flag per value the records are held at (rounded to the minute).
    struct Held
    {
        std::set<int> workers;
        std::set<JulianDay> dates;
        QJsonArray perWorker;
        int atCapWeeks = 0;
        int ofWeeks = 0;
        double factoryChance = 0;
    };
    std::map<int, Held> byValue;
    for (const Weeks& weeks : all) {
        if (weeks.atCap < kMinimumWeeks || double(weeks.atCap) / weeks.full < kMinimumShare) {
            continue;
        }
        const long long exact = countBetween(everyTotal, weeks.target - kExactSeconds, weeks.target + kExactSeconds);
        const long long window =
            countBetween(everyTotal, weeks.target - kWindowSeconds, weeks.target + kWindowSeconds) - exact;
        const double factoryChance = double(window) / nearBins * exactBins / fullWeeks;
        const double ownChance = double(weeks.near) / nearBins * exactBins / weeks.full;
        const double chance = std::max({kChanceFloor, factoryChance, ownChance});
        // The value was chosen from the data: a limit named in advance (a handful of candidates) is
        // corrected for those few; any other value for every one-minute bin of the window.
        const bool named = std::any_of(namedLimits.begin(), namedLimits.end(),
                                       [&](int limit) { return std::abs(weeks.target - limit) <= kExactSeconds; });
        const double candidates = named ? double(std::max<size_t>(1, namedLimits.size())) : nearBins;
        const double pValue = std::min(1.0, stats::binomialUpperTail(weeks.atCap, weeks.full, chance) * candidates);
        if (pValue >= level) {
            continue;
        }
        const int minute = int(std::lround(weeks.target / 60.0));
        Held& held = byValue[minute];
        held.workers.insert(weeks.worker);
        held.atCapWeeks += weeks.atCap;
        held.ofWeeks += weeks.full;
        held.factoryChance = std::max(held.factoryChance, factoryChance);
        for (const WorkDay& day : input.days(weeks.worker)) {
            for (const JulianDay monday : weeks.mondays) {
                if (AnalysisInput::weekStart(day.date) == monday) {
                    held.dates.insert(day.date);
                }
            }
        }
        held.perWorker.append(QJsonObject{{QStringLiteral("worker"), input.records().workerId(weeks.worker)},
                                          {QStringLiteral("full_weeks"), weeks.full},
                                          {QStringLiteral("weeks_at_cap"), weeks.atCap},
                                          {QStringLiteral("held_at_hours"), std::round(weeks.target / 36.0) / 100},
                                          {QStringLiteral("chance_per_week"), chance},
                                          {QStringLiteral("p_value"), pValue}});
    }
    QList<Flag> flags;
    for (auto& [minute, held] : byValue) {
        const double hours = minute / 60.0;
        const bool atComputedCap = cap >= 0 && std::abs(minute * 60 - cap) <= kExactSeconds;
        Flag flag = makeFlag(input, held.workers.size() >= 3 ? Severity::High : Severity::Medium);
        flag.workers = workerIdList(input, held.workers);
        flag.dates = dateList(held.dates);
        flag.subject = atComputedCap ? QStringLiteral("cap") : QStringLiteral("held:%1").arg(minute);
        flag.summary =
            QCoreApplication::translate("Checks", "%1 worker(s) recorded exactly %2 h in %3 of %4 full weeks")
                .arg(held.workers.size())
                .arg(hoursText(hours))
                .arg(held.atCapWeeks)
                .arg(held.ofWeeks);
        flag.evidence.insert(QStringLiteral("held_at_hours"), std::round(hours * 100) / 100);
        if (cap >= 0) {
            flag.evidence.insert(QStringLiteral("cap_hours"), capHours);
        }
        flag.evidence.insert(QStringLiteral("factory_chance_per_week"), held.factoryChance);
        flag.evidence.insert(QStringLiteral("workers"), held.perWorker);
        flag.evidence.insert(QStringLiteral("significance_level"), level);
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
