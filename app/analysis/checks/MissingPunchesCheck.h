#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `missing_punches`: time records with a forgotten clock-in or clock-out (formats.md). Real time
// clocks have them every day; they are reported so the auditor knows which hours are unknown,
// never counted as hours and never a reason to refuse the analysis. Severity info, or low when
// so many rows lack a punch that the hours checks read an incomplete picture.
// Documented in docs/checks.md.
class MissingPunchesCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("missing_punches");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
