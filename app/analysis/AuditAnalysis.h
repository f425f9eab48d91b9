#pragma once

#include "app/analysis/Analyzer.h"
#include "app/params/AuditParams.h"
#include "database/Result.h"

#include <QString>
#include <atomic>

namespace fieldbook {

class Database;

class PersonalDataProtector;
struct Audit;

struct AuditAnalysisSummary
{
    QString runUuid;
    int flags = 0;
    bool cancelled = false;
    QStringList checksSkipped;
};

// Analyses an audit of a store end to end: its records and interviews from the store, the
// thresholds resolved from its codes, country and overrides, every applicable check, the run and
// its flags saved (dispositions kept across re-runs). Opens its own connection, so it runs on a
// background thread while the GUI keeps working on its own.
class AuditAnalysis
{
public:
    static Result<AuditAnalysisSummary> run(const QString& storePath, const QString& auditUuid,
                                            const Analyzer::Progress& progress = {},
                                            const std::atomic<bool>* cancel = nullptr,
                                            const PersonalDataProtector* protector = nullptr);
    // The thresholds run() applies to an audit: its codes, country and overrides, resolved.
    static Result<AuditParams> paramsFor(const Database& db, const Audit& audit);
};

} // namespace fieldbook
