#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `net_pay_inconsistent`: net pay different from regular + overtime + bonus - deductions.
// Documented in docs/checks.md.
class NetPayInconsistentCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("net_pay_inconsistent");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
