#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `interview_record_conflict`: what interviewed workers said about hours, rest days and pay contradicting the records.
// Documented in docs/checks.md.
class InterviewRecordConflictCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("interview_record_conflict");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
