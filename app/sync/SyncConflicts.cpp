#include "app/sync/SyncConflicts.h"
#include "app/core/PersonalDataProtector.h"
#include "app/sync/AuditTables.h"
#include "app/sync/PersonalValueCodec.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <algorithm>

namespace fieldbook {

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names (see AuditPackage.cpp).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sync)
};

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.uuid, c.entity, c.entity_uuid, c.field, c.local_value, c.incoming_value, c.personal, "
    "coalesce(p.signer, p.signer_key_id), p.signed_at, c.created_at, c.resolution, c.resolved_by, c.resolved_at, "
    "c.local_by, c.local_at "
    "FROM sync_conflicts c LEFT JOIN package_imports p ON p.id = c.package_id ");

SyncConflict readConflict(const Statement& s)
{
    SyncConflict c;
    c.id = s.int64(0);
    c.uuid = s.text(1);
    c.entity = s.text(2);
    c.entityUuid = s.text(3);
    c.field = s.text(4);
    c.localValue = s.value(5);
    c.incomingValue = s.value(6);
    c.personal = s.integer(7) != 0;
    c.incomingBy = s.text(8);
    c.incomingAt = s.text(9);
    c.createdAt = s.text(10);
    c.resolution = s.text(11);
    c.resolvedBy = s.text(12);
    c.resolvedAt = s.text(13);
    c.localBy = s.text(14);
    c.localAt = s.text(15);
    return c;
}

bool knownColumn(const Database& db, const QString& table, const QString& column)
{
    bool tableListed = false;
    for (const AuditTable& t : auditTables()) {
        tableListed |= t.name == table && t.hasUuid;
    }
    if (!tableListed) {
        return false;
    }
    Result<QVariant> n =
        db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info(?1) WHERE name = ?2"), {table, column});
    return n && n->toInt() == 1;
}

} // namespace

Result<QList<SyncConflict>> SyncConflicts::list(const Database& db, const QString& auditUuid, bool includeResolved)
{
    Result<Statement> s =
        db.prepare(kSelect + QStringLiteral("WHERE c.audit_id = (SELECT id FROM audits WHERE uuid = "
                                            "?1) %1 ORDER BY c.id")
                                 .arg(includeResolved ? QString() : QStringLiteral("AND c.resolution IS NULL")));
    if (!s) {
        return Result<QList<SyncConflict>>::failure(s.error());
    }
    s->bind(1, auditUuid);
    QList<SyncConflict> conflicts;
    while (s->step()) {
        conflicts.append(readConflict(s.value()));
    }
    if (s->hasError()) {
        return Result<QList<SyncConflict>>::failure(s->errorMessage());
    }
    return conflicts;
}

Result<SyncConflict> SyncConflicts::find(const Database& db, const QString& idOrUuid)
{
    Result<Statement> s = db.prepare(kSelect + QStringLiteral("WHERE c.uuid = ?1 OR c.id = ?2"));
    if (!s) {
        return Result<SyncConflict>::failure(s.error());
    }
    bool isNumber = false;
    const qint64 id = idOrUuid.toLongLong(&isNumber);
    s->bind(1, idOrUuid).bind(2, isNumber ? id : qint64(-1));
    if (!s->step()) {
        return Result<SyncConflict>::failure(Tr::tr("No sync conflict %1 in this store.").arg(idOrUuid));
    }
    return readConflict(s.value());
}

Status SyncConflicts::resolve(const Database& db, const QString& idOrUuid, ConflictChoice choice)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        return Status::failure(tx.error());
    }
    Result<SyncConflict> found = find(db, idOrUuid);
    if (!found) {
        return Status::failure(found.error());
    }
    const SyncConflict& c = found.value();
    if (!c.resolution.isEmpty()) {
        return Status::failure(Tr::tr("Conflict %1 is resolved already (%2).").arg(c.id).arg(c.resolution));
    }
    const bool rowDeleted = c.field == kRowDeletedField;
    if (!rowDeleted && !knownColumn(db, c.entity, c.field)) {
        return Status::failure(
            Tr::tr("Conflict %1 names %2.%3, which this store does not have.").arg(c.id).arg(c.entity, c.field));
    }
    // A conflict belongs to one audit and changes nothing outside it: the row must be a row of
    // that audit here (docs/security.md, Package boundary).
    Result<Statement> owner = db.prepare(
        QStringLiteral("SELECT a.uuid, a.id FROM sync_conflicts c JOIN audits a ON a.id = c.audit_id WHERE c.id = ?1"));
    if (!owner) {
        return Status::failure(owner.error());
    }
    owner->bind(1, c.id);
    if (!owner->step()) {
        return Status::failure(Tr::tr("Conflict %1 belongs to no audit of this store: refused.").arg(c.id));
    }
    const QString audit = owner->text(0);
    const qint64 auditId = owner->int64(1);
    const auto table = std::find_if(auditTables().cbegin(), auditTables().cend(),
                                    [&](const AuditTable& t) { return t.name == c.entity; });
    const bool fieldAllowed =
        table != auditTables().cend() && table->hasUuid &&
        (rowDeleted ? c.entity != QLatin1String("audits") && c.entity != QLatin1String("facilities")
                    : !table->refs.contains(c.field) && !table->excluded.contains(c.field) &&
                          c.field != QLatin1String("id") && c.field != QLatin1String("uuid"));
    if (!fieldAllowed) {
        return Status::failure(Tr::tr("Conflict %1 names %2.%3, which a package may not change: refused.")
                                   .arg(c.id)
                                   .arg(c.entity, c.field));
    }
    Result<QVariant> inAudit = db.scalar(
        QStringLiteral("SELECT count(*) FROM (%1) WHERE uuid = ?2").arg(table->rowsOfAudit), {auditId, c.entityUuid});
    if (!inAudit || inAudit->toInt() != 1) {
        return Status::failure(Tr::tr("Conflict %1: the %2 row %3 is not a row of the conflict's audit %4: refused.")
                                   .arg(c.id)
                                   .arg(c.entity, c.entityUuid, audit));
    }
    const QString now = nowUtc();
    if (choice == ConflictChoice::TakeIncoming && rowDeleted) {
        // The package's author deleted the row: delete it here too (cascades to the rows under it;
        // the tombstone trigger remembers it, so no older package brings it back).
        Result<Statement> del = db.prepare(QStringLiteral("DELETE FROM %1 WHERE uuid = ?1").arg(c.entity));
        if (!del) {
            return Status::failure(del.error());
        }
        del->bind(1, c.entityUuid);
        if (!del->exec()) {
            return Status::failure(del->errorMessage());
        }
        if (Status s = AuditTrail::record(
                db, {0, now, {}, audit, c.entity, c.entityUuid, QStringLiteral("delete"), {}, {}, {}});
            !s) {
            return s;
        }
    } else if (choice == ConflictChoice::TakeIncoming) {
        Result<QVariant> current =
            db.scalar(QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?1").arg(c.field, c.entity), {c.entityUuid});
        if (!current || !current->isValid()) {
            return Status::failure(
                Tr::tr("Conflict %1: the %2 row %3 is no longer in this store.").arg(c.id).arg(c.entity, c.entityUuid));
        }
        const QVariant incoming = c.personal && !c.incomingValue.isNull()
                                      ? QVariant(QByteArray::fromBase64(c.incomingValue.toString().toLatin1()))
                                      : c.incomingValue;
        Result<QVariant> hasUpdatedAt = db.scalar(
            QStringLiteral("SELECT count(*) FROM pragma_table_info(?1) WHERE name = 'updated_at'"), {c.entity});
        const bool touch = hasUpdatedAt && hasUpdatedAt->toInt() == 1;
        Result<Statement> update =
            db.prepare(QStringLiteral("UPDATE %1 SET %2 = ?1%3 WHERE uuid = ?2")
                           .arg(c.entity, c.field, touch ? QStringLiteral(", updated_at = ?3") : QString()));
        if (!update) {
            return Status::failure(update.error());
        }
        update->bindVariant(1, incoming).bind(2, c.entityUuid);
        if (touch) {
            update->bind(3, now);
        }
        if (!update->exec()) {
            return Status::failure(update->errorMessage());
        }
        // Personal values are blobs: the trail records "<N bytes>", never the value.
        if (Status s = AuditTrail::record(db, {0,
                                               now,
                                               {},
                                               audit,
                                               c.entity,
                                               c.entityUuid,
                                               QStringLiteral("update"),
                                               c.field,
                                               current.value(),
                                               incoming});
            !s) {
            return s;
        }
    }
    const QString resolution =
        choice == ConflictChoice::TakeIncoming ? QStringLiteral("took_incoming") : QStringLiteral("kept_local");
    const QString actor = db.actor().isEmpty() ? QStringLiteral("unknown") : db.actor();
    Result<Statement> mark = db.prepare(
        QStringLiteral("UPDATE sync_conflicts SET resolution = ?1, resolved_at = ?2, resolved_by = ?3 WHERE id = ?4"));
    if (!mark) {
        return Status::failure(mark.error());
    }
    mark->bind(1, resolution).bind(2, now).bind(3, actor).bind(4, c.id);
    if (!mark->exec()) {
        return Status::failure(mark->errorMessage());
    }
    if (Status s = AuditTrail::record(db, {0,
                                           now,
                                           actor,
                                           audit,
                                           QStringLiteral("sync_conflicts"),
                                           c.uuid,
                                           QStringLiteral("update"),
                                           QStringLiteral("resolution"),
                                           {},
                                           resolution});
        !s) {
        return s;
    }
    return tx.commit();
}

QString SyncConflicts::displayValue(const SyncConflict& conflict, bool incoming, const PersonalDataProtector* protector)
{
    const QVariant value = incoming ? conflict.incomingValue : conflict.localValue;
    if (value.isNull()) {
        return Tr::tr("(empty)");
    }
    if (!conflict.personal) {
        return value.toString();
    }
    const QByteArray stored = QByteArray::fromBase64(value.toString().toLatin1());
    if (protector && protector->isUnlocked() && !PersonalValueCodec::isKeptSealed(stored)) {
        if (std::optional<QString> plain = protector->open(stored)) {
            return *plain;
        }
    }
    return Tr::tr("(personal data, locked)");
}

} // namespace fieldbook
