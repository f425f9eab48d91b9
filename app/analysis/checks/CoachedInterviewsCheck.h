#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `coached_interviews`: interview answers too alike across workers to be independent.
// Documented in docs/checks.md.
class CoachedInterviewsCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("coached_interviews");
    }
    QStringList clauses() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
