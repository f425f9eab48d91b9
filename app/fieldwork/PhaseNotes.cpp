#include "app/fieldwork/PhaseNotes.h"

#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>

namespace fieldbook {

Result<QString> PhaseNotes::ensure(qint64 auditId, AuditPhase phase)
{
    Result<QVariant> existing =
        m_db.scalar(QStringLiteral("SELECT uuid FROM phase_notes WHERE audit_id = ?1 AND phase = ?2"),
                    {auditId, auditPhaseId(phase)});
    if (!existing) {
        return Result<QString>::failure(existing.error());
    }
    if (existing->isValid()) {
        return existing->toString();
    }
    Result<QVariant> auditUuid = m_db.scalar(QStringLiteral("SELECT uuid FROM audits WHERE id = ?1"), {auditId});
    if (!auditUuid || !auditUuid->isValid()) {
        return Result<QString>::failure(
            QCoreApplication::translate("PhaseNotes", "Audit %1 does not exist.").arg(auditId));
    }
    const QString uuid = newUuid();
    Transaction tx(m_db);
    Result<Statement> insert = m_db.prepare(
        QStringLiteral("INSERT INTO phase_notes (uuid, audit_id, phase, updated_at) VALUES (?1, ?2, ?3, ?4)"));
    if (!insert) {
        return Result<QString>::failure(insert.error());
    }
    insert->bind(1, uuid).bind(2, auditId).bind(3, auditPhaseId(phase)).bind(4, nowUtc());
    if (!insert->exec()) {
        return Result<QString>::failure(insert->errorMessage());
    }
    AuditTrailEntry entry;
    entry.actor = m_db.actor();
    entry.auditUuid = auditUuid->toString();
    entry.entity = QStringLiteral("phase_notes");
    entry.entityUuid = uuid;
    entry.action = QStringLiteral("insert");
    entry.field = QStringLiteral("phase");
    entry.newValue = auditPhaseId(phase);
    if (Status s = AuditTrail::record(m_db, entry); !s) {
        return Result<QString>::failure(s.error());
    }
    if (Status s = tx.commit(); !s) {
        return Result<QString>::failure(s.error());
    }
    return uuid;
}

} // namespace fieldbook
