#pragma once

#include "database/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fieldbook {

class Database;

struct FindingRecord
{
    qint64 id = 0;
    QString uuid;
    qint64 itemId = 0;
    QString title;
    QString description;
    QString severity; // observation | minor | major | priority | critical
    QString evidenceText;
    QString rootCause;
    QString status;      // open | closed | withdrawn
    QStringList clauses; // "code:clause"
    int correctiveActionCount = 0;
    QString createdAt;
};

// Findings of an audit: raised from a checklist question (pre-filled with its clauses and
// notes) or blank, with the code clauses they breach. Field edits go through FieldEditor;
// creations and clause changes are one transaction each with their audit-trail rows.
class FindingStore
{
public:
    explicit FindingStore(const Database& db) : m_db(db)
    {}

    // The severities of a finding, mildest first (the store's words; the one vocabulary of the app).
    static QStringList severities();
    // The same, worst first: how reports and charts list them.
    static QStringList severitiesWorstFirst();
    static bool isValidSeverity(const QString& severity);

    Result<FindingRecord> createFromQuestion(qint64 itemId);
    Result<FindingRecord> createBlank(qint64 auditId, const QString& title);
    Result<QList<FindingRecord>> list(qint64 auditId) const;
    Result<FindingRecord> finding(const QString& uuid) const;
    Status setClauses(const QString& findingUuid, const QStringList& clauses);
    Status remove(const QString& findingUuid);

private:
    Result<FindingRecord> insert(qint64 auditId, qint64 itemId, const QString& title, const QString& description,
                                 const QString& severity, const QStringList& clauses);

    const Database& m_db;
};

} // namespace fieldbook
