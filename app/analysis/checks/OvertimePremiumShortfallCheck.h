#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// The premium-pay checks, one class for three kinds of finding (docs/checks.md):
// - `overtime_premium_shortfall`: overtime paid at less than the premium over the regular rate
//   (overtime_premium, and the higher overtime_premium_tiers after their thresholds);
// - `rest_day_premium_shortfall`: work on the weekly rest day paid below rest_day_premium;
// - `holiday_premium_shortfall`: work on a public holiday (`holidays`) paid below holiday_premium.
// payroll.csv carries one overtime rate a pay period; which hours it had to cover, and at what
// rate each, comes from the time records of the period's days.
class OvertimePremiumShortfallCheck : public Check
{
public:
    enum class Kind
    {
        Overtime,
        RestDay,
        Holiday,
    };
    explicit OvertimePremiumShortfallCheck(Kind kind = Kind::Overtime) : m_kind(kind)
    {}

    QString name() const override;
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;

private:
    Kind m_kind;
};

} // namespace fieldbook
