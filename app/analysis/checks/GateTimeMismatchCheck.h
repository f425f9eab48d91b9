#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `gate_time_mismatch`: gate log showing a worker on site well outside the recorded hours.
// Documented in docs/checks.md.
class GateTimeMismatchCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("gate_time_mismatch");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
