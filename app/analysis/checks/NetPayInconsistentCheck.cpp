#include "app/analysis/checks/NetPayInconsistentCheck.h"
#include "app/analysis/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>
#include <map>

namespace fieldbook {

using namespace checks;

namespace {
// Pay slips round the net amount to a whole unit of currency at most.
constexpr double kRoundingAmount = 1.0;
} // namespace

QStringList NetPayInconsistentCheck::clauses() const
{
    return wageClauses() + recordsClauses();
}

CheckDescription NetPayInconsistentCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Net pay does not add up"),
            QT_TRANSLATE_NOOP("CheckExplanations", "Net pay does not equal regular + overtime + bonus - deductions."),
            QStringLiteral("payroll"), QString()};
}

bool NetPayInconsistentCheck::applies(const AnalysisInput& input) const
{
    return !input.records().payroll.empty();
}

QList<Flag> NetPayInconsistentCheck::run(const AnalysisInput& input) const
{
    struct Mismatch
    {
        QJsonArray periods;
        std::set<JulianDay> dates;
        double worstShort = 0;
    };
    std::map<int, Mismatch> byWorker;
    for (const PayrollRecord& row : input.records().payroll) {
        const double expected = row.regularPay + row.overtimePay + row.bonus - row.deductions;
        const double difference = row.netPay - expected;
        if (std::fabs(difference) <= kRoundingAmount) {
            continue;
        }
        Mismatch& m = byWorker[row.worker];
        m.worstShort = std::max(m.worstShort, -difference);
        m.periods.append(QJsonObject{{QStringLiteral("period_start"), AnalysisInput::isoDate(row.periodStart)},
                                     {QStringLiteral("period_end"), AnalysisInput::isoDate(row.periodEnd)},
                                     {QStringLiteral("net_pay"), row.netPay},
                                     {QStringLiteral("computed_net_pay"), std::round(expected * 100) / 100},
                                     {QStringLiteral("line"), row.line}});
        for (JulianDay d = row.periodStart; d <= row.periodEnd; ++d) {
            m.dates.insert(d);
        }
    }
    QList<Flag> flags;
    for (auto& [worker, m] : byWorker) {
        // Less paid than the slip adds up to is money withheld; more is a slip made up afterwards.
        Flag flag = makeFlag(input, m.worstShort > kRoundingAmount ? Severity::High : Severity::Medium);
        flag.workers = {input.records().workerId(worker)};
        flag.dates = dateList(m.dates);
        flag.summary = QCoreApplication::translate(
                           "Checks", "%1: net pay differs from regular + overtime + bonus − deductions in %2 period(s)")
                           .arg(flag.workers.first())
                           .arg(m.periods.size());
        flag.evidence.insert(QStringLiteral("periods"), m.periods);
        flag.evidence.insert(QStringLiteral("tolerance"), kRoundingAmount);
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
