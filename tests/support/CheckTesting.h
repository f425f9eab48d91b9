#pragma once

#include "app/analysis/AnalysisInput.h"
#include "app/analysis/CheckRegistry.h"

#include <QList>
#include <memory>

namespace fieldbook::test {

// Runs the check of that name on the records, as the Analyzer would (period filter included).
inline QList<Flag> runCheck(const QString& name, const RecordSet& records, const AuditParams& params)
{
    for (const auto& check : CheckRegistry::allChecks()) {
        if (check->name() == name) {
            const AnalysisInput input(records, params);
            return check->applies(input) ? check->run(input) : QList<Flag>{};
        }
    }
    return {};
}

inline int flagsAtLeast(const QList<Flag>& flags, Severity severity)
{
    int n = 0;
    for (const Flag& f : flags) {
        n += f.severity >= severity ? 1 : 0;
    }
    return n;
}

} // namespace fieldbook::test
