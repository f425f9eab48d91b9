#include "app/fieldwork/CorrectiveActionStore.h"

#include "app/fieldwork/NonNullText.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>

namespace fieldbook {

QStringList CorrectiveActionStore::statuses()
{
    return {QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("completed"),
            QStringLiteral("verified"), QStringLiteral("overdue")};
}

Result<CorrectiveAction> CorrectiveActionStore::add(qint64 findingId, const QString& action, const QString& responsible,
                                                    const QString& dueDate)
{
    Result<QVariant> auditUuid =
        m_db.scalar(QStringLiteral("SELECT a.uuid FROM findings f JOIN audits a ON a.id = f.audit_id WHERE f.id = ?1"),
                    {findingId});
    if (!auditUuid || !auditUuid->isValid()) {
        return Result<CorrectiveAction>::failure(
            QCoreApplication::translate("CorrectiveActionStore", "Finding %1 does not exist.").arg(findingId));
    }
    CorrectiveAction ca;
    ca.uuid = newUuid();
    ca.findingId = findingId;
    ca.correctiveAction = action;
    ca.responsible = responsible;
    ca.dueDate = dueDate;
    ca.status = QStringLiteral("open");
    const QString now = nowUtc();
    Transaction tx(m_db);
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("INSERT INTO corrective_actions (uuid, finding_id, corrective_action, responsible, "
                                    "due_date, status, created_at, "
                                    "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, 'open', ?6, ?6)"));
    if (!stmt) {
        return Result<CorrectiveAction>::failure(stmt.error());
    }
    stmt->bind(1, ca.uuid)
        .bind(2, findingId)
        .bind(3, nonNullText(action))
        .bind(4, nonNullText(responsible))
        .bindTextOrNull(5, dueDate)
        .bind(6, now);
    if (!stmt->exec()) {
        return Result<CorrectiveAction>::failure(stmt->errorMessage());
    }
    ca.id = m_db.lastInsertRowId();
    AuditTrailEntry entry;
    entry.actor = m_db.actor();
    entry.auditUuid = auditUuid->toString();
    entry.entity = QStringLiteral("corrective_actions");
    entry.entityUuid = ca.uuid;
    entry.action = QStringLiteral("insert");
    entry.field = QStringLiteral("corrective_action");
    entry.newValue = action;
    if (Status s = AuditTrail::record(m_db, entry); !s) {
        return Result<CorrectiveAction>::failure(s.error());
    }
    if (Status s = tx.commit(); !s) {
        return Result<CorrectiveAction>::failure(s.error());
    }
    return ca;
}

Result<QList<CorrectiveAction>> CorrectiveActionStore::list(qint64 findingId) const
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("SELECT id, uuid, finding_id, corrective_action, preventive_action, responsible, "
                                    "coalesce(due_date, ''), status, "
                                    "verification_notes FROM corrective_actions WHERE finding_id = ?1 ORDER BY id"));
    if (!stmt) {
        return Result<QList<CorrectiveAction>>::failure(stmt.error());
    }
    stmt->bind(1, findingId);
    QList<CorrectiveAction> list;
    while (stmt->step()) {
        CorrectiveAction ca;
        ca.id = stmt->int64(0);
        ca.uuid = stmt->text(1);
        ca.findingId = stmt->int64(2);
        ca.correctiveAction = stmt->text(3);
        ca.preventiveAction = stmt->text(4);
        ca.responsible = stmt->text(5);
        ca.dueDate = stmt->text(6);
        ca.status = stmt->text(7);
        ca.verificationNotes = stmt->text(8);
        list << ca;
    }
    if (stmt->hasError()) {
        return Result<QList<CorrectiveAction>>::failure(stmt->errorMessage());
    }
    return list;
}

Status CorrectiveActionStore::remove(const QString& uuid)
{
    Result<QVariant> auditUuid =
        m_db.scalar(QStringLiteral("SELECT a.uuid FROM corrective_actions c JOIN findings f ON f.id = c.finding_id "
                                   "JOIN audits a ON a.id = f.audit_id WHERE c.uuid = ?1"),
                    {uuid});
    if (!auditUuid || !auditUuid->isValid()) {
        return Status::failure(
            QCoreApplication::translate("CorrectiveActionStore", "Corrective action %1 does not exist.").arg(uuid));
    }
    Transaction tx(m_db);
    Result<Statement> del = m_db.prepare(QStringLiteral("DELETE FROM corrective_actions WHERE uuid = ?1"));
    if (!del) {
        return Status::failure(del.error());
    }
    del->bind(1, uuid);
    if (!del->exec()) {
        return Status::failure(del->errorMessage());
    }
    AuditTrailEntry entry;
    entry.actor = m_db.actor();
    entry.auditUuid = auditUuid->toString();
    entry.entity = QStringLiteral("corrective_actions");
    entry.entityUuid = uuid;
    entry.action = QStringLiteral("delete");
    if (Status s = AuditTrail::record(m_db, entry); !s) {
        return s;
    }
    return tx.commit();
}

} // namespace fieldbook
