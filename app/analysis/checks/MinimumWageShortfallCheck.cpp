#include "app/analysis/checks/MinimumWageShortfallCheck.h"
#include "app/analysis/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>
#include <map>

namespace fieldbook {

using namespace checks;

namespace {
// Payroll rounds each amount to a cent or a unit: half a percent is rounding, not a shortfall.
constexpr double kRoundingShare = 0.005;
} // namespace

QStringList MinimumWageShortfallCheck::clauses() const
{
    return wageClauses();
}

bool MinimumWageShortfallCheck::applies(const AnalysisInput& input) const
{
    return input.params().minimumWageHourly > 0 && !input.records().payroll.empty();
}

QList<Flag> MinimumWageShortfallCheck::run(const AnalysisInput& input) const
{
    const double minimum = input.params().minimumWageHourly;
    struct Shortfall
    {
        QJsonArray periods;
        std::set<JulianDay> dates;
        double lowestRate = 1e300;
        double owed = 0;
    };
    std::map<int, Shortfall> byWorker;
    for (const PayrollRecord& row : input.records().payroll) {
        if (row.regularHours <= 0) {
            continue;
        }
        const double rate = row.regularPay / row.regularHours;
        if (rate >= minimum * (1.0 - kRoundingShare)) {
            continue;
        }
        Shortfall& s = byWorker[row.worker];
        s.lowestRate = std::min(s.lowestRate, rate);
        s.owed += (minimum - rate) * row.regularHours;
        s.periods.append(QJsonObject{{QStringLiteral("period_start"), AnalysisInput::isoDate(row.periodStart)},
                                     {QStringLiteral("period_end"), AnalysisInput::isoDate(row.periodEnd)},
                                     {QStringLiteral("regular_hours"), row.regularHours},
                                     {QStringLiteral("regular_pay"), row.regularPay},
                                     {QStringLiteral("hourly_rate"), std::round(rate * 100) / 100},
                                     {QStringLiteral("line"), row.line}});
        for (JulianDay d = row.periodStart; d <= row.periodEnd; ++d) {
            s.dates.insert(d);
        }
    }
    QList<Flag> flags;
    for (auto& [worker, s] : byWorker) {
        Flag flag = makeFlag(input, Severity::High);
        flag.workers = {input.records().workerId(worker)};
        flag.dates = dateList(s.dates);
        flag.summary =
            QCoreApplication::translate("Checks", "%1 was paid %2 an hour for regular hours, below the minimum of %3")
                .arg(flag.workers.first(), QString::number(s.lowestRate, 'f', 2), QString::number(minimum, 'f', 2));
        flag.evidence.insert(QStringLiteral("periods"), s.periods);
        flag.evidence.insert(QStringLiteral("minimum_wage_hourly"), minimum);
        flag.evidence.insert(QStringLiteral("shortfall_total"), std::round(s.owed * 100) / 100);
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
