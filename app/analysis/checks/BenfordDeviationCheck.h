#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `benford_deviation`: first digits of wide-ranging pay amounts departing from Benford's law beyond chance.
// Documented in docs/checks.md.
class BenfordDeviationCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("benford_deviation");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
