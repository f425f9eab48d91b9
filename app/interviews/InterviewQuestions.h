#pragma once

#include "database/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fieldbook {

class Database;

struct InterviewQuestion
{
    qint64 itemId = 0;
    QString questionKey; // checklist_items.question_key: the key of interview_answers
    QString section;
    QString question;
    QString guidance;
    QString topic;
    QStringList clauses;
    bool payOrHours = false; // never asked in a group interview
};

// The questions of an interview form: the audit's applicable checklist questions verified by
// worker interview (worker form) or management interview (management form), in checklist order.
class InterviewQuestions
{
public:
    // kind: "worker" or "management". Group interviews leave out pay and hours questions.
    static Result<QList<InterviewQuestion>> forAudit(const Database& db, qint64 auditId, const QString& kind,
                                                     bool group = false);
    // Working hours and wages: SA8000 7 and 8, RBA A3 and A4, WRAP 5 and 6, or the catalog topics.
    static bool isPayOrHours(const QString& topic, const QStringList& clauses);
    static bool isPayOrHours(const Database& db, const QString& questionKey, qint64 auditId);
    static QString methodOf(const QString& kind); // worker_interview | management_interview
};

} // namespace fieldbook
