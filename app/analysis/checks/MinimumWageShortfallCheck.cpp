#include "app/analysis/checks/MinimumWageShortfallCheck.h"
#include "app/analysis/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QDate>
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

CheckDescription MinimumWageShortfallCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Below minimum wage"),
            QT_TRANSLATE_NOOP("CheckExplanations", "Pay for regular hours is below the minimum wage."),
            QStringLiteral("payroll"), QString()};
}

bool MinimumWageShortfallCheck::applies(const AnalysisInput& input) const
{
    const AuditParams& p = input.params();
    return (p.minimumWageHourly > 0 || !p.minimumWageSchedule.isEmpty()) && !input.records().payroll.empty();
}

double MinimumWageShortfallCheck::minimumForPeriod(const AuditParams& params, JulianDay first, JulianDay last)
{
    if (params.minimumWageSchedule.isEmpty() || last < first) {
        return params.minimumWageHourly;
    }
    // Prorated by day: each day of the pay period holds the minimum in force on it.
    double sum = 0;
    for (JulianDay d = first; d <= last; ++d) {
        sum += params.minimumWageHourlyOn(QDate::fromJulianDay(d));
    }
    return sum / double(last - first + 1);
}

QList<Flag> MinimumWageShortfallCheck::run(const AnalysisInput& input) const
{
    const AuditParams& params = input.params();
    const bool scheduled = !params.minimumWageSchedule.isEmpty();
    struct Shortfall
    {
        QJsonArray periods;
        std::set<JulianDay> dates;
        double lowestRate = 1e300;
        double minimumAtLowest = 0;
        double owed = 0;
    };
    std::map<int, Shortfall> byWorker;
    for (const PayrollRecord& row : input.records().payroll) {
        if (row.regularHours <= 0) {
            continue;
        }
        const double minimum = minimumForPeriod(params, row.periodStart, row.periodEnd);
        if (minimum <= 0) {
            continue;
        }
        const double rate = row.regularPay / row.regularHours;
        if (rate >= minimum * (1.0 - kRoundingShare)) {
            continue;
        }
        Shortfall& s = byWorker[row.worker];
        if (rate < s.lowestRate) {
            s.lowestRate = rate;
            s.minimumAtLowest = minimum;
        }
        s.owed += (minimum - rate) * row.regularHours;
        QJsonObject period{{QStringLiteral("period_start"), AnalysisInput::isoDate(row.periodStart)},
                           {QStringLiteral("period_end"), AnalysisInput::isoDate(row.periodEnd)},
                           {QStringLiteral("regular_hours"), row.regularHours},
                           {QStringLiteral("regular_pay"), row.regularPay},
                           {QStringLiteral("hourly_rate"), std::round(rate * 100) / 100},
                           {QStringLiteral("line"), row.line}};
        if (scheduled) {
            period.insert(QStringLiteral("minimum_hourly_in_force"), std::round(minimum * 10000) / 10000);
        }
        s.periods.append(period);
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
                .arg(flag.workers.first(), QString::number(s.lowestRate, 'f', 2),
                     QString::number(s.minimumAtLowest, 'f', 2));
        flag.evidence.insert(QStringLiteral("periods"), s.periods);
        if (params.minimumWageHourly > 0) {
            flag.evidence.insert(QStringLiteral("minimum_wage_hourly"), params.minimumWageHourly);
        }
        if (scheduled) {
            QJsonArray steps;
            for (const AuditParams::MinimumWageStep& step : params.minimumWageSchedule) {
                steps.append(QJsonObject{
                    {QStringLiteral("from"), step.from.toString(Qt::ISODate)},
                    {QStringLiteral("hourly"), std::round(params.minimumWageHourlyOn(step.from) * 10000) / 10000}});
            }
            flag.evidence.insert(QStringLiteral("minimum_wage_schedule"), steps);
        }
        flag.evidence.insert(QStringLiteral("shortfall_total"), std::round(s.owed * 100) / 100);
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
