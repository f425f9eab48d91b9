#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

namespace fieldbook {

namespace {

// Personal data never enters the trail in clear: the trail records that it changed, not to what.
QVariant trailValue(const QVariant& value)
{
    if (value.typeId() == QMetaType::QByteArray) {
        return QStringLiteral("<%1 bytes>").arg(value.toByteArray().size());
    }
    return value;
}

Result<QList<AuditTrailEntry>> query(const Database& db, const QString& where, const QString& key)
{
    Result<Statement> stmt = db.prepare(
        QStringLiteral("SELECT id, at, actor, audit_uuid, entity, entity_uuid, action, field, old_value, new_value "
                       "FROM audit_trail WHERE %1 = ?1 ORDER BY id")
            .arg(where));
    if (!stmt) {
        return Result<QList<AuditTrailEntry>>::failure(stmt.error());
    }
    stmt->bind(1, key);
    QList<AuditTrailEntry> entries;
    while (stmt->step()) {
        entries.append({stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4), stmt->text(5),
                        stmt->text(6), stmt->text(7), stmt->value(8), stmt->value(9)});
    }
    if (stmt->hasError()) {
        return Result<QList<AuditTrailEntry>>::failure(stmt->errorMessage());
    }
    return entries;
}

} // namespace

Status AuditTrail::record(const Database& db, const AuditTrailEntry& entry)
{
    Result<Statement> stmt = db.prepare(
        QStringLiteral("INSERT INTO audit_trail (at, actor, audit_uuid, entity, entity_uuid, action, field, old_value, "
                       "new_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    if (!stmt) {
        return Status::failure(stmt.error());
    }
    const QString actor = !entry.actor.isEmpty() ? entry.actor : (!db.actor().isEmpty() ? db.actor() : QStringLiteral("unknown"));
    stmt->bind(1, entry.at.isEmpty() ? nowUtc() : entry.at)
        .bind(2, actor)
        .bindTextOrNull(3, entry.auditUuid)
        .bind(4, entry.entity)
        .bind(5, entry.entityUuid)
        .bind(6, entry.action)
        .bindTextOrNull(7, entry.field)
        .bindVariant(8, trailValue(entry.oldValue))
        .bindVariant(9, trailValue(entry.newValue));
    if (!stmt->exec()) {
        return Status::failure(stmt->errorMessage());
    }
    return Status::success();
}

Result<QList<AuditTrailEntry>> AuditTrail::forAudit(const Database& db, const QString& auditUuid)
{
    return query(db, QStringLiteral("audit_uuid"), auditUuid);
}

Result<QList<AuditTrailEntry>> AuditTrail::forEntity(const Database& db, const QString& entityUuid)
{
    return query(db, QStringLiteral("entity_uuid"), entityUuid);
}

} // namespace fieldbook
