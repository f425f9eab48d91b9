#include "app/fieldwork/ChecklistResponses.h"

#include "app/fieldwork/ChecklistAnswers.h"
#include "app/fieldwork/NonNullText.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/FieldEditor.h"
#include "database/Ids.h"

#include <QCoreApplication>

namespace fieldbook {

Result<QString> ChecklistResponses::ensureResponse(qint64 itemId)
{
    Result<QVariant> existing =
        m_db.scalar(QStringLiteral("SELECT uuid FROM checklist_responses WHERE item_id = ?1"), {itemId});
    if (!existing) {
        return Result<QString>::failure(existing.error());
    }
    if (existing->isValid()) {
        return existing->toString();
    }
    Result<QVariant> auditUuid = m_db.scalar(
        QStringLiteral("SELECT a.uuid FROM checklist_items i JOIN audits a ON a.id = i.audit_id WHERE i.id = ?1"),
        {itemId});
    if (!auditUuid || !auditUuid->isValid()) {
        return Result<QString>::failure(
            QCoreApplication::translate("ChecklistResponses", "Checklist item %1 does not exist.").arg(itemId));
    }
    Transaction tx(m_db);
    const QString uuid = newUuid();
    Result<Statement> insert = m_db.prepare(QStringLiteral(
        "INSERT INTO checklist_responses (uuid, item_id, notes, answered_by, updated_at) VALUES (?1, ?2, '', ?3, ?4)"));
    if (!insert) {
        return Result<QString>::failure(insert.error());
    }
    insert->bind(1, uuid).bind(2, itemId).bindTextOrNull(3, m_db.actor()).bind(4, nowUtc());
    if (!insert->exec()) {
        return Result<QString>::failure(insert->errorMessage());
    }
    AuditTrailEntry entry;
    entry.actor = m_db.actor();
    entry.auditUuid = auditUuid->toString();
    entry.entity = QStringLiteral("checklist_responses");
    entry.entityUuid = uuid;
    entry.action = QStringLiteral("insert");
    if (Status s = AuditTrail::record(m_db, entry); !s) {
        return Result<QString>::failure(s.error());
    }
    if (Status s = tx.commit(); !s) {
        return Result<QString>::failure(s.error());
    }
    return uuid;
}

Result<QString> ChecklistResponses::setField(qint64 itemId, const QString& column, const QVariant& value)
{
    Result<QString> uuid = ensureResponse(itemId);
    if (!uuid) {
        return uuid;
    }
    Result<QVariant> previous = FieldEditor(m_db).setValue(QStringLiteral("checklist_responses"), *uuid, column, value);
    if (!previous) {
        return Result<QString>::failure(previous.error());
    }
    return previous->toString();
}

Result<QString> ChecklistResponses::setAnswer(qint64 itemId, const QString& answer)
{
    if (!ChecklistAnswers::isValid(answer)) {
        return Result<QString>::failure(
            QCoreApplication::translate("ChecklistResponses", "\"%1\" is not a checklist answer.").arg(answer));
    }
    return setField(itemId, QStringLiteral("answer"), answer.isEmpty() ? QVariant() : QVariant(answer));
}

Result<QString> ChecklistResponses::setNotes(qint64 itemId, const QString& notes)
{
    return setField(itemId, QStringLiteral("notes"), nonNullText(notes));
}

Result<QString> ChecklistResponses::field(qint64 itemId, const char* column) const
{
    Result<QVariant> v = m_db.scalar(
        QStringLiteral("SELECT %1 FROM checklist_responses WHERE item_id = ?1").arg(QLatin1String(column)), {itemId});
    if (!v) {
        return Result<QString>::failure(v.error());
    }
    return v->toString();
}

Result<QString> ChecklistResponses::answer(qint64 itemId) const
{
    return field(itemId, "answer");
}

Result<QString> ChecklistResponses::notes(qint64 itemId) const
{
    return field(itemId, "notes");
}

} // namespace fieldbook
