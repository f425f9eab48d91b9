#include "app/interviews/InterviewSuggestions.h"

#include "database/Database.h"

namespace fieldbook {

namespace {

QStringList column(const Database& db, const QString& sql, qint64 auditId)
{
    QStringList values;
    Result<Statement> s = db.prepare(sql);
    if (s) {
        s->bind(1, auditId);
        while (s->step()) {
            values << s->text(0);
        }
    }
    return values;
}

} // namespace

QStringList InterviewSuggestions::interviewers(const Database& db, qint64 auditId)
{
    return column(db, QStringLiteral("SELECT name FROM audit_team WHERE audit_id = ?1 ORDER BY name"), auditId);
}

QStringList InterviewSuggestions::departments(const Database& db, qint64 auditId)
{
    return column(db,
                  QStringLiteral("SELECT DISTINCT department FROM workers WHERE audit_id = ?1 AND "
                                 "department IS NOT NULL AND department <> '' ORDER BY 1"),
                  auditId);
}

QStringList InterviewSuggestions::registerNumbers(const Database& db, qint64 auditId)
{
    return column(db, QStringLiteral("SELECT worker_id FROM workers WHERE audit_id = ?1 ORDER BY worker_id"), auditId);
}

} // namespace fieldbook
