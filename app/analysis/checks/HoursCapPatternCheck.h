#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `hours_cap_pattern`: weekly hours sitting at exactly the legal maximum week after week, compared with the density
// just around it. Documented in docs/checks.md.
class HoursCapPatternCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("hours_cap_pattern");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
