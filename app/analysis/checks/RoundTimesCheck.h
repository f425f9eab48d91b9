#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `round_times`: punch minutes heaped on :00/:30 beyond what each worker's own punch-time spread gives.
// Documented in docs/checks.md.
class RoundTimesCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("round_times");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
