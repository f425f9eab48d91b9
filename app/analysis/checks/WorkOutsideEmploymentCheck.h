#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `work_outside_employment`: time or pay records before hire or after termination.
// Documented in docs/checks.md.
class WorkOutsideEmploymentCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("work_outside_employment");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
