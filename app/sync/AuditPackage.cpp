#include "app/sync/AuditPackage.h"
#include "app/core/PersonalDataProtector.h"
#include "app/records/RecordStore.h"
#include "app/signing/KeyStore.h"
#include "app/signing/SodiumDataProtector.h"
#include "app/sync/AuditPackageMerge.h"
#include "app/sync/AuditTables.h"
#include "app/sync/PersonalDataReseal.h"
#include "app/sync/PersonalValueCodec.h"
#include "app/sync/SyncConflicts.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <functional>

namespace fieldbook {

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// would put these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Package)
};

const QString kBase64Key = QStringLiteral("$base64");

QJsonValue toJson(const QVariant& v)
{
    if (!v.isValid() || v.isNull()) {
        return QJsonValue::Null;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
        return double(v.toLongLong());
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::QByteArray:
        return QJsonObject{{kBase64Key, QString::fromLatin1(v.toByteArray().toBase64())}};
    default:
        return v.toString();
    }
}

QVariant fromJson(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined()) {
        return {};
    }
    if (v.isDouble()) {
        // An integral number within qint64 is an integer, any other stays a double: casting a double
        // outside the range (a package's 1e300) to an integer is undefined behaviour (found by the
        // audit_json_merge fuzz target's seeds, issue 13).
        const double d = v.toDouble();
        constexpr double kTwoTo63 = 9223372036854775808.0;
        return d >= -kTwoTo63 && d < kTwoTo63 && d == std::trunc(d) ? QVariant(qint64(d)) : QVariant(d);
    }
    if (v.isObject()) {
        return QByteArray::fromBase64(v.toObject().value(kBase64Key).toString().toLatin1());
    }
    return v.toString();
}

QSet<QString> personalColumns(const Database& db, const QString& table)
{
    QSet<QString> set;
    Result<Statement> s =
        db.prepare(QStringLiteral("SELECT column_name FROM personal_data_columns WHERE table_name = ?1"));
    if (s) {
        s->bind(1, table);
        while (s->step()) {
            set.insert(s->text(0));
        }
    }
    return set;
}

QStringList tableColumns(const Database& db, const QString& table)
{
    QStringList columns;
    Result<Statement> s = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1)"));
    if (s) {
        s->bind(1, table);
        while (s->step()) {
            columns << s->text(0);
        }
    }
    return columns;
}

using ConflictRecorder = std::function<Status(const QString& table, const QString& uuid, const QString& column,
                                              const QVariant& mine, const QVariant& theirs, bool personal)>;

// A personal value of a row both stores have. Nothing sent (null) is not an edit; a value missing
// here is filled in; two different values are a conflict kept sealed. Values are compared by their
// plaintext when both open with what is unlocked (sealing is randomised, so equal values never
// have equal bytes); when they cannot be compared the incoming one is kept for review, not dropped.
// Returns whether the row changed or a conflict was recorded.
Result<bool> mergePersonal(const Database& db, const QString& table, qint64 rowId, const QString& rowUuid,
                           const QString& column, const QVariant& mine, const QVariant& theirs,
                           const PersonalValueCodec::ImportKeys& keys, PackageImportResult& result,
                           const ConflictRecorder& recordConflict)
{
    if (theirs.isNull()) {
        return false;
    }
    if (mine.isNull()) {
        Result<Statement> update = db.prepare(QStringLiteral("UPDATE %1 SET %2 = ?1 WHERE id = ?2").arg(table, column));
        if (!update) {
            return Result<bool>::failure(update.error());
        }
        update->bind(1, theirs.toByteArray()).bind(2, rowId);
        if (!update->exec()) {
            return Result<bool>::failure(update->errorMessage());
        }
        // The trail notes the change, never the value (AuditTrail writes "<N bytes>" for blobs).
        if (Status s = AuditTrail::record(db, {0,
                                               {},
                                               {},
                                               result.auditUuid,
                                               table,
                                               rowUuid,
                                               QStringLiteral("update"),
                                               column,
                                               QVariant(),
                                               theirs.toByteArray()});
            !s) {
            return Result<bool>::failure(s.error());
        }
        ++result.personalFilled;
        return true;
    }
    if (mine.toByteArray() == theirs.toByteArray()) {
        return false;
    }
    const std::optional<QString> a = PersonalValueCodec::openStored(mine.toByteArray(), keys);
    const std::optional<QString> b = PersonalValueCodec::openStored(theirs.toByteArray(), keys);
    if (a && b && *a == *b) {
        return false;
    }
    if (Status s = recordConflict(table, rowUuid, column, mine, theirs, true); !s) {
        return Result<bool>::failure(s.error());
    }
    return true;
}

// Where an incoming personal value will live when its row is inserted as it came: the row's
// uuid, or for workers (no uuid) the audit and the worker id, as RecordStore seals them.
QByteArray incomingPlace(const AuditTable& t, const QJsonObject& row, const QString& column, const QString& auditUuid)
{
    if (t.name == QLatin1String("workers")) {
        return RecordStore::workerPlace(column, auditUuid, row.value(QStringLiteral("worker_id")).toString());
    }
    if (t.hasUuid) {
        return SodiumDataProtector::placeContext(t.name, column, row.value(QStringLiteral("uuid")).toString());
    }
    return {};
}

struct NaturalMatch
{
    qint64 id = 0; // 0: no local row has the key
    QString uuid;
};

// The local row with the same natural key (naturalKeyOf) as an incoming row, whose
// values are already translated to local ids.
Result<NaturalMatch> findByNaturalKey(const Database& db, const AuditTable& t, const QStringList& columns,
                                      const QVariantList& values)
{
    const NaturalKey natural = naturalKeyOf(t.name);
    if (natural.columns.isEmpty()) {
        return NaturalMatch{};
    }
    QStringList where;
    QVariantList binds;
    for (const QString& key : natural.columns) {
        const int at = int(columns.indexOf(key));
        if (at < 0 || values.at(at).isNull() || !values.at(at).isValid()) {
            return NaturalMatch{}; // no key, no collision
        }
        where << QStringLiteral("%1 = ?%2").arg(key).arg(binds.size() + 1);
        binds << values.at(at);
    }
    Result<Statement> q =
        db.prepare(QStringLiteral("SELECT id, uuid FROM %1 WHERE %2").arg(t.name, where.join(QLatin1String(" AND "))));
    if (!q) {
        return Result<NaturalMatch>::failure(q.error());
    }
    for (int i = 0; i < binds.size(); ++i) {
        q->bindVariant(i + 1, binds.at(i));
    }
    NaturalMatch match;
    if (q->step()) {
        match.id = q->value(0).toLongLong();
        match.uuid = q->text(1);
    }
    return match;
}

// The next free name for a renamed row: "W-07" becomes "W-<highest W- number + 1>", keeping the
// prefix so the interview's kind still reads from its code.
Result<QString> freshName(const Database& db, const AuditTable& t, const QStringList& columns,
                          const QVariantList& values, const QString& taken)
{
    int digits = 0;
    while (digits < taken.size() && taken.at(taken.size() - 1 - digits).isDigit()) {
        ++digits;
    }
    const QString prefix = taken.left(taken.size() - digits);
    const NaturalKey natural = naturalKeyOf(t.name);
    QStringList where;
    QVariantList binds;
    for (const QString& key : natural.columns) {
        if (key != natural.renamedColumn) {
            where << QStringLiteral("%1 = ?%2").arg(key).arg(binds.size() + 1);
            binds << values.at(int(columns.indexOf(key)));
        }
    }
    where << QStringLiteral("%1 LIKE ?%2").arg(natural.renamedColumn).arg(binds.size() + 1);
    binds << QString(prefix + QLatin1Char('%'));
    Result<Statement> q = db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                         .arg(natural.renamedColumn, t.name, where.join(QLatin1String(" AND "))));
    if (!q) {
        return Result<QString>::failure(q.error());
    }
    for (int i = 0; i < binds.size(); ++i) {
        q->bindVariant(i + 1, binds.at(i));
    }
    // 64 bits: "W-2147483647" is a valid int, and one more overflowed an int (issue 13, fuzzing).
    qint64 highest = 0;
    while (q->step()) {
        bool ok = false;
        const int n = q->text(0).mid(prefix.size()).toInt(&ok);
        if (ok) {
            highest = std::max(highest, qint64(n));
        }
    }
    return QString(prefix + QString::number(highest + 1).rightJustified(std::max(digits, 2), QLatin1Char('0')));
}

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

struct Tombstone
{
    QString entity;
    QString uuid;
    QString deletedAt;
};

// What the scope check found: which package rows are left out because they were deleted here
// since, and the package's own deletions.
struct PackageScope
{
    QSet<QString> skipped; // "table/uuid"
    QList<Tombstone> tombstones;
    QSet<QString> tombstonesOfRowsHere; // "table/uuid" of the package's deletions of rows this store still has
};

// A trail entry may be dated up to a day after the package's signed timestamp and up to a week
// before its audit was created: a team audit's trail holds entries made on several laptops,
// whose clocks differ (docs/security.md, Package boundary).
constexpr qint64 kTrailClockSkewSeconds = 86400;
constexpr qint64 kTrailBeforeAuditSeconds = 7 * 86400;

// The package boundary (docs/security.md): every row of a package belongs to the package's audit.
// Walks every reference up to `audits` and checks every row against this store before anything
// is written; any row outside the audit refuses the whole package, naming the table and the row.
Result<PackageScope> checkScope(const Database& db, const QString& path, const QJsonObject& audit,
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

} // namespace

Result<PackageContainer> AuditPackage::build(const Database& db, const PackageExportOptions& options)
{
    using R = Result<PackageContainer>;
    Result<QVariant> auditId = db.scalar(QStringLiteral("SELECT id FROM audits WHERE uuid = ?1"), {options.auditUuid});
    if (!auditId || !auditId->isValid() || auditId->isNull()) {
        return R::failure(Tr::tr("No audit %1 in this store.").arg(options.auditUuid));
    }
    const bool seal = options.personal == PersonalDataMode::Seal;
    if (seal && !options.recipient) {
        return R::failure(Tr::tr("Choose head office's encryption key to seal personal data for it."));
    }
    QHash<QString, QHash<qint64, QString>> uuidOf; // table -> local id -> uuid
    QJsonObject tables;
    PackageContainer container;
    for (const AuditTable& t : auditTables()) {
        const QSet<QString> personal = personalColumns(db, t.name);
        Result<Statement> s = db.prepare(t.rowsOfAudit);
        if (!s) {
            return R::failure(s.error());
        }
        s->bind(1, auditId->toLongLong());
        QJsonArray rows;
        while (s->step()) {
            QJsonObject row;
            qint64 localId = 0;
            for (int c = 0; c < s->columnCount(); ++c) {
                const QString column = s->columnName(c);
                if (column == QLatin1String("id")) {
                    localId = s->int64(c);
                    continue;
                }
                if (t.excluded.contains(column)) {
                    continue;
                }
                if (personal.contains(column)) {
                    if (!seal) {
                        row.insert(column, QJsonValue::Null); // personal data is left out of the package
                        continue;
                    }
                    Result<QJsonValue> sealed =
                        PersonalValueCodec::exportValue(s->value(c), options.protector, options.recipient->publicKey,
                                                        QStringLiteral("%1.%2").arg(t.name, column));
                    if (!sealed) {
                        return R::failure(sealed.error());
                    }
                    row.insert(column, sealed.value());
                    continue;
                }
                if (t.refs.contains(column)) {
                    row.insert(column, s->isNull(c) ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(uuidOf[t.refs.value(column)].value(s->int64(c))));
                    continue;
                }
                row.insert(column, toJson(s->value(c)));
            }
            if (t.hasUuid) {
                uuidOf[t.name].insert(localId, row.value(QStringLiteral("uuid")).toString());
            }
            rows.append(row);
        }
        if (s->hasError()) {
            return R::failure(s->errorMessage());
        }
        tables.insert(t.name, rows);
    }
    // Evidence files travel as entries of their own, named by uuid.
    Result<Statement> evidence =
        db.prepare(QStringLiteral("SELECT uuid, content FROM evidence WHERE audit_id = ?1 ORDER BY id"));
    if (!evidence) {
        return R::failure(evidence.error());
    }
    evidence->bind(1, auditId->toLongLong());
    QList<PackageEntry> evidenceEntries;
    while (evidence->step()) {
        evidenceEntries.append({QStringLiteral("evidence/") + evidence->text(0), evidence->blob(1)});
    }
    // Format 1 when personal data is left out (older readers keep reading those), 2 when sealed.
    container.formatVersion = seal ? 2 : 1;
    QJsonObject audit{{QStringLiteral("format_version"), container.formatVersion},
                      {QStringLiteral("audit_uuid"), options.auditUuid},
                      {QStringLiteral("exported_at"), nowUtc()},
                      {QStringLiteral("personal_data"), seal ? QStringLiteral("sealed") : QStringLiteral("omitted")}};
    container.meta = {{QStringLiteral("audit_uuid"), options.auditUuid},
                      {QStringLiteral("created_at"), nowUtc()},
                      {QStringLiteral("personal_data"), audit.value(QStringLiteral("personal_data"))}};
    if (seal) {
        const QJsonObject recipient{{QStringLiteral("key_id"), options.recipient->publicKey.keyIdHex()},
                                    {QStringLiteral("label"), options.recipient->label}};
        audit.insert(QStringLiteral("personal_data_recipient"), recipient);
        container.meta.insert(QStringLiteral("personal_data_recipient"), recipient);
    }
    audit.insert(QStringLiteral("tables"), tables);
    // Rows of the audit deleted in this store (tombstones): the receiving store does not bring
    // them back from an older package. Written only when there are some.
    Result<Statement> deleted = db.prepare(QStringLiteral(
        "SELECT entity, entity_uuid, deleted_at FROM deleted_rows WHERE audit_uuid = ?1 AND entity != 'audits' AND "
        "entity != 'facilities' ORDER BY id"));
    if (!deleted) {
        return R::failure(deleted.error());
    }
    deleted->bind(1, options.auditUuid);
    QJsonArray tombstones;
    while (deleted->step()) {
        tombstones.append(QJsonObject{{QStringLiteral("entity"), deleted->text(0)},
                                      {QStringLiteral("uuid"), deleted->text(1)},
                                      {QStringLiteral("deleted_at"), deleted->text(2)}});
    }
    if (!tombstones.isEmpty()) {
        audit.insert(QStringLiteral("deleted"), tombstones);
    }
    container.entries.append({QStringLiteral("audit.json"), QJsonDocument(audit).toJson(QJsonDocument::Compact)});
    if (!options.reportPdfPath.isEmpty()) {
        QFile pdf(options.reportPdfPath);
        if (!pdf.open(QIODevice::ReadOnly)) {
            return R::failure(Tr::tr("%1: cannot read: %2").arg(options.reportPdfPath, pdf.errorString()));
        }
        container.entries.append({QStringLiteral("report.pdf"), pdf.readAll()});
    }
    container.entries.append(evidenceEntries);
    return container;
}

Status AuditPackage::exportSigned(const Database& db, const PackageExportOptions& options, const SigningKeyPair& key,
                                  const QString& signer, const QString& path)
{
    Result<PackageContainer> container = build(db, options);
    if (!container) {
        return Status::failure(container.error());
    }
    const QByteArray bytes = container->serialize();
    const MinisignSignature signature =
        Minisign::sign(bytes, key, Minisign::trustedComment(QFileInfo(path).fileName(), signer),
                       QStringLiteral("Fieldbook audit package, signer key %1").arg(key.publicKey.keyIdHex()));
    // Both files are written in full beside their targets before either replaces anything; the old
    // signature goes first, so a failure never leaves a new package beside an old signature.
    QSaveFile file(path);
    QSaveFile sig(path + QStringLiteral(".minisig"));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return Status::failure(Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    }
    const QByteArray sigBytes = signature.toFile();
    if (!sig.open(QIODevice::WriteOnly) || sig.write(sigBytes) != sigBytes.size()) {
        return Status::failure(Tr::tr("%1: cannot write the signature: %2").arg(sig.fileName(), sig.errorString()));
    }
    QFile::remove(sig.fileName());
    if (!file.commit()) {
        sig.cancelWriting();
        return Status::failure(Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    }
    if (!sig.commit()) {
        QFile::remove(path);
        return Status::failure(Tr::tr("%1: cannot write the signature: %2").arg(sig.fileName(), sig.errorString()));
    }
    return Status::success();
}

Result<PackageImportResult> AuditPackage::importSigned(const Database& db, const QString& path,
                                                       const MinisignPublicKey* publicKey)
{
    PackageImportOptions options;
    options.publicKey = publicKey;
    return importSigned(db, path, options);
}

Result<PackageImportResult> AuditPackage::importSigned(const Database& db, const QString& path,
                                                       const PackageImportOptions& options)
{
    using R = Result<PackageImportResult>;
    QFile file(path);
    QFile sigFile(path + QStringLiteral(".minisig"));
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(Tr::tr("%1: cannot read: %2").arg(path, file.errorString()));
    }
    if (!sigFile.open(QIODevice::ReadOnly)) {
        return R::failure(Tr::tr("%1: no signature beside it (%2.minisig): refused").arg(path, path));
    }
    const QByteArray bytes = file.readAll();
    Result<MinisignSignature> signature = MinisignSignature::parse(sigFile.readAll(), sigFile.fileName());
    if (!signature) {
        return R::failure(Tr::tr("%1: refused: %2").arg(path, signature.error()));
    }
    // The key: one of the store's (own or trusted), or one given for this import only. A key the
    // store has is always named by the store's label and its revocation always applies.
    const QDateTime signedAt = Minisign::timestampOf(signature->trustedComment);
    Result<StoreSigningKey> storeKey = KeyStore::signingKey(db, signature->keyId);
    MinisignPublicKey key;
    QString keyLabel;
    bool oneTime = false;
    if (storeKey) {
        if (options.publicKey && options.publicKey->publicKey != storeKey->key.publicKey) {
            return R::failure(Tr::tr("%1: refused: the given key claims id %2, which this store knows as \"%3\" "
                                     "with a different public key")
                                  .arg(path, storeKey->key.fingerprint(), storeKey->label));
        }
        if (Status s = KeyStore::checkNotRevoked(storeKey.value(), signedAt); !s) {
            return R::failure(Tr::tr("%1: refused: %2").arg(path, s.error()));
        }
        key = storeKey->key;
        keyLabel = storeKey->label;
    } else if (options.publicKey) {
        key = *options.publicKey;
        oneTime = true;
        keyLabel = Tr::tr("one-time key %1 (not in this store's trust list)").arg(key.fingerprint());
    } else {
        return R::failure(Tr::tr("%1: refused: %2").arg(path, storeKey.error()));
    }
    if (Status valid = Minisign::verify(bytes, signature.value(), key); !valid) {
        return R::failure(Tr::tr("%1: refused, the package was tampered with: %2").arg(path, valid.error()));
    }
    const detail::VerifiedSigner signer{key, signature->keyId, keyLabel, oneTime, signedAt, signature->trustedComment};
    return detail::mergeVerifiedPackage(db, path, bytes, signer, options);
}

Result<PackageImportResult> detail::mergeVerifiedPackage(const Database& db, const QString& path,
                                                         const QByteArray& bytes, const VerifiedSigner& signer,
                                                         const PackageImportOptions& options)
{
    using R = Result<PackageImportResult>;
    const MinisignPublicKey& key = signer.key;
    const QString& keyLabel = signer.label;
    const QDateTime& signedAt = signer.signedAt;
    Result<PackageContainer> container = PackageContainer::parse(bytes);
    if (!container) {
        return R::failure(Tr::tr("%1: refused: %2").arg(path, container.error()));
    }
    const PackageEntry* auditEntry = container->entry(QStringLiteral("audit.json"));
    if (!auditEntry) {
        return R::failure(Tr::tr("%1: refused: no audit.json in the package").arg(path));
    }
    const QJsonObject audit = QJsonDocument::fromJson(auditEntry->data).object();
    const QJsonObject tables = audit.value(QStringLiteral("tables")).toObject();
    const int auditFormat = audit.value(QStringLiteral("format_version")).toInt();
    if (auditFormat < 1 || auditFormat > PackageContainer::kFormatVersion) {
        return R::failure(Tr::tr("%1: refused: audit.json format %2 is not supported").arg(path).arg(auditFormat));
    }

    PackageImportResult result;
    result.auditUuid = audit.value(QStringLiteral("audit_uuid")).toString();
    result.signer = keyLabel;
    result.signerKeyId = key.keyIdHex();
    result.signerFingerprint = key.fingerprint();
    result.oneTimeKey = signer.oneTime;
    result.claimedSigner = Minisign::signerOf(signer.trustedComment);
    const bool packageSealed = audit.value(QStringLiteral("personal_data")).toString() == QLatin1String("sealed");
    PersonalValueCodec::ImportKeys personalKeys;
    personalKeys.protector = options.protector;
    personalKeys.encryptionKey = options.encryptionKey;
    if (packageSealed) {
        result.recipientKeyId = audit.value(QStringLiteral("personal_data_recipient"))
                                    .toObject()
                                    .value(QStringLiteral("key_id"))
                                    .toString();
        personalKeys.recipientKeyId = BoxPublicKey::keyIdFromHex(result.recipientKeyId);
        personalKeys.recipientIsOurs = EncryptionKeyStore::find(db, result.recipientKeyId).ok();
        const bool canOpen = options.encryptionKey && options.protector && options.protector->isUnlocked() &&
                             options.encryptionKey->publicKey.keyId == personalKeys.recipientKeyId;
        result.personalData = !personalKeys.recipientIsOurs ? QStringLiteral("other_recipient")
                              : canOpen                     ? QStringLiteral("opened")
                                                            : QStringLiteral("kept_sealed");
    }
    const QString packageHash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    // Values of an earlier import of this (or another) package that were kept sealed open now.
    auto resealKept = [&]() -> Status {
        if (options.encryptionKey && options.protector && options.protector->isUnlocked()) {
            Result<int> n = PersonalDataReseal::reseal(db, *options.encryptionKey, *options.protector);
            if (!n) {
                return Status::failure(n.error());
            }
            result.resealed = n.value();
        }
        return Status::success();
    };

    Transaction tx(db);
    if (!tx.isActive()) {
        return R::failure(tx.error());
    }
    Result<QVariant> seen =
        db.scalar(QStringLiteral("SELECT count(*) FROM package_imports WHERE package_sha256 = ?1"), {packageHash});
    if (seen && seen->toInt() > 0) {
        result.alreadyImported = true;
        tx.rollback();
        if (Status s = resealKept(); !s) {
            return R::failure(s.error());
        }
        return result;
    }
    // Nothing outside the package's audit, checked in full before the first write.
    Result<PackageScope> scope = checkScope(db, path, audit, container->meta, signedAt);
    if (!scope) {
        return R::failure(scope.error());
    }
    const QString now = nowUtc();
    Result<Statement> packageRow = db.prepare(QStringLiteral(
        "INSERT INTO package_imports (uuid, audit_uuid, package_sha256, signer_key_id, signed_at, imported_at, "
        "personal_data, signer) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!packageRow) {
        return R::failure(packageRow.error());
    }
    packageRow->bind(1, newUuid())
        .bind(2, result.auditUuid)
        .bind(3, packageHash)
        .bind(4, MinisignPublicKey{signer.signatureKeyId, {}}.keyIdHex())
        .bind(5, signedAt.isValid() ? signedAt.toString(Qt::ISODate) : QString())
        .bind(6, now)
        .bind(7, result.personalData)
        .bindTextOrNull(8, keyLabel);
    if (!packageRow->exec()) {
        return R::failure(packageRow->errorMessage());
    }
    const qint64 packageId = db.lastInsertRowId();

    QHash<QString, QHash<QString, qint64>> localId; // table -> uuid -> local id
    QSet<QString> insertedNow;                      // "table/uuid" of rows inserted by this import
    auto lookup = [&](const QString& table, const QString& uuid) -> QVariant {
        if (uuid.isEmpty()) {
            return {};
        }
        if (localId[table].contains(uuid)) {
            return localId[table].value(uuid);
        }
        Result<QVariant> id = db.scalar(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?1").arg(table), {uuid});
        if (id && id->isValid() && !id->isNull()) {
            localId[table].insert(uuid, id->toLongLong());
            return id.value();
        }
        return {};
    };

    Result<Statement> conflict = db.prepare(QStringLiteral(
        "INSERT INTO sync_conflicts (uuid, audit_id, package_id, entity, entity_uuid, field, local_value, "
        "incoming_value, created_at, personal, local_by, local_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
        "(SELECT actor FROM audit_trail WHERE entity = ?4 AND entity_uuid = ?5 AND (field = ?6 OR action = 'insert') "
        "ORDER BY id DESC LIMIT 1), (SELECT at FROM audit_trail WHERE entity = ?4 AND entity_uuid = ?5 AND (field = "
        "?6 OR action = 'insert') ORDER BY id DESC LIMIT 1))"));
    if (!conflict) {
        return R::failure(conflict.error());
    }
    // Conflicts on the facility of an audit new here: the facility is merged before its audit row
    // exists, so they are recorded once the audit is in (they refused the package before: a second
    // audit of a known facility whose details had changed; found by the audit_json_merge seeds).
    struct PendingConflict
    {
        QString uuid;
        QString column;
        QVariant mine;
        QVariant theirs;
    };
    QList<PendingConflict> pendingFacilityConflicts;
    auto recordConflict = [&](const QString& table, const QString& uuid, const QString& column, const QVariant& mine,
                              const QVariant& theirs, bool personal) -> Status {
        // A conflict always belongs to the package's audit (resolved only within it).
        const QVariant auditId = lookup(QStringLiteral("audits"), result.auditUuid);
        if ((!auditId.isValid() || auditId.isNull()) && table == QLatin1String("facilities") && !personal) {
            pendingFacilityConflicts.append({uuid, column, mine, theirs});
            return Status::success();
        }
        if (!auditId.isValid() || auditId.isNull()) {
            return Status::failure(Tr::tr("%1: refused: a conflict with no audit").arg(path));
        }
        conflict->reset();
        conflict->bind(1, newUuid())
            .bindVariant(2, auditId)
            .bind(3, packageId)
            .bind(4, table)
            .bind(5, uuid)
            .bind(6, column);
        if (personal) {
            // Both sides stay sealed: the conflict table never holds personal data in clear.
            conflict->bind(7, QString::fromLatin1(mine.toByteArray().toBase64()))
                .bind(8, QString::fromLatin1(theirs.toByteArray().toBase64()));
        } else {
            conflict->bindVariant(7, mine.isNull() ? QVariant() : QVariant(mine.toString()))
                .bindVariant(8, theirs.isNull() ? QVariant() : QVariant(theirs.toString()));
        }
        conflict->bind(9, now).bind(10, personal ? 1 : 0);
        if (!conflict->exec()) {
            return Status::failure(conflict->errorMessage());
        }
        ++result.conflicts;
        return Status::success();
    };
    auto countPersonal = [&](PersonalValueCodec::Outcome outcome) {
        if (outcome == PersonalValueCodec::Outcome::Opened) {
            ++result.personalOpened;
        } else if (outcome == PersonalValueCodec::Outcome::KeptSealed) {
            ++result.personalKeptSealed;
        }
    };

    // auditTables() lists audit_trail last: conflicts take "who changed it here" before the package's
    // own trail entries arrive.
    for (const AuditTable& t : auditTables()) {
        const QStringList known = tableColumns(db, t.name);
        const QSet<QString> personal = personalColumns(db, t.name);
        for (const QJsonValue& value : tables.value(t.name).toArray()) {
            const QJsonObject row = value.toObject();
            if (t.hasUuid &&
                scope->skipped.contains(t.name + QLatin1Char('/') + row.value(QStringLiteral("uuid")).toString())) {
                ++result.deletedHere; // deleted here since the package was made: it stays deleted
                continue;
            }
            QStringList columns;
            QVariantList values;
            QHash<QString, QJsonValue> personalValues; // column -> as it came
            bool parentNew = false;
            for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
                if (!known.contains(it.key())) {
                    return R::failure(Tr::tr("%1: refused: unknown column %2.%3").arg(path, t.name, it.key()));
                }
                columns << it.key();
                if (personal.contains(it.key())) {
                    // Sealed under this store's data key bound to the row it is written to; a row
                    // matched to a local one is sealed again for that row (compareWithLocal).
                    PersonalValueCodec::Outcome outcome = PersonalValueCodec::Outcome::Null;
                    Result<QVariant> stored = PersonalValueCodec::importValue(
                        it.value(), personalKeys, &outcome, incomingPlace(t, row, it.key(), result.auditUuid));
                    if (!stored) {
                        return R::failure(Tr::tr("%1: refused: %2.%3: %4").arg(path, t.name, it.key(), stored.error()));
                    }
                    personalValues.insert(it.key(), it.value());
                    values << stored.value();
                    countPersonal(outcome);
                } else if (PersonalValueCodec::isSealedJson(it.value())) {
                    // Sealed data where this store expects none: never guess, never store it in clear.
                    return R::failure(Tr::tr("%1: refused: %2.%3 is sealed but is not a personal-data column here")
                                          .arg(path, t.name, it.key()));
                } else if (t.refs.contains(it.key())) {
                    const QString parent = t.refs.value(it.key());
                    values << lookup(parent, it.value().toString());
                    parentNew |= insertedNow.contains(parent + QLatin1Char('/') + it.value().toString());
                } else {
                    values << fromJson(it.value());
                }
            }
            if (t.name == QLatin1String("evidence")) {
                const PackageEntry* blob =
                    container->entry(QStringLiteral("evidence/") + row.value(QStringLiteral("uuid")).toString());
                if (!blob) {
                    return R::failure(Tr::tr("%1: refused: an evidence file is missing").arg(path));
                }
                columns << QStringLiteral("content");
                values << blob->data;
            }
            const QString uuid = row.value(QStringLiteral("uuid")).toString();
            // Same row here already (by uuid, or by its natural key in a team audit): differences
            // are conflicts, shown to the user; the local value stays until the user decides.
            auto compareWithLocal = [&](qint64 localRowId, const QString& localUuid) -> Status {
                Result<Statement> local = db.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?1").arg(t.name));
                if (!local) {
                    return Status::failure(local.error());
                }
                local->bind(1, localRowId);
                local->step();
                bool differs = false;
                for (int c = 0; c < local->columnCount(); ++c) {
                    const QString column = local->columnName(c);
                    if (!row.contains(column) || t.refs.contains(column) || column == QLatin1String("updated_at") ||
                        column == QLatin1String("content") || column == QLatin1String("uuid") ||
                        column == QLatin1String("created_at")) {
                        continue;
                    }
                    if (personal.contains(column)) {
                        PersonalValueCodec::Outcome counted = PersonalValueCodec::Outcome::Null; // counted above
                        Result<QVariant> theirs = PersonalValueCodec::importValue(
                            personalValues.value(column), personalKeys, &counted,
                            SodiumDataProtector::placeContext(t.name, column, localUuid));
                        if (!theirs) {
                            return Status::failure(theirs.error());
                        }
                        Result<bool> changed = mergePersonal(db, t.name, localRowId, localUuid, column,
                                                             local->value(c), theirs.value(), personalKeys, result,
                                                             recordConflict);
                        if (!changed) {
                            return Status::failure(changed.error());
                        }
                        differs |= changed.value();
                        continue;
                    }
                    const QJsonValue mine = toJson(local->value(c));
                    if (mine != row.value(column)) {
                        differs = true;
                        if (Status s = recordConflict(t.name, localUuid, column, local->value(c),
                                                      fromJson(row.value(column)), false);
                            !s) {
                            return s;
                        }
                    }
                }
                if (!differs) {
                    ++result.unchanged;
                }
                return Status::success();
            };
            bool insert = false;
            if (t.hasUuid) {
                const QVariant existing = lookup(t.name, uuid);
                if (!existing.isValid()) {
                    insert = true;
                    Result<NaturalMatch> match = findByNaturalKey(db, t, columns, values);
                    if (!match) {
                        return R::failure(match.error());
                    }
                    const QString renamedColumn = naturalKeyOf(t.name).renamedColumn;
                    if (match->id != 0 && !renamedColumn.isEmpty()) {
                        const int at = int(columns.indexOf(renamedColumn));
                        Result<QString> fresh = freshName(db, t, columns, values, values.at(at).toString());
                        if (!fresh) {
                            return R::failure(fresh.error());
                        }
                        // Only interviews are renumbered today (their pseudonym is the natural key).
                        result.renamed << Tr::tr("Interview %1 is %2 here (another auditor's interview is %1)")
                                              .arg(values.at(at).toString(), fresh.value());
                        values[at] = fresh.value();
                    } else if (match->id != 0) {
                        // The incoming uuid now means the local row, for the rows that point at it.
                        localId[t.name].insert(uuid, match->id);
                        insert = false;
                        if (Status s = compareWithLocal(match->id, match->uuid); !s) {
                            return R::failure(s.error());
                        }
                    }
                } else if (Status s = compareWithLocal(existing.toLongLong(), uuid); !s) {
                    return R::failure(s.error());
                }
            } else if (t.name == QLatin1String("audit_trail")) {
                Result<QVariant> exists = db.scalar(
                    QStringLiteral("SELECT count(*) FROM audit_trail WHERE at = ?1 AND actor = ?2 AND entity_uuid = ?3 "
                                   "AND action = ?4 AND coalesce(field, '') = coalesce(?5, '')"),
                    {fromJson(row.value(QStringLiteral("at"))), fromJson(row.value(QStringLiteral("actor"))),
                     fromJson(row.value(QStringLiteral("entity_uuid"))), fromJson(row.value(QStringLiteral("action"))),
                     fromJson(row.value(QStringLiteral("field")))});
                insert = exists && exists->toInt() == 0;
            } else {
                insert = parentNew; // rows without a uuid come with the parent they belong to
            }
            if (!insert) {
                continue;
            }
            QStringList placeholders;
            for (int i = 1; i <= columns.size(); ++i) {
                placeholders << QStringLiteral("?%1").arg(i);
            }
            Result<Statement> ins =
                db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(t.name, columns.join(QLatin1Char(',')), placeholders.join(QLatin1Char(','))));
            if (!ins) {
                return R::failure(ins.error());
            }
            for (int i = 0; i < values.size(); ++i) {
                ins->bindVariant(i + 1, values.at(i));
            }
            if (!ins->exec()) {
                return R::failure(Tr::tr("%1: %2 could not be merged: %3").arg(path, t.name, ins->errorMessage()));
            }
            ++result.inserted;
            if (t.hasUuid) {
                localId[t.name].insert(uuid, db.lastInsertRowId());
                insertedNow.insert(t.name + QLatin1Char('/') + uuid);
            }
        }
    }
    for (const PendingConflict& c : std::as_const(pendingFacilityConflicts)) {
        if (Status s = recordConflict(QStringLiteral("facilities"), c.uuid, c.column, c.mine, c.theirs, false); !s) {
            return R::failure(s.error());
        }
    }
    // The package's deletions are remembered, so that no older package brings those rows back. A
    // row the package deleted that this store still has is kept (a deletion is never applied
    // silently) and counted.
    Result<Statement> tomb = db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, deleted_at) VALUES (?1, "
                       "?2, ?3, ?4)"));
    if (!tomb) {
        return R::failure(tomb.error());
    }
    for (const Tombstone& d : std::as_const(scope->tombstones)) {
        if (scope->tombstonesOfRowsHere.contains(d.entity + QLatin1Char('/') + d.uuid)) {
            // Never applied silently: a conflict for the user ("(deleted)"), once per row.
            Result<QVariant> open = db.scalar(
                QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE entity = ?1 AND entity_uuid = ?2 AND field = "
                               "?3 AND resolution IS NULL"),
                {d.entity, d.uuid, QString(kRowDeletedField)});
            if (open && open->toInt() == 0) {
                if (Status s = recordConflict(d.entity, d.uuid, QString(kRowDeletedField), QStringLiteral("present"),
                                              QStringLiteral("deleted %1").arg(d.deletedAt), false);
                    !s) {
                    return R::failure(s.error());
                }
            }
            ++result.deletionsNotApplied;
            continue;
        }
        tomb->reset();
        tomb->bind(1, result.auditUuid).bind(2, d.entity).bind(3, d.uuid).bind(4, d.deletedAt);
        if (!tomb->exec()) {
            return R::failure(tomb->errorMessage());
        }
        result.deletionsReceived += db.changes();
    }
    if (Status s = tx.commit(); !s) {
        return R::failure(s.error());
    }
    if (Status s = resealKept(); !s) {
        return R::failure(s.error());
    }
    return result;
}

} // namespace fieldbook
