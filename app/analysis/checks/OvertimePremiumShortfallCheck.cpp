#include "app/analysis/checks/OvertimePremiumShortfallCheck.h"
#include "app/analysis/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>
#include <map>

namespace fieldbook {

using namespace checks;

namespace {
constexpr double kRoundingShare = 0.005;
} // namespace

QStringList OvertimePremiumShortfallCheck::clauses() const
{
    return wageClauses();
}

bool OvertimePremiumShortfallCheck::applies(const AnalysisInput& input) const
{
    return input.params().overtimePremium > 0 && !input.records().payroll.empty();
}

QList<Flag> OvertimePremiumShortfallCheck::run(const AnalysisInput& input) const
{
    const double premium = input.params().overtimePremium;
    const double minimum = input.params().minimumWageHourly;
    struct Shortfall
    {
        QJsonArray periods;
        std::set<JulianDay> dates;
        double lowestRatio = 1e300;
    };
    std::map<int, Shortfall> byWorker;
    for (const PayrollRecord& row : input.records().payroll) {
        if (row.overtimeHours <= 0 || row.regularHours <= 0) {
            continue;
        }
        // The premium applies to the regular rate, and never to less than the minimum wage.
        const double regularRate = std::max(row.regularPay / row.regularHours, minimum);
        const double overtimeRate = row.overtimePay / row.overtimeHours;
        const double ratio = overtimeRate / regularRate;
        if (ratio >= premium * (1.0 - kRoundingShare)) {
            continue;
        }
        Shortfall& s = byWorker[row.worker];
        s.lowestRatio = std::min(s.lowestRatio, ratio);
        s.periods.append(QJsonObject{{QStringLiteral("period_start"), AnalysisInput::isoDate(row.periodStart)},
                                     {QStringLiteral("period_end"), AnalysisInput::isoDate(row.periodEnd)},
                                     {QStringLiteral("regular_rate"), std::round(regularRate * 100) / 100},
                                     {QStringLiteral("overtime_rate"), std::round(overtimeRate * 100) / 100},
                                     {QStringLiteral("ratio"), std::round(ratio * 1000) / 1000},
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
            QCoreApplication::translate("Checks", "%1 was paid overtime at %2× the regular rate (at least %3× due)")
                .arg(flag.workers.first(), QString::number(s.lowestRatio, 'f', 2), QString::number(premium, 'f', 2));
        flag.evidence.insert(QStringLiteral("periods"), s.periods);
        flag.evidence.insert(QStringLiteral("overtime_premium"), premium);
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
