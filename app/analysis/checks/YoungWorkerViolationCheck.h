#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `young_worker_violation`: a worker under the young-worker age on night work or overtime.
// Documented in docs/checks.md.
class YoungWorkerViolationCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("young_worker_violation");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
