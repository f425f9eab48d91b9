#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `production_hours_mismatch`: output that needs more labour hours than the department's time records show.
// Documented in docs/checks.md.
class ProductionHoursMismatchCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("production_hours_mismatch");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
