#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `identical_punches`: many workers of a department punching the same minute on one day, beyond what the department's
// own punch-time spread gives by chance. Documented in docs/checks.md.
class IdenticalPunchesCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("identical_punches");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
