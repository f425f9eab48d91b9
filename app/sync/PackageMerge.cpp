#include "app/core/PersonalDataProtector.h"
#include "app/records/RecordStore.h"
#include "app/signing/EncryptionKeyStore.h"
#include "app/signing/SodiumDataProtector.h"
#include "app/sync/AuditPackageMerge.h"
#include "app/sync/AuditTables.h"
#include "app/sync/PackageContainer.h"
#include "app/sync/PackageScope.h"
#include "app/sync/PackageValues.h"
#include "app/sync/PersonalDataReseal.h"
#include "app/sync/PersonalValueCodec.h"
#include "app/sync/SyncConflicts.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <functional>
#include <optional>

// The merge of a verified package into this store (AuditPackage::importSigned's second half), as
// named steps: read the package, describe its signer and its personal data, check the boundary,
// record the import, merge each table row by row (a row new here is inserted, a row both stores
// have is compared and its differences recorded as conflicts), then the package's deletions.

namespace fieldbook {

using packagevalues::fromJson;
using packagevalues::personalColumns;
using packagevalues::tableColumns;
using packagevalues::toJson;

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// would put these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Package)
};

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

class PackageMerger
{
public:
    PackageMerger(const Database& db, const QString& path, const detail::VerifiedSigner& signer,
                  const PackageImportOptions& options)
        : m_db(db), m_path(path), m_signer(signer), m_options(options)
    {}

    Result<PackageImportResult> run(const QByteArray& bytes);

private:
    Status readPackage(const QByteArray& bytes);
    void describeSignerAndPersonalData();
    Status resealKept();
    Status recordImport(const QString& packageHash);
    Status prepareConflicts();
    QVariant lookup(const QString& table, const QString& uuid);
    Status recordConflict(const QString& table, const QString& uuid, const QString& column, const QVariant& mine,
                          const QVariant& theirs, bool personal);
    Status mergeTable(const AuditTable& t);
    Status mergeRow(const AuditTable& t, const QStringList& known, const QSet<QString>& personal,
                    const QJsonObject& row);
    Status compareWithLocal(const AuditTable& t, const QSet<QString>& personal, const QJsonObject& row,
                            const QHash<QString, QJsonValue>& personalValues, qint64 localRowId,
                            const QString& localUuid);
    Status insertRow(const AuditTable& t, const QStringList& columns, const QVariantList& values, const QString& uuid);
    Status recordPendingFacilityConflicts();
    Status applyDeletions();
    void countPersonal(PersonalValueCodec::Outcome outcome);

    const Database& m_db;
    const QString m_path;
    const detail::VerifiedSigner& m_signer;
    const PackageImportOptions& m_options;

    std::optional<PackageContainer> m_container;
    QJsonObject m_audit;
    QJsonObject m_tables;
    PackageImportResult m_result;
    PersonalValueCodec::ImportKeys m_personalKeys;
    PackageScope m_scope;
    QString m_now;
    qint64 m_packageId = 0;
    std::optional<Statement> m_conflict;
    QHash<QString, QHash<QString, qint64>> m_localId; // table -> uuid -> local id
    QSet<QString> m_insertedNow;                      // "table/uuid" of rows inserted by this import

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
    QList<PendingConflict> m_pendingFacilityConflicts;
};

Result<PackageImportResult> PackageMerger::run(const QByteArray& bytes)
{
    using R = Result<PackageImportResult>;
    if (Status s = readPackage(bytes); !s) {
        return R::failure(s.error());
    }
    describeSignerAndPersonalData();
    const QString packageHash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    Transaction tx(m_db);
    if (!tx.isActive()) {
        return R::failure(tx.error());
    }
    Result<QVariant> seen =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM package_imports WHERE package_sha256 = ?1"), {packageHash});
    if (seen && seen->toInt() > 0) {
        m_result.alreadyImported = true;
        tx.rollback();
        if (Status s = resealKept(); !s) {
            return R::failure(s.error());
        }
        return m_result;
    }
    // Nothing outside the package's audit, checked in full before the first write.
    Result<PackageScope> scope = checkPackageScope(m_db, m_path, m_audit, m_container->meta, m_signer.signedAt);
    if (!scope) {
        return R::failure(scope.error());
    }
    m_scope = scope.take();
    m_now = nowUtc();
    if (Status s = recordImport(packageHash); !s) {
        return R::failure(s.error());
    }
    if (Status s = prepareConflicts(); !s) {
        return R::failure(s.error());
    }
    // auditTables() lists audit_trail last: conflicts take "who changed it here" before the package's
    // own trail entries arrive.
    for (const AuditTable& t : auditTables()) {
        if (Status s = mergeTable(t); !s) {
            return R::failure(s.error());
        }
    }
    if (Status s = recordPendingFacilityConflicts(); !s) {
        return R::failure(s.error());
    }
    if (Status s = applyDeletions(); !s) {
        return R::failure(s.error());
    }
    if (Status s = tx.commit(); !s) {
        return R::failure(s.error());
    }
    if (Status s = resealKept(); !s) {
        return R::failure(s.error());
    }
    return m_result;
}

Status PackageMerger::readPackage(const QByteArray& bytes)
{
    Result<PackageContainer> container = PackageContainer::parse(bytes);
    if (!container) {
        return Status::failure(Tr::tr("%1: refused: %2").arg(m_path, container.error()));
    }
    m_container = container.take();
    const PackageEntry* auditEntry = m_container->entry(QStringLiteral("audit.json"));
    if (!auditEntry) {
        return Status::failure(Tr::tr("%1: refused: no audit.json in the package").arg(m_path));
    }
    m_audit = QJsonDocument::fromJson(auditEntry->data).object();
    m_tables = m_audit.value(QStringLiteral("tables")).toObject();
    const int auditFormat = m_audit.value(QStringLiteral("format_version")).toInt();
    if (auditFormat < 1 || auditFormat > PackageContainer::kFormatVersion) {
        return Status::failure(
            Tr::tr("%1: refused: audit.json format %2 is not supported").arg(m_path).arg(auditFormat));
    }
    return Status::success();
}

void PackageMerger::describeSignerAndPersonalData()
{
    m_result.auditUuid = m_audit.value(QStringLiteral("audit_uuid")).toString();
    m_result.signer = m_signer.label;
    m_result.signerKeyId = m_signer.key.keyIdHex();
    m_result.signerFingerprint = m_signer.key.fingerprint();
    m_result.oneTimeKey = m_signer.oneTime;
    m_result.claimedSigner = Minisign::signerOf(m_signer.trustedComment);
    m_personalKeys.protector = m_options.protector;
    m_personalKeys.encryptionKey = m_options.encryptionKey;
    if (m_audit.value(QStringLiteral("personal_data")).toString() != QLatin1String("sealed")) {
        return;
    }
    m_result.recipientKeyId =
        m_audit.value(QStringLiteral("personal_data_recipient")).toObject().value(QStringLiteral("key_id")).toString();
    m_personalKeys.recipientKeyId = BoxPublicKey::keyIdFromHex(m_result.recipientKeyId);
    m_personalKeys.recipientIsOurs = EncryptionKeyStore::find(m_db, m_result.recipientKeyId).ok();
    const bool canOpen = m_options.encryptionKey && m_options.protector && m_options.protector->isUnlocked() &&
                         m_options.encryptionKey->publicKey.keyId == m_personalKeys.recipientKeyId;
    m_result.personalData = !m_personalKeys.recipientIsOurs ? QStringLiteral("other_recipient")
                            : canOpen                       ? QStringLiteral("opened")
                                                            : QStringLiteral("kept_sealed");
}

// Values of an earlier import of this (or another) package that were kept sealed open now.
Status PackageMerger::resealKept()
{
    if (m_options.encryptionKey && m_options.protector && m_options.protector->isUnlocked()) {
        Result<int> n = PersonalDataReseal::reseal(m_db, *m_options.encryptionKey, *m_options.protector);
        if (!n) {
            return Status::failure(n.error());
        }
        m_result.resealed = n.value();
    }
    return Status::success();
}

Status PackageMerger::recordImport(const QString& packageHash)
{
    Result<Statement> packageRow = m_db.prepare(QStringLiteral(
        "INSERT INTO package_imports (uuid, audit_uuid, package_sha256, signer_key_id, signed_at, imported_at, "
        "personal_data, signer) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!packageRow) {
        return Status::failure(packageRow.error());
    }
    const QDateTime& signedAt = m_signer.signedAt;
    packageRow->bind(1, newUuid())
        .bind(2, m_result.auditUuid)
        .bind(3, packageHash)
        .bind(4, MinisignPublicKey{m_signer.signatureKeyId, {}}.keyIdHex())
        .bind(5, signedAt.isValid() ? signedAt.toString(Qt::ISODate) : QString())
        .bind(6, m_now)
        .bind(7, m_result.personalData)
        .bindTextOrNull(8, m_signer.label);
    if (!packageRow->exec()) {
        return Status::failure(packageRow->errorMessage());
    }
    m_packageId = m_db.lastInsertRowId();
    return Status::success();
}

Status PackageMerger::prepareConflicts()
{
    Result<Statement> conflict = m_db.prepare(QStringLiteral(
        "INSERT INTO sync_conflicts (uuid, audit_id, package_id, entity, entity_uuid, field, local_value, "
        "incoming_value, created_at, personal, local_by, local_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
        "(SELECT actor FROM audit_trail WHERE entity = ?4 AND entity_uuid = ?5 AND (field = ?6 OR action = 'insert') "
        "ORDER BY id DESC LIMIT 1), (SELECT at FROM audit_trail WHERE entity = ?4 AND entity_uuid = ?5 AND (field = "
        "?6 OR action = 'insert') ORDER BY id DESC LIMIT 1))"));
    if (!conflict) {
        return Status::failure(conflict.error());
    }
    m_conflict.emplace(conflict.take());
    return Status::success();
}

QVariant PackageMerger::lookup(const QString& table, const QString& uuid)
{
    if (uuid.isEmpty()) {
        return {};
    }
    if (m_localId[table].contains(uuid)) {
        return m_localId[table].value(uuid);
    }
    Result<QVariant> id = m_db.scalar(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?1").arg(table), {uuid});
    if (id && id->isValid() && !id->isNull()) {
        m_localId[table].insert(uuid, id->toLongLong());
        return id.value();
    }
    return {};
}

Status PackageMerger::recordConflict(const QString& table, const QString& uuid, const QString& column,
                                     const QVariant& mine, const QVariant& theirs, bool personal)
{
    // A conflict always belongs to the package's audit (resolved only within it).
    const QVariant auditId = lookup(QStringLiteral("audits"), m_result.auditUuid);
    if ((!auditId.isValid() || auditId.isNull()) && table == QLatin1String("facilities") && !personal) {
        m_pendingFacilityConflicts.append({uuid, column, mine, theirs});
        return Status::success();
    }
    if (!auditId.isValid() || auditId.isNull()) {
        return Status::failure(Tr::tr("%1: refused: a conflict with no audit").arg(m_path));
    }
    Statement& conflict = *m_conflict;
    conflict.reset();
    conflict.bind(1, newUuid())
        .bindVariant(2, auditId)
        .bind(3, m_packageId)
        .bind(4, table)
        .bind(5, uuid)
        .bind(6, column);
    if (personal) {
        // Both sides stay sealed: the conflict table never holds personal data in clear.
        conflict.bind(7, QString::fromLatin1(mine.toByteArray().toBase64()))
            .bind(8, QString::fromLatin1(theirs.toByteArray().toBase64()));
    } else {
        conflict.bindVariant(7, mine.isNull() ? QVariant() : QVariant(mine.toString()))
            .bindVariant(8, theirs.isNull() ? QVariant() : QVariant(theirs.toString()));
    }
    conflict.bind(9, m_now).bind(10, personal ? 1 : 0);
    if (!conflict.exec()) {
        return Status::failure(conflict.errorMessage());
    }
    ++m_result.conflicts;
    return Status::success();
}

void PackageMerger::countPersonal(PersonalValueCodec::Outcome outcome)
{
    if (outcome == PersonalValueCodec::Outcome::Opened) {
        ++m_result.personalOpened;
    } else if (outcome == PersonalValueCodec::Outcome::KeptSealed) {
        ++m_result.personalKeptSealed;
    }
}

Status PackageMerger::mergeTable(const AuditTable& t)
{
    const QStringList known = tableColumns(m_db, t.name);
    const QSet<QString> personal = personalColumns(m_db, t.name);
    for (const QJsonValue& value : m_tables.value(t.name).toArray()) {
        const QJsonObject row = value.toObject();
        if (t.hasUuid &&
            m_scope.skipped.contains(t.name + QLatin1Char('/') + row.value(QStringLiteral("uuid")).toString())) {
            ++m_result.deletedHere; // deleted here since the package was made: it stays deleted
            continue;
        }
        if (Status s = mergeRow(t, known, personal, row); !s) {
            return s;
        }
    }
    return Status::success();
}

Status PackageMerger::mergeRow(const AuditTable& t, const QStringList& known, const QSet<QString>& personal,
                               const QJsonObject& row)
{
    QStringList columns;
    QVariantList values;
    QHash<QString, QJsonValue> personalValues; // column -> as it came
    bool parentNew = false;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            return Status::failure(Tr::tr("%1: refused: unknown column %2.%3").arg(m_path, t.name, it.key()));
        }
        columns << it.key();
        if (personal.contains(it.key())) {
            // Sealed under this store's data key bound to the row it is written to; a row
            // matched to a local one is sealed again for that row (compareWithLocal).
            PersonalValueCodec::Outcome outcome = PersonalValueCodec::Outcome::Null;
            Result<QVariant> stored = PersonalValueCodec::importValue(
                it.value(), m_personalKeys, &outcome, incomingPlace(t, row, it.key(), m_result.auditUuid));
            if (!stored) {
                return Status::failure(Tr::tr("%1: refused: %2.%3: %4").arg(m_path, t.name, it.key(), stored.error()));
            }
            personalValues.insert(it.key(), it.value());
            values << stored.value();
            countPersonal(outcome);
        } else if (PersonalValueCodec::isSealedJson(it.value())) {
            // Sealed data where this store expects none: never guess, never store it in clear.
            return Status::failure(Tr::tr("%1: refused: %2.%3 is sealed but is not a personal-data column here")
                                       .arg(m_path, t.name, it.key()));
        } else if (t.refs.contains(it.key())) {
            const QString parent = t.refs.value(it.key());
            values << lookup(parent, it.value().toString());
            parentNew |= m_insertedNow.contains(parent + QLatin1Char('/') + it.value().toString());
        } else {
            values << fromJson(it.value());
        }
    }
    if (t.name == QLatin1String("evidence")) {
        const PackageEntry* blob =
            m_container->entry(QStringLiteral("evidence/") + row.value(QStringLiteral("uuid")).toString());
        if (!blob) {
            return Status::failure(Tr::tr("%1: refused: an evidence file is missing").arg(m_path));
        }
        columns << QStringLiteral("content");
        values << blob->data;
    }
    const QString uuid = row.value(QStringLiteral("uuid")).toString();
    bool insert = false;
    if (t.hasUuid) {
        const QVariant existing = lookup(t.name, uuid);
        if (existing.isValid()) {
            return compareWithLocal(t, personal, row, personalValues, existing.toLongLong(), uuid);
        }
        insert = true;
        Result<NaturalMatch> match = findByNaturalKey(m_db, t, columns, values);
        if (!match) {
            return Status::failure(match.error());
        }
        const QString renamedColumn = naturalKeyOf(t.name).renamedColumn;
        if (match->id != 0 && !renamedColumn.isEmpty()) {
            const int at = int(columns.indexOf(renamedColumn));
            Result<QString> fresh = freshName(m_db, t, columns, values, values.at(at).toString());
            if (!fresh) {
                return Status::failure(fresh.error());
            }
            // Only interviews are renumbered today (their pseudonym is the natural key).
            m_result.renamed << Tr::tr("Interview %1 is %2 here (another auditor's interview is %1)")
                                    .arg(values.at(at).toString(), fresh.value());
            values[at] = fresh.value();
        } else if (match->id != 0) {
            // The incoming uuid now means the local row, for the rows that point at it.
            m_localId[t.name].insert(uuid, match->id);
            return compareWithLocal(t, personal, row, personalValues, match->id, match->uuid);
        }
    } else if (t.name == QLatin1String("audit_trail")) {
        Result<QVariant> exists = m_db.scalar(
            QStringLiteral("SELECT count(*) FROM audit_trail WHERE at = ?1 AND actor = ?2 AND entity_uuid = ?3 "
                           "AND action = ?4 AND coalesce(field, '') = coalesce(?5, '')"),
            {fromJson(row.value(QStringLiteral("at"))), fromJson(row.value(QStringLiteral("actor"))),
             fromJson(row.value(QStringLiteral("entity_uuid"))), fromJson(row.value(QStringLiteral("action"))),
             fromJson(row.value(QStringLiteral("field")))});
        insert = exists && exists->toInt() == 0;
    } else {
        insert = parentNew; // rows without a uuid come with the parent they belong to
    }
    return insert ? insertRow(t, columns, values, uuid) : Status::success();
}

// Same row here already (by uuid, or by its natural key in a team audit): differences are
// conflicts, shown to the user; the local value stays until the user decides.
Status PackageMerger::compareWithLocal(const AuditTable& t, const QSet<QString>& personal, const QJsonObject& row,
                                       const QHash<QString, QJsonValue>& personalValues, qint64 localRowId,
                                       const QString& localUuid)
{
    Result<Statement> local = m_db.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?1").arg(t.name));
    if (!local) {
        return Status::failure(local.error());
    }
    local->bind(1, localRowId);
    local->step();
    const ConflictRecorder recorder = [this](const QString& table, const QString& uuid, const QString& column,
                                             const QVariant& mine, const QVariant& theirs, bool isPersonal) {
        return recordConflict(table, uuid, column, mine, theirs, isPersonal);
    };
    bool differs = false;
    for (int c = 0; c < local->columnCount(); ++c) {
        const QString column = local->columnName(c);
        if (!row.contains(column) || t.refs.contains(column) || column == QLatin1String("updated_at") ||
            column == QLatin1String("content") || column == QLatin1String("uuid") ||
            column == QLatin1String("created_at")) {
            continue;
        }
        if (personal.contains(column)) {
            PersonalValueCodec::Outcome counted = PersonalValueCodec::Outcome::Null; // counted in mergeRow
            Result<QVariant> theirs =
                PersonalValueCodec::importValue(personalValues.value(column), m_personalKeys, &counted,
                                                SodiumDataProtector::placeContext(t.name, column, localUuid));
            if (!theirs) {
                return Status::failure(theirs.error());
            }
            Result<bool> changed = mergePersonal(m_db, t.name, localRowId, localUuid, column, local->value(c),
                                                 theirs.value(), m_personalKeys, m_result, recorder);
            if (!changed) {
                return Status::failure(changed.error());
            }
            differs |= changed.value();
            continue;
        }
        const QJsonValue mine = toJson(local->value(c));
        if (mine != row.value(column)) {
            differs = true;
            if (Status s =
                    recordConflict(t.name, localUuid, column, local->value(c), fromJson(row.value(column)), false);
                !s) {
                return s;
            }
        }
    }
    if (!differs) {
        ++m_result.unchanged;
    }
    return Status::success();
}

Status PackageMerger::insertRow(const AuditTable& t, const QStringList& columns, const QVariantList& values,
                                const QString& uuid)
{
    QStringList placeholders;
    for (int i = 1; i <= columns.size(); ++i) {
        placeholders << QStringLiteral("?%1").arg(i);
    }
    Result<Statement> ins =
        m_db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(t.name, columns.join(QLatin1Char(',')), placeholders.join(QLatin1Char(','))));
    if (!ins) {
        return Status::failure(ins.error());
    }
    for (int i = 0; i < values.size(); ++i) {
        ins->bindVariant(i + 1, values.at(i));
    }
    if (!ins->exec()) {
        return Status::failure(Tr::tr("%1: %2 could not be merged: %3").arg(m_path, t.name, ins->errorMessage()));
    }
    ++m_result.inserted;
    if (t.hasUuid) {
        m_localId[t.name].insert(uuid, m_db.lastInsertRowId());
        m_insertedNow.insert(t.name + QLatin1Char('/') + uuid);
    }
    return Status::success();
}

Status PackageMerger::recordPendingFacilityConflicts()
{
    for (const PendingConflict& c : std::as_const(m_pendingFacilityConflicts)) {
        if (Status s = recordConflict(QStringLiteral("facilities"), c.uuid, c.column, c.mine, c.theirs, false); !s) {
            return s;
        }
    }
    return Status::success();
}

// The package's deletions are remembered, so that no older package brings those rows back. A row the
// package deleted that this store still has is kept (a deletion is never applied silently) and counted.
Status PackageMerger::applyDeletions()
{
    Result<Statement> tomb = m_db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, deleted_at) VALUES (?1, "
                       "?2, ?3, ?4)"));
    if (!tomb) {
        return Status::failure(tomb.error());
    }
    for (const Tombstone& d : std::as_const(m_scope.tombstones)) {
        if (m_scope.tombstonesOfRowsHere.contains(d.entity + QLatin1Char('/') + d.uuid)) {
            // Never applied silently: a conflict for the user ("(deleted)"), once per row.
            Result<QVariant> open = m_db.scalar(
                QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE entity = ?1 AND entity_uuid = ?2 AND field = "
                               "?3 AND resolution IS NULL"),
                {d.entity, d.uuid, QString(kRowDeletedField)});
            if (open && open->toInt() == 0) {
                if (Status s = recordConflict(d.entity, d.uuid, QString(kRowDeletedField), QStringLiteral("present"),
                                              QStringLiteral("deleted %1").arg(d.deletedAt), false);
                    !s) {
                    return s;
                }
            }
            ++m_result.deletionsNotApplied;
            continue;
        }
        tomb->reset();
        tomb->bind(1, m_result.auditUuid).bind(2, d.entity).bind(3, d.uuid).bind(4, d.deletedAt);
        if (!tomb->exec()) {
            return Status::failure(tomb->errorMessage());
        }
        m_result.deletionsReceived += m_db.changes();
    }
    return Status::success();
}

} // namespace

Result<PackageImportResult> detail::mergeVerifiedPackage(const Database& db, const QString& path,
                                                         const QByteArray& bytes, const VerifiedSigner& signer,
                                                         const PackageImportOptions& options)
{
    PackageMerger merger(db, path, signer, options);
    return merger.run(bytes);
}

} // namespace fieldbook
