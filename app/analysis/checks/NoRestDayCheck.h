#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `no_rest_day`: more consecutive worked days than allowed.
// Documented in docs/checks.md.
class NoRestDayCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("no_rest_day");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
