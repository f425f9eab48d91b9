#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `bonus_outlier`: one department's bonuses in one pay period unlike both the department's own
// other pay periods and the other departments in the same period: bonuses invented for a month
// (to pay hours kept off the cards, or to make pay look right) hide in the whole column, where
// Benford's screen cannot see them and carries no dates. A factory-wide bonus (New Year) moves
// every department and stays silent; a department that always differs stays silent; a fall (short
// time losing the attendance bonus) is not tested.
// Documented in docs/checks.md.
class BonusOutlierCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("bonus_outlier");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
