#include "app/analysis/checks/BonusOutlierCheck.h"
#include "app/analysis/checks/CheckSupport.h"
#include "app/analysis/stats/RankTests.h"
#include "app/analysis/stats/Robust.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <vector>

namespace fieldbook {

using namespace checks;

namespace {
// Fewer amounts than this in a group, or in either reference, test nothing.
constexpr size_t kMinimumGroup = 8;
// Besides being improbable, the rise must matter: a median at least this many times both
// references' medians. Lawful bonuses move a department too: an attendance bonus kept by the one
// department that worked every Saturday of a month lifted its median 1.6 times (messy factory,
// seed 11), so such rises are a low-severity screen.
constexpr double kMinimumRatio = 1.5;
// From this rise on the flag is medium; below it a low-severity screen (the 1.6x of the attendance
// bonus above reads as a question, not an alarm).
constexpr double kMediumRatio = 2.0;

using Period = std::pair<JulianDay, JulianDay>;

struct Group
{
    std::vector<double> bonuses;
    std::set<int> workers;
};

double medianRatio(double group, double reference, double floor)
{
    return (group + floor) / (reference + floor);
}
} // namespace

QStringList BonusOutlierCheck::clauses() const
{
    return wageClauses() + recordsClauses();
}

CheckDescription BonusOutlierCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Bonuses unlike the department's normal"),
            QT_TRANSLATE_NOOP("CheckExplanations",
                              "One department's bonuses in one pay period are unlike both its own other pay "
                              "periods and the other departments that period: bonuses invented for a month?"),
            QStringLiteral("payroll"), QString()};
}

bool BonusOutlierCheck::applies(const AnalysisInput& input) const
{
    return std::any_of(input.records().payroll.begin(), input.records().payroll.end(),
                       [](const PayrollRecord& p) { return p.hasBonus; });
}

QList<Flag> BonusOutlierCheck::run(const AnalysisInput& input) const
{
    // department -> pay period -> bonuses
    QHash<QString, std::map<Period, Group>> groups;
    std::vector<double> positive;
    for (const PayrollRecord& p : input.records().payroll) {
        if (!p.hasBonus || p.worker < 0 || p.worker >= input.workerCount()) {
            continue;
        }
        Group& g = groups[input.department(p.worker)][{p.periodStart, p.periodEnd}];
        g.bonuses.push_back(p.bonus);
        g.workers.insert(p.worker);
        if (p.bonus > 0) {
            positive.push_back(p.bonus);
        }
    }
    // Ratios of medians near zero mean nothing: a floor of 1 % of the factory's typical bonus.
    const double floor = positive.empty() ? 1.0 : std::max(1.0, 0.01 * stats::median(positive));

    long long tests = 0;
    for (const auto& periods : groups) {
        for (const auto& [period, group] : periods) {
            tests += group.bonuses.size() >= kMinimumGroup ? 1 : 0;
        }
    }
    const double level = perTestLevel(kFamilyAlpha, std::max(1LL, tests));

    QList<Flag> flags;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        for (const auto& [period, group] : it.value()) {
            if (group.bonuses.size() < kMinimumGroup) {
                continue;
            }
            std::vector<double> ownOther;
            for (const auto& [otherPeriod, other] : it.value()) {
                if (otherPeriod != period) {
                    ownOther.insert(ownOther.end(), other.bonuses.begin(), other.bonuses.end());
                }
            }
            std::vector<double> othersSamePeriod;
            for (auto other = groups.cbegin(); other != groups.cend(); ++other) {
                const auto found = other.value().find(period);
                if (other.key() != it.key() && found != other.value().end()) {
                    othersSamePeriod.insert(othersSamePeriod.end(), found->second.bonuses.begin(),
                                            found->second.bonuses.end());
                }
            }
            if (ownOther.size() < kMinimumGroup || othersSamePeriod.size() < kMinimumGroup) {
                continue;
            }
            const double zOwn = stats::mannWhitneyZ(group.bonuses, ownOther);
            const double zOthers = stats::mannWhitneyZ(group.bonuses, othersSamePeriod);
            // Invented bonuses are money added: only a rise is tested. A department paid less one
            // month (short time losing the attendance bonus) is the wage checks' business.
            if (zOwn <= 0 || zOthers <= 0) {
                continue;
            }
            // Unusual against both references: the larger p-value counts.
            const double pValue = stats::normalUpperTail(std::min(zOwn, zOthers));
            const double median = stats::median(group.bonuses);
            const double ownMedian = stats::median(ownOther);
            const double othersMedian = stats::median(othersSamePeriod);
            const double ratioOwn = medianRatio(median, ownMedian, floor);
            const double ratioOthers = medianRatio(median, othersMedian, floor);
            if (pValue >= level || ratioOwn < kMinimumRatio || ratioOthers < kMinimumRatio) {
                continue;
            }
            const QString department =
                it.key().isEmpty() ? QCoreApplication::translate("Checks", "(no department)") : it.key();
            const bool large = ratioOwn >= kMediumRatio && ratioOthers >= kMediumRatio;
            Flag flag = makeFlag(input, large ? Severity::Medium : Severity::Low);
            flag.workers = workerIdList(input, group.workers);
            std::set<JulianDay> dates;
            const JulianDay from = input.params().periodStart.isValid()
                                       ? std::max<JulianDay>(period.first, input.params().periodStart.toJulianDay())
                                       : period.first;
            const JulianDay to = input.params().periodEnd.isValid()
                                     ? std::min<JulianDay>(period.second, input.params().periodEnd.toJulianDay())
                                     : period.second;
            for (JulianDay d = from; d <= to; ++d) {
                dates.insert(d);
            }
            flag.dates = dateList(dates);
            flag.subject = QStringLiteral("department:%1:%2").arg(it.key(), AnalysisInput::isoDate(period.first));
            flag.summary = QCoreApplication::translate(
                               "Checks", "%1: bonuses for %2 to %3 (median %4) unlike the department's other pay "
                                         "periods (%5) and the other departments that period (%6)")
                               .arg(department, AnalysisInput::isoDate(period.first),
                                    AnalysisInput::isoDate(period.second), QString::number(median, 'f', 2),
                                    QString::number(ownMedian, 'f', 2), QString::number(othersMedian, 'f', 2));
            flag.evidence.insert(QStringLiteral("department"), it.key());
            flag.evidence.insert(QStringLiteral("period_start"), AnalysisInput::isoDate(period.first));
            flag.evidence.insert(QStringLiteral("period_end"), AnalysisInput::isoDate(period.second));
            flag.evidence.insert(QStringLiteral("median_bonus"), std::round(median * 100) / 100);
            flag.evidence.insert(QStringLiteral("median_bonus_other_periods"), std::round(ownMedian * 100) / 100);
            flag.evidence.insert(QStringLiteral("median_bonus_other_departments"),
                                 std::round(othersMedian * 100) / 100);
            flag.evidence.insert(QStringLiteral("p_value"), pValue);
            flag.evidence.insert(QStringLiteral("significance_level"), level);
            flags.append(flag);
        }
    }
    return flags;
}

} // namespace fieldbook
