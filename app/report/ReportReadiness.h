#pragma once

#include "database/Result.h"

#include <QString>
#include <QStringList>

namespace fieldbook {

class Database;

// What an audit's report will contain and whether the audit is ready to be reported: the one
// answer the Report page shows and `fieldbook-cli report` warns with. Read from the store with a
// few counting queries (fast enough to refresh after every edit).
struct ReportReadiness
{
    qint64 applicableQuestions = 0;
    qint64 answeredQuestions = 0; // applicable questions with an answer
    qint64 findings = 0;          // not withdrawn
    qint64 correctiveActions = 0;
    qint64 interviews = 0;
    qint64 evidenceFiles = 0;
    qint64 openFlags = 0;        // current analysis flags neither confirmed nor dismissed
    bool auditCompleted = false; // status completed, submitted or archived

    static Result<ReportReadiness> read(const Database& db, qint64 auditId);
    static Result<ReportReadiness> read(const Database& db, const QString& auditUuid);

    qint64 unansweredQuestions() const
    {
        return applicableQuestions - answeredQuestions;
    }
    // Nothing left to do before reporting: every applicable question answered, every flag decided.
    bool ready() const
    {
        return unansweredQuestions() <= 0 && openFlags <= 0;
    }

    // "Checklist questions answered: …", "Findings: …", "Interviews: …" (interface language;
    // "label: number" lines read well in every language without plural forms).
    QStringList contents() const;
    // What is left before reporting ("unanswered questions: 3 — analysis flags not yet confirmed
    // or dismissed: 1"); empty when ready().
    QString blockers() const;
    // "Before reporting:", the heading of blockers().
    static QString blockersHeading();
    // blockersHeading() and blockers() in one line of plain text; empty when ready().
    QString warning() const;
};

} // namespace fieldbook
