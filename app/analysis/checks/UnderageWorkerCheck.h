#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `underage_worker`: a worker who worked while below the minimum age.
// Documented in docs/checks.md.
class UnderageWorkerCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("underage_worker");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
