#pragma once

#include "database/Result.h"

#include <QList>
#include <QString>

namespace fieldbook {

class Database;

struct CorrectiveAction
{
    qint64 id = 0;
    QString uuid;
    qint64 findingId = 0;
    QString correctiveAction;
    QString preventiveAction;
    QString responsible;
    QString dueDate; // YYYY-MM-DD
    QString status;  // open | in_progress | completed | verified | overdue
    QString verificationNotes;
};

// The corrective-action plan (CAP) of each finding. Adding is one transaction with its
// audit-trail row; field edits go through FieldEditor (table corrective_actions).
class CorrectiveActionStore
{
public:
    explicit CorrectiveActionStore(const Database& db) : m_db(db)
    {}

    static QStringList statuses();

    Result<CorrectiveAction> add(qint64 findingId, const QString& action = {}, const QString& responsible = {},
                                 const QString& dueDate = {});
    Result<QList<CorrectiveAction>> list(qint64 findingId) const;
    Status remove(const QString& uuid);

private:
    const Database& m_db;
};

} // namespace fieldbook
