#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `birthdate_heaping`: implausibly many birth dates on one day of the year.
// Documented in docs/checks.md.
class BirthdateHeapingCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("birthdate_heaping");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
