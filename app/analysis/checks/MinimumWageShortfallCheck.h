#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `minimum_wage_shortfall`: pay for regular hours below the hourly minimum wage.
// Documented in docs/checks.md.
class MinimumWageShortfallCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("minimum_wage_shortfall");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;

    // The hourly minimum a pay period is held to: minimum_wage_hourly, or with a schedule the
    // minimum in force on each of its days, averaged (a period straddling a change is prorated).
    static double minimumForPeriod(const AuditParams& params, JulianDay first, JulianDay last);
};

} // namespace fieldbook
