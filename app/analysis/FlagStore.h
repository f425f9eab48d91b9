#pragma once

#include "app/analysis/Analyzer.h"
#include "app/analysis/FlagDisposition.h"
#include "app/params/AuditParams.h"
#include "database/Result.h"

#include <QList>
#include <QString>

namespace fieldbook {

class Database;

// A flag as the store keeps it, with the auditor's disposition.
struct StoredFlag
{
    QString uuid;
    Flag flag;
    QString fingerprint;
    FlagDisposition disposition = FlagDisposition::Open;
    QString dispositionReason;
    QString findingUuid;
    bool stale = false; // not raised by the latest run
};

// What the auditor writes when a flag becomes a finding.
struct FindingDraft
{
    QString title;
    QString description;
    QString severity = QStringLiteral("minor"); // observation | minor | major | priority | critical
};

// Analysis runs and their flags in the store (analysis_runs, analysis_flags).
// A re-run matches flags by fingerprint (check + subject): the auditor's disposition survives,
// the figures are refreshed, and flags the new run no longer raises are marked stale, never deleted.
// Every function is one transaction with its audit-trail rows.
class FlagStore
{
public:
    explicit FlagStore(const Database& db) : m_db(db)
    {}

    // Returns the run's uuid.
    Result<QString> saveRun(const QString& auditUuid, const AuditParams& params, const AnalysisResult& result,
                            const QString& engineVersion);
    Result<QList<StoredFlag>> flags(const QString& auditUuid) const;
    Result<StoredFlag> flag(const QString& flagUuid) const;

    // Creates a finding (with the flag's clauses) and links the flag to it; returns the finding's uuid.
    Result<QString> confirmFlag(const QString& flagUuid, const FindingDraft& finding);
    // A dismissal needs a reason a reviewer can read.
    Status dismissFlag(const QString& flagUuid, const QString& reason);

private:
    const Database& m_db;
};

} // namespace fieldbook
