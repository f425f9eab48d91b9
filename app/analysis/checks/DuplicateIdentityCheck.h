#pragma once

#include "app/analysis/Check.h"

namespace fieldbook {

// `duplicate_identity`: one ID number on file for two or more workers.
// Documented in docs/checks.md.
class DuplicateIdentityCheck : public Check
{
public:
    QString name() const override
    {
        return QStringLiteral("duplicate_identity");
    }
    QStringList clauses() const override;
    CheckDescription description() const override;
    bool applies(const AnalysisInput& input) const override;
    QList<Flag> run(const AnalysisInput& input) const override;
};

} // namespace fieldbook
