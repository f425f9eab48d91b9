#include "app/analysis/checks/BenfordDeviationCheck.h"
#include "app/analysis/checks/CheckSupport.h"
#include "app/analysis/stats/Benford.h"
#include "app/analysis/stats/Robust.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>
#include <functional>

namespace fieldbook {

using namespace checks;

namespace {
// Benford's law only describes amounts spread over several orders of magnitude: wages near a
// minimum span one and fail it honestly. So a field is tested only when its 1st and 99th
// percentiles are two orders of magnitude apart, and with enough values for the test to mean much.
constexpr int kMinimumValues = 300;
constexpr double kMinimumOrders = 2.0;

struct Field
{
    const char* name;
    std::function<double(const PayrollRecord&)> value;
};
} // namespace

QStringList BenfordDeviationCheck::clauses() const
{
    return wageClauses() + recordsClauses();
}

CheckDescription BenfordDeviationCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Benford deviation"),
            QT_TRANSLATE_NOOP("CheckExplanations",
                              "First digits of pay amounts depart from Benford's law beyond chance. A screen, "
                              "never proof."),
            QStringLiteral("payroll"), QStringLiteral("benford")};
}

bool BenfordDeviationCheck::applies(const AnalysisInput& input) const
{
    return int(input.records().payroll.size()) >= kMinimumValues;
}

QList<Flag> BenfordDeviationCheck::run(const AnalysisInput& input) const
{
    const std::vector<Field> fields = {
        {"bonus",
         [](const PayrollRecord& r) {
             return r.bonus;
         }},
        {"deductions",
         [](const PayrollRecord& r) {
             return r.deductions;
         }},
        {"overtime_pay",
         [](const PayrollRecord& r) {
             return r.overtimePay;
         }},
        {"net_pay",
         [](const PayrollRecord& r) {
             return r.netPay;
         }},
        {"regular_pay",
         [](const PayrollRecord& r) {
             return r.regularPay;
         }},
    };
    const double level = perTestLevel(kFamilyAlpha, static_cast<long long>(fields.size()));
    QList<Flag> flags;
    for (const Field& field : fields) {
        std::vector<double> amounts;
        for (const PayrollRecord& row : input.records().payroll) {
            const double v = field.value(row);
            if (v > 0) {
                amounts.push_back(v);
            }
        }
        if (int(amounts.size()) < kMinimumValues) {
            continue;
        }
        const double low = stats::quantile(amounts, 0.01);
        const double high = stats::quantile(amounts, 0.99);
        if (low <= 0 || std::log10(high / low) < kMinimumOrders) {
            continue;
        }
        const stats::BenfordResult result = stats::benfordTest(amounts);
        if (result.mad <= stats::kBenfordMadNonconformity || result.pValue >= level) {
            continue;
        }
        QJsonArray observed;
        QJsonArray expected;
        for (int d = 1; d <= 9; ++d) {
            observed.append(result.observed[size_t(d - 1)]);
            expected.append(std::round(stats::benfordExpected(d) * result.count * 10) / 10);
        }
        // A screen, never proof: low severity; the auditor reads the amounts behind it.
        Flag flag = makeFlag(input, Severity::Low);
        flag.subject = QLatin1String(field.name);
        flag.summary =
            QCoreApplication::translate(
                "Checks", "First digits of %1 (%2 amounts) depart from Benford's law: MAD %3 (nonconformity above %4)")
                .arg(QLatin1String(field.name))
                .arg(result.count)
                .arg(QString::number(result.mad, 'f', 4), QString::number(stats::kBenfordMadNonconformity, 'f', 3));
        flag.evidence.insert(QStringLiteral("field"), QLatin1String(field.name));
        flag.evidence.insert(QStringLiteral("count"), result.count);
        flag.evidence.insert(QStringLiteral("observed_first_digits"), observed);
        flag.evidence.insert(QStringLiteral("expected_first_digits"), expected);
        flag.evidence.insert(QStringLiteral("mad"), result.mad);
        flag.evidence.insert(QStringLiteral("chi_square"), result.chiSquare);
        flag.evidence.insert(QStringLiteral("p_value"), result.pValue);
        flag.evidence.insert(QStringLiteral("orders_of_magnitude"), std::log10(high / low));
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
