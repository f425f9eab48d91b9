#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `excessive_hours`: weekly total hours or weekly overtime above the limits in force.
// Documented in docs/checks.md.
class ExcessiveHoursCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("excessive_hours");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
