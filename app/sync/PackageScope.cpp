#include "app/sync/PackageScope.h"
#include "app/sync/AuditTables.h"
#include "app/sync/PackageValues.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace fieldbook {

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// would put these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Package)
};

// The column that ties a row to its parent on the way up to `audits` (empty: facilities, the
// audit itself and the trail, which are checked on their own).
QString linkColumn(const AuditTable& t)
{
    if (t.name == QLatin1String("audits") || t.name == QLatin1String("facilities") ||
        t.name == QLatin1String("audit_trail")) {
        return {};
    }
    if (t.refs.contains(QStringLiteral("audit_id"))) {
        return QStringLiteral("audit_id");
    }
    if (t.name == QLatin1String("interview_answers")) {
        return QStringLiteral("interview_id");
    }
    return t.refs.size() == 1 ? t.refs.constBegin().key() : QString();
}

bool hasControlCharacters(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

QDateTime parseTime(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// A trail entry may be dated up to a day after the package's signed timestamp and up to a week
// before its audit was created: a team audit's trail holds entries made on several laptops,
// whose clocks differ (docs/security.md, Package boundary).
constexpr qint64 kTrailClockSkewSeconds = 86400;
constexpr qint64 kTrailBeforeAuditSeconds = 7 * 86400;

} // namespace

Result<PackageScope> checkPackageScope(const Database& db, const QString& path, const QJsonObject& audit,
                                       const QJsonObject& meta, const QDateTime& signedAt)
{
    using R = Result<PackageScope>;
    auto refuse = [&](const QString& why) {
        return R::failure(Tr::tr("%1: refused, nothing was imported: %2").arg(path, why));
    };
    const QString auditUuid = audit.value(QStringLiteral("audit_uuid")).toString();
    if (auditUuid.isEmpty()) {
        return refuse(Tr::tr("audit.json names no audit"));
    }
    if (meta.value(QStringLiteral("audit_uuid")).toString() != auditUuid) {
        return refuse(Tr::tr("the manifest names audit %1 and audit.json audit %2")
                          .arg(meta.value(QStringLiteral("audit_uuid")).toString(), auditUuid));
    }
    const QJsonObject tables = audit.value(QStringLiteral("tables")).toObject();
    QHash<QString, const AuditTable*> known;
    for (const AuditTable& t : auditTables()) {
        known.insert(t.name, &t);
    }
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            return refuse(Tr::tr("unknown table %1").arg(it.key()));
        }
        if (!it.value().isArray()) {
            return refuse(Tr::tr("table %1 is not a list of rows").arg(it.key()));
        }
        int n = 0;
        for (const QJsonValue& v : it.value().toArray()) {
            ++n;
            if (!v.isObject()) {
                return refuse(Tr::tr("table %1, row %2 is not an object").arg(it.key()).arg(n));
            }
        }
    }
    const QJsonArray audits = tables.value(QStringLiteral("audits")).toArray();
    if (audits.size() != 1 || audits.first().toObject().value(QStringLiteral("uuid")).toString() != auditUuid) {
        return refuse(Tr::tr("table audits must hold exactly one row, the package's audit %1").arg(auditUuid));
    }
    const QJsonObject auditRow = audits.first().toObject();
    const QString facilityUuid = auditRow.value(QStringLiteral("facility_id")).toString();
    const QJsonArray facilities = tables.value(QStringLiteral("facilities")).toArray();
    if (facilities.size() != 1 ||
        facilities.first().toObject().value(QStringLiteral("uuid")).toString() != facilityUuid) {
        return refuse(Tr::tr("table facilities must hold exactly one row, the audit's facility %1").arg(facilityUuid));
    }

    // This audit here, if the store has it, and the uuids of its rows, table by table.
    Result<QVariant> localAudit = db.scalar(QStringLiteral("SELECT id FROM audits WHERE uuid = ?1"), {auditUuid});
    const bool auditHere = localAudit && localAudit->isValid() && !localAudit->isNull();
    QDateTime auditCreated;
    QHash<QString, QSet<QString>> ours;
    if (auditHere) {
        Result<QVariant> created =
            db.scalar(QStringLiteral("SELECT created_at FROM audits WHERE id = ?1"), {localAudit.value()});
        auditCreated = created ? parseTime(created->toString()) : QDateTime();
        for (const AuditTable& t : auditTables()) {
            if (!t.hasUuid) {
                continue;
            }
            Result<Statement> s = db.prepare(t.rowsOfAudit);
            if (!s) {
                return R::failure(s.error());
            }
            s->bind(1, localAudit->toLongLong());
            int uuidColumn = -1;
            while (s->step()) {
                if (uuidColumn < 0) {
                    for (int c = 0; c < s->columnCount(); ++c) {
                        uuidColumn = s->columnName(c) == QLatin1String("uuid") ? c : uuidColumn;
                    }
                }
                ours[t.name].insert(s->text(uuidColumn));
            }
        }
    } else {
        Result<QVariant> deleted = db.scalar(
            QStringLiteral("SELECT deleted_at FROM deleted_rows WHERE entity = 'audits' AND entity_uuid = ?1"),
            {auditUuid});
        if (deleted && deleted->isValid() && !deleted->isNull()) {
            return refuse(Tr::tr("audit %1 was deleted in this store (%2); an older package does not bring it back")
                              .arg(auditUuid, deleted->toString()));
        }
        auditCreated = parseTime(auditRow.value(QStringLiteral("created_at")).toString());
    }
    auto existsHere = [&](const QString& table, const QString& uuid) -> bool {
        Result<QVariant> id = db.scalar(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?1").arg(table), {uuid});
        return id && id->isValid() && !id->isNull();
    };
    // Deleted in this store as a row of this audit (or by a cascade, which leaves the audit unknown).
    // A tombstone another audit's package brought is not one: else any signed package could name
    // the uuids of another audit's rows in its "deleted" list and keep them out of every later
    // import of that audit.
    auto deletedHere = [&](const QString& table, const QString& uuid) -> bool {
        Result<QVariant> d = db.scalar(QStringLiteral("SELECT count(*) FROM deleted_rows WHERE entity = ?1 AND "
                                                      "entity_uuid = ?2 AND (audit_uuid = ?3 OR audit_uuid IS NULL)"),
                                       {table, uuid, auditUuid});
        return d && d->toInt() > 0;
    };
    // A row of another audit (or, for the facility, of another facility than this audit's here).
    auto foreignHere = [&](const QString& table, const QString& uuid) -> bool {
        if (!existsHere(table, uuid) || ours.value(table).contains(uuid)) {
            return false;
        }
        return auditHere || table != QLatin1String("facilities"); // a new audit may be of a known facility
    };

    PackageScope scope;
    QHash<QString, QSet<QString>> inPackage; // table -> uuids of the package's rows that are merged
    for (const AuditTable& t : auditTables()) {
        const QJsonArray rows = tables.value(t.name).toArray();
        const QString link = linkColumn(t);
        int n = 0;
        for (const QJsonValue& value : rows) {
            ++n;
            const QJsonObject row = value.toObject();
            const QString uuid = row.value(QStringLiteral("uuid")).toString();
            const QString where = t.hasUuid ? Tr::tr("table %1, row %2 (uuid %3)").arg(t.name).arg(n).arg(uuid)
                                            : Tr::tr("table %1, row %2").arg(t.name).arg(n);
            if (row.contains(QStringLiteral("id"))) {
                return refuse(Tr::tr("%1 carries a local id (column id); packages never do").arg(where));
            }
            for (const QString& column : t.excluded) {
                if (row.contains(column)) {
                    return refuse(Tr::tr("%1 carries column %2, which packages never carry").arg(where, column));
                }
            }
            if (t.hasUuid) {
                if (!row.value(QStringLiteral("uuid")).isString() || uuid.isEmpty()) {
                    return refuse(Tr::tr("%1 has no uuid").arg(where));
                }
                if (inPackage.value(t.name).contains(uuid) ||
                    scope.skipped.contains(t.name + QLatin1Char('/') + uuid)) {
                    return refuse(Tr::tr("%1 appears twice").arg(where));
                }
            }
            bool linkSkipped = false;
            for (auto r = t.refs.constBegin(); r != t.refs.constEnd(); ++r) {
                const QJsonValue ref = row.value(r.key());
                if (ref.isNull() || ref.isUndefined()) {
                    continue;
                }
                if (!ref.isString()) {
                    return refuse(Tr::tr("%1: %2 is not a uuid").arg(where, r.key()));
                }
                if (scope.skipped.contains(r.value() + QLatin1Char('/') + ref.toString())) {
                    linkSkipped |= r.key() == link; // its parent was deleted here: so is the row
                    continue;
                }
                if (!inPackage.value(r.value()).contains(ref.toString())) {
                    return refuse(Tr::tr("%1: %2 points at %3 %4, which is not a row of this package's audit")
                                      .arg(where, r.key(), r.value(), ref.toString()));
                }
            }
            if (!link.isEmpty()) {
                const QJsonValue parent = row.value(link);
                if (parent.isNull() || parent.isUndefined()) {
                    return refuse(Tr::tr("%1 does not say which %2 it belongs to (%3 is empty)")
                                      .arg(where, t.refs.value(link), link));
                }
            }
            if (t.name == QLatin1String("audit_trail")) {
                // The trail is the signer's account of what happened to this audit: its own entries
                // only, by a named actor, dated while the audit existed and before the signature.
                const QString entryAudit = row.value(QStringLiteral("audit_uuid")).toString();
                if (entryAudit != auditUuid) {
                    return refuse(Tr::tr("%1 is an entry of audit %2, not of the package's audit")
                                      .arg(where, entryAudit.isEmpty() ? Tr::tr("(none)") : entryAudit));
                }
                const QJsonValue actor = row.value(QStringLiteral("actor"));
                if (!actor.isString() || actor.toString().trimmed().isEmpty() || actor.toString().size() > 200 ||
                    hasControlCharacters(actor.toString())) {
                    return refuse(Tr::tr("%1: the actor is empty, too long or has control characters").arg(where));
                }
                const QDateTime at = parseTime(row.value(QStringLiteral("at")).toString());
                if (!at.isValid()) {
                    return refuse(Tr::tr("%1: \"at\" is not a date and time").arg(where));
                }
                if (signedAt.isValid() && at > signedAt.addSecs(kTrailClockSkewSeconds)) {
                    return refuse(Tr::tr("%1 is dated %2, after the package was signed (%3)")
                                      .arg(where, at.toString(Qt::ISODate), signedAt.toString(Qt::ISODate)));
                }
                if (auditCreated.isValid() && at < auditCreated.addSecs(-kTrailBeforeAuditSeconds)) {
                    return refuse(Tr::tr("%1 is dated %2, before the audit was created (%3)")
                                      .arg(where, at.toString(Qt::ISODate), auditCreated.toString(Qt::ISODate)));
                }
                const QString entity = row.value(QStringLiteral("entity")).toString();
                const QString entityUuid = row.value(QStringLiteral("entity_uuid")).toString();
                if (entity.isEmpty() || entityUuid.isEmpty()) {
                    return refuse(Tr::tr("%1 names no row").arg(where));
                }
                if (known.contains(entity) && known.value(entity)->hasUuid &&
                    !inPackage.value(entity).contains(entityUuid) && foreignHere(entity, entityUuid)) {
                    return refuse(Tr::tr("%1 is about %2 %3, a row of another audit in this store")
                                      .arg(where, entity, entityUuid));
                }
                continue;
            }
            if (!t.hasUuid) {
                continue; // rows without a uuid come with the parent they belong to
            }
            if (linkSkipped) {
                scope.skipped.insert(t.name + QLatin1Char('/') + uuid);
                continue;
            }
            if (foreignHere(t.name, uuid)) {
                return refuse(Tr::tr("%1 is a row of another audit in this store").arg(where));
            }
            if (!existsHere(t.name, uuid) && deletedHere(t.name, uuid)) {
                scope.skipped.insert(t.name + QLatin1Char('/') + uuid); // deleted here since: stays deleted
                continue;
            }
            inPackage[t.name].insert(uuid);
        }
    }

    // The package's own deletions: rows of this audit only.
    int n = 0;
    for (const QJsonValue& value : audit.value(QStringLiteral("deleted")).toArray()) {
        ++n;
        const QJsonObject d = value.toObject();
        const Tombstone tomb{d.value(QStringLiteral("entity")).toString(), d.value(QStringLiteral("uuid")).toString(),
                             d.value(QStringLiteral("deleted_at")).toString()};
        const QString where = Tr::tr("deletion %1 (%2 %3)").arg(n).arg(tomb.entity, tomb.uuid);
        if (!known.contains(tomb.entity) || !known.value(tomb.entity)->hasUuid ||
            tomb.entity == QLatin1String("audits") || tomb.entity == QLatin1String("facilities") ||
            tomb.uuid.isEmpty() || !parseTime(tomb.deletedAt).isValid()) {
            return refuse(Tr::tr("%1 does not name a row of an audit table with its date").arg(where));
        }
        if (inPackage.value(tomb.entity).contains(tomb.uuid)) {
            continue; // the row was deleted and made again under the same uuid: the row wins
        }
        if (foreignHere(tomb.entity, tomb.uuid)) {
            return refuse(Tr::tr("%1 is a row of another audit in this store").arg(where));
        }
        if (existsHere(tomb.entity, tomb.uuid)) {
            scope.tombstonesOfRowsHere.insert(tomb.entity + QLatin1Char('/') + tomb.uuid);
        }
        scope.tombstones.append(tomb);
    }
    return scope;
}

} // namespace fieldbook
