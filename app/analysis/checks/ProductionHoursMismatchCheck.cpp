#include "app/analysis/checks/ProductionHoursMismatchCheck.h"
#include "app/analysis/checks/CheckSupport.h"
#include "app/analysis/stats/Robust.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <vector>

namespace fieldbook {

using namespace checks;

namespace {
// Standard minutes are what a trained operator needs at standard pace; lines rarely sustain more
// than 100 % efficiency. 15 % on top covers generous standards and people lent between lines.
constexpr double kMaximumEfficiency = 1.15;

// A department's own normal: hidden hours show as a line suddenly far more efficient than itself,
// long before it passes any absolute bound. A window of kWindowDays production days whose median
// efficiency is kBaselineSigmas standard errors above the department's median day, and at least
// kMinimumRise times it, while the window's recorded hours are no higher than usual.
constexpr size_t kWindowDays = 5;
constexpr double kBaselineSigmas = 5.0;
constexpr double kMinimumRise = 1.25;
constexpr double kUsualHoursSlack = 1.10;
constexpr size_t kMinimumBaselineDays = 15;

struct BaselineRise
{
    std::set<JulianDay> dates;
    double baseline = 0;
    double highestWindow = 0;
    double threshold = 0;
};

// Days of sustained efficiency far above the department's own baseline, with no more hours.
BaselineRise riseAboveBaseline(const std::vector<std::pair<JulianDay, double>>& efficiency,
                               const std::vector<double>& hours)
{
    BaselineRise rise;
    if (efficiency.size() < std::max(kMinimumBaselineDays, 3 * kWindowDays)) {
        return rise;
    }
    std::vector<double> values;
    for (const auto& [date, e] : efficiency) {
        values.push_back(e);
    }
    rise.baseline = stats::median(values);
    const double spread = 1.4826 * stats::medianAbsoluteDeviation(values);
    const double usualHours = stats::median(hours);
    // Standard error of a median of kWindowDays days: 1.2533 sigma / sqrt(n).
    const double standardError = 1.2533 * std::max(spread, 0.02 * rise.baseline) / std::sqrt(double(kWindowDays));
    rise.threshold = std::max(rise.baseline + kBaselineSigmas * standardError, kMinimumRise * rise.baseline);
    for (size_t start = 0; start + kWindowDays <= efficiency.size(); ++start) {
        std::vector<double> window;
        std::vector<double> windowHours;
        for (size_t i = start; i < start + kWindowDays; ++i) {
            window.push_back(efficiency[i].second);
            windowHours.push_back(hours[i]);
        }
        const double windowMedian = stats::median(window);
        if (windowMedian < rise.threshold || stats::median(windowHours) > kUsualHoursSlack * usualHours) {
            continue;
        }
        rise.highestWindow = std::max(rise.highestWindow, windowMedian);
        for (size_t i = start; i < start + kWindowDays; ++i) {
            if (efficiency[i].second > rise.baseline) {
                rise.dates.insert(efficiency[i].first);
            }
        }
    }
    return rise;
}
} // namespace

QStringList ProductionHoursMismatchCheck::clauses() const
{
    return hoursClauses() + recordsClauses();
}

CheckDescription ProductionHoursMismatchCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Output vs recorded hours"),
            QT_TRANSLATE_NOOP("CheckExplanations",
                              "The output recorded needs more labour hours than the time records show."),
            QStringLiteral("production"), QStringLiteral("production_hours")};
}

bool ProductionHoursMismatchCheck::applies(const AnalysisInput& input) const
{
    return !input.records().production.empty() && !input.records().workers.empty();
}

QList<Flag> ProductionHoursMismatchCheck::run(const AnalysisInput& input) const
{
    QHash<QString, std::map<JulianDay, double>> required;
    for (const ProductionRecord& r : input.records().production) {
        required[r.department.trimmed().toCaseFolded()][r.date] += r.units * r.standardMinutes / 60.0;
    }
    QHash<QString, std::map<JulianDay, double>> recorded;
    QHash<QString, QString> displayName;
    for (int w = 0; w < input.workerCount(); ++w) {
        const QString department = input.department(w).trimmed();
        const QString key = department.toCaseFolded();
        if (!required.contains(key)) {
            continue;
        }
        displayName.insert(key, department);
        auto& days = recorded[key];
        for (const WorkDay& day : input.days(w)) {
            days[day.date] += day.workedSeconds / 3600.0;
        }
    }
    for (const ProductionRecord& r : input.records().production) {
        displayName.insert(r.department.trimmed().toCaseFolded(), r.department.trimmed());
    }
    QList<Flag> flags;
    for (auto it = required.cbegin(); it != required.cend(); ++it) {
        const auto& labour = recorded.value(it.key());
        std::vector<double> efficiencies;
        std::vector<std::pair<JulianDay, double>> daily;
        std::vector<double> dailyHours;
        QJsonArray days;
        std::set<JulianDay> dates;
        double missing = 0;
        for (const auto& [date, needed] : it.value()) {
            const auto found = labour.find(date);
            const double hours = found == labour.end() ? 0.0 : found->second;
            if (hours > 0) {
                efficiencies.push_back(needed / hours);
                daily.emplace_back(date, needed / hours);
                dailyHours.push_back(hours);
            }
            if (needed <= 0 || needed <= hours * kMaximumEfficiency) {
                continue;
            }
            dates.insert(date);
            missing += needed / kMaximumEfficiency - hours;
            days.append(QJsonObject{{QStringLiteral("date"), AnalysisInput::isoDate(date)},
                                    {QStringLiteral("standard_hours_needed"), std::round(needed * 10) / 10},
                                    {QStringLiteral("recorded_hours"), std::round(hours * 10) / 10}});
        }
        const QString department = displayName.value(it.key());
        const BaselineRise rise = riseAboveBaseline(daily, dailyHours);
        if (!rise.dates.empty()) {
            Flag flag = makeFlag(input, rise.dates.size() >= 10 ? Severity::High : Severity::Medium);
            flag.dates = dateList(rise.dates);
            flag.subject = QStringLiteral("department-baseline:") + it.key();
            flag.summary =
                QCoreApplication::translate("Checks", "%1: on %2 day(s) output per recorded hour rose to %3 % of "
                                                      "standard against the department's own %4 %, with no more hours "
                                                      "recorded: hidden hours?")
                    .arg(department)
                    .arg(rise.dates.size())
                    .arg(QString::number(rise.highestWindow * 100, 'f', 0),
                         QString::number(rise.baseline * 100, 'f', 0));
            flag.evidence.insert(QStringLiteral("department"), department);
            flag.evidence.insert(QStringLiteral("baseline_efficiency"), std::round(rise.baseline * 1000) / 1000);
            flag.evidence.insert(QStringLiteral("window_efficiency"), std::round(rise.highestWindow * 1000) / 1000);
            flag.evidence.insert(QStringLiteral("rise_threshold"), std::round(rise.threshold * 1000) / 1000);
            flag.evidence.insert(QStringLiteral("window_days"), int(kWindowDays));
            flags.append(flag);
        }
        if (dates.empty()) {
            continue;
        }
        Flag flag = makeFlag(input, dates.size() >= 3 ? Severity::High : Severity::Medium);
        flag.dates = dateList(dates);
        flag.subject = QStringLiteral("department:") + it.key();
        flag.summary =
            QCoreApplication::translate(
                "Checks", "%1: output on %2 day(s) needs at least %3 labour hours more than the time records show")
                .arg(department)
                .arg(dates.size())
                .arg(QString::number(missing, 'f', 0));
        flag.evidence.insert(QStringLiteral("department"), department);
        flag.evidence.insert(QStringLiteral("days"), days);
        flag.evidence.insert(QStringLiteral("maximum_efficiency"), kMaximumEfficiency);
        flag.evidence.insert(QStringLiteral("median_efficiency"), stats::median(efficiencies));
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
