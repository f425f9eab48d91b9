#include "app/fieldwork/AuditTeamStore.h"

#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>

namespace fieldbook {

Result<TeamMember> AuditTeamStore::add(qint64 auditId, const QString& name, const QString& role)
{
    Result<QVariant> auditUuid = m_db.scalar(QStringLiteral("SELECT uuid FROM audits WHERE id = ?1"), {auditId});
    if (!auditUuid || !auditUuid->isValid()) {
        return Result<TeamMember>::failure(
            QCoreApplication::translate("AuditTeamStore", "Audit %1 does not exist.").arg(auditId));
    }
    TeamMember m;
    m.uuid = newUuid();
    m.name = name;
    m.role = role;
    Transaction tx(m_db);
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("INSERT INTO audit_team (uuid, audit_id, name, role, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!stmt) {
        return Result<TeamMember>::failure(stmt.error());
    }
    stmt->bind(1, m.uuid).bind(2, auditId).bind(3, name).bind(4, role).bind(5, nowUtc());
    if (!stmt->exec()) {
        return Result<TeamMember>::failure(stmt->errorMessage());
    }
    AuditTrailEntry entry;
    entry.actor = m_db.actor();
    entry.auditUuid = auditUuid->toString();
    entry.entity = QStringLiteral("audit_team");
    entry.entityUuid = m.uuid;
    entry.action = QStringLiteral("insert");
    entry.field = QStringLiteral("name");
    entry.newValue = name;
    if (Status s = AuditTrail::record(m_db, entry); !s) {
        return Result<TeamMember>::failure(s.error());
    }
    if (Status s = tx.commit(); !s) {
        return Result<TeamMember>::failure(s.error());
    }
    return m;
}

Result<QList<TeamMember>> AuditTeamStore::list(qint64 auditId) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "SELECT uuid, name, role, coalesce(gender, ''), coalesce(years_experience, 0), visited_before FROM audit_team "
        "WHERE audit_id = ?1 ORDER BY id"));
    if (!stmt) {
        return Result<QList<TeamMember>>::failure(stmt.error());
    }
    stmt->bind(1, auditId);
    QList<TeamMember> list;
    while (stmt->step()) {
        TeamMember m;
        m.uuid = stmt->text(0);
        m.name = stmt->text(1);
        m.role = stmt->text(2);
        m.gender = stmt->text(3);
        m.yearsExperience = stmt->integer(4);
        m.visitedBefore = stmt->integer(5) != 0;
        list << m;
    }
    if (stmt->hasError()) {
        return Result<QList<TeamMember>>::failure(stmt->errorMessage());
    }
    return list;
}

Status AuditTeamStore::remove(const QString& uuid)
{
    Result<QVariant> auditUuid = m_db.scalar(
        QStringLiteral("SELECT a.uuid FROM audit_team t JOIN audits a ON a.id = t.audit_id WHERE t.uuid = ?1"), {uuid});
    if (!auditUuid || !auditUuid->isValid()) {
        return Status::failure(
            QCoreApplication::translate("AuditTeamStore", "Team member %1 does not exist.").arg(uuid));
    }
    Transaction tx(m_db);
    Result<Statement> del = m_db.prepare(QStringLiteral("DELETE FROM audit_team WHERE uuid = ?1"));
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
    entry.entity = QStringLiteral("audit_team");
    entry.entityUuid = uuid;
    entry.action = QStringLiteral("delete");
    if (Status s = AuditTrail::record(m_db, entry); !s) {
        return s;
    }
    return tx.commit();
}

} // namespace fieldbook
