#pragma once

#include "database/Result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace fieldbook {

class Database;

// Answer counts of a group of questions (a section, or every question mapped to one code).
struct ComplianceCount
{
    QString group; // section title, or code id
    int compliant = 0;
    int nonCompliant = 0;
    int observation = 0;
    int notApplicable = 0;
    int notVerified = 0;
    int unanswered = 0;
    int total() const
    {
        return compliant + nonCompliant + observation + notApplicable + notVerified + unanswered;
    }
    // Share of the assessed questions (compliant, non-compliant or observation) found compliant;
    // -1 while none is assessed.
    double compliance() const
    {
        const int assessed = compliant + nonCompliant + observation;
        return assessed > 0 ? double(compliant) / assessed : -1.0;
    }
};

// One corrective action of the earlier audit a follow-up re-examines.
struct PreviousCorrectiveAction
{
    QString findingUuid;
    QString findingTitle;
    QString severity;
    QString clauses;
    QString action;
    QString responsible;
    QString dueDate;
    QString status;
};

// The figures of the findings dashboard, computed with grouped queries in the store.
class ComplianceStats
{
public:
    ComplianceStats(const Database& db, qint64 auditId) : m_db(db), m_auditId(auditId)
    {}

    Result<QList<ComplianceCount>> perSection() const;
    Result<QList<ComplianceCount>> perCode() const;
    // severity -> number of findings (withdrawn findings left out).
    Result<QMap<QString, int>> findingsBySeverity() const;
    // Empty when the audit is not a follow-up.
    Result<QList<PreviousCorrectiveAction>> previousCorrectiveActions() const;
    qint64 followUpOf() const;

private:
    Result<QList<ComplianceCount>> counts(const QString& sql) const;

    const Database& m_db;
    qint64 m_auditId;
};

} // namespace fieldbook
