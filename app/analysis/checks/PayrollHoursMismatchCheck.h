#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `payroll_hours_mismatch`: hours paid differ from hours in the time records for the same pay period.
// Documented in docs/checks.md.
class PayrollHoursMismatchCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("payroll_hours_mismatch");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
