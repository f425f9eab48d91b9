#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `unknown_worker`: records for a worker id missing from the register.
// Documented in docs/checks.md.
class UnknownWorkerCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("unknown_worker");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
