#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `overtime_premium_shortfall`: overtime paid at less than the premium over the regular rate.
// Documented in docs/checks.md.
class OvertimePremiumShortfallCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("overtime_premium_shortfall");
    }
    QStringList clauses() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
