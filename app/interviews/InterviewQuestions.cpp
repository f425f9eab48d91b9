#include "app/interviews/InterviewQuestions.h"

#include "database/Database.h"

#include <QCoreApplication>

namespace fieldbook {

namespace {
// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// named Tr::tr() would file these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InterviewQuestions)
};

bool clauseIn(const QString& clause, const QString& prefix)
{
    return clause == prefix || clause.startsWith(prefix + QLatin1Char('.'));
}
} // namespace

QString InterviewQuestions::methodOf(const QString& kind)
{
    return kind == QLatin1String("management") ? QStringLiteral("management_interview")
                                               : QStringLiteral("worker_interview");
}

bool InterviewQuestions::isPayOrHours(const QString& topic, const QStringList& clauses)
{
    if (topic == QLatin1String("working_hours") || topic == QLatin1String("wages")) {
        return true;
    }
    static const QStringList prefixes = {QStringLiteral("sa8000:7"), QStringLiteral("sa8000:8"),
                                         QStringLiteral("rba:A3"),   QStringLiteral("rba:A4"),
                                         QStringLiteral("wrap:5"),   QStringLiteral("wrap:6")};
    for (const QString& clause : clauses) {
        for (const QString& prefix : prefixes) {
            if (clauseIn(clause, prefix)) {
                return true;
            }
        }
    }
    return false;
}

bool InterviewQuestions::isPayOrHours(const Database& db, const QString& questionKey, qint64 auditId)
{
    Result<Statement> q = db.prepare(
        QStringLiteral("SELECT coalesce(i.topic, ''), (SELECT group_concat(clause, char(10)) FROM "
                       "checklist_item_clauses c WHERE c.item_id = i.id) FROM checklist_items i WHERE i.audit_id = ?1 "
                       "AND i.question_key = ?2"));
    if (!q) {
        return false;
    }
    q->bind(1, auditId).bind(2, questionKey);
    if (!q->step()) {
        return false;
    }
    return isPayOrHours(q->text(0), q->text(1).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
}

Result<QList<InterviewQuestion>> InterviewQuestions::forAudit(const Database& db, qint64 auditId, const QString& kind,
                                                              bool group)
{
    using R = Result<QList<InterviewQuestion>>;
    Result<Statement> q = db.prepare(QStringLiteral(
        "SELECT i.id, i.question_key, i.section, i.question, i.guidance, coalesce(i.topic, ''), "
        "(SELECT group_concat(clause, char(10)) FROM (SELECT clause FROM checklist_item_clauses c WHERE "
        "c.item_id = i.id ORDER BY clause)) FROM checklist_items i WHERE i.audit_id = ?1 AND i.applicable = 1 "
        "AND EXISTS (SELECT 1 FROM json_each(i.methods_json) m WHERE m.value = ?2) ORDER BY i.sort_order"));
    if (!q) {
        return R::failure(Tr::tr("Could not read the interview questions: %1").arg(q.error()));
    }
    q->bind(1, auditId).bind(2, methodOf(kind));
    QList<InterviewQuestion> questions;
    while (q->step()) {
        InterviewQuestion question;
        question.itemId = q->int64(0);
        question.questionKey = q->text(1);
        question.section = q->text(2);
        question.question = q->text(3);
        question.guidance = q->text(4);
        question.topic = q->text(5);
        question.clauses = q->text(6).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        question.payOrHours = isPayOrHours(question.topic, question.clauses);
        if (!(group && question.payOrHours)) {
            questions.append(question);
        }
    }
    if (q->hasError()) {
        return R::failure(Tr::tr("Could not read the interview questions: %1").arg(q->errorMessage()));
    }
    return questions;
}

} // namespace fieldbook
