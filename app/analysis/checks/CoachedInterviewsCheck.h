#pragma once

#include "app/analysis/Check.h"

#include <optional>

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
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;

private:
    // Most linked interviewees stating one weekly-hours figure that their records do not share.
    std::optional<Flag> sameStatedHours(const AnalysisInput& input) const;
};

} // namespace fieldbook
