#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `uniform_times`: one worker's in/out minutes repeated day after day far more often than habitual arrival scatter
// allows. Documented in docs/checks.md.
class UniformTimesCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("uniform_times");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
