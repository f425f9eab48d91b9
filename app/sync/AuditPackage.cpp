#include "app/sync/AuditPackage.h"
#include "app/core/PersonalDataProtector.h"
#include "app/signing/KeyStore.h"
#include "app/sync/AuditTables.h"
#include "app/sync/PersonalDataReseal.h"
#include "app/sync/PersonalValueCodec.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <algorithm>
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
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QVariant(qint64(d)) : QVariant(d);
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
    Result<Statement> q = db.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(natural.renamedColumn, t.name, where.join(QLatin1String(" AND "))));
    if (!q) {
        return Result<QString>::failure(q.error());
    }
    for (int i = 0; i < binds.size(); ++i) {
        q->bindVariant(i + 1, binds.at(i));
    }
    int highest = 0;
    while (q->step()) {
        bool ok = false;
        const int n = q->text(0).mid(prefix.size()).toInt(&ok);
        if (ok) {
            highest = std::max(highest, n);
        }
    }
    return QString(prefix + QString::number(highest + 1).rightJustified(std::max(digits, 2), QLatin1Char('0')));
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
    Result<MinisignPublicKey> key = options.publicKey ? Result<MinisignPublicKey>(*options.publicKey)
                                                      : KeyStore::verificationKey(db, signature->keyId);
    if (!key) {
        return R::failure(Tr::tr("%1: refused: %2").arg(path, key.error()));
    }
    if (Status valid = Minisign::verify(bytes, signature.value(), key.value()); !valid) {
        return R::failure(Tr::tr("%1: refused, the package was tampered with: %2").arg(path, valid.error()));
    }
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
    result.signer = signature->trustedComment;
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
    const QString now = nowUtc();
    Result<Statement> packageRow = db.prepare(QStringLiteral(
        "INSERT INTO package_imports (uuid, audit_uuid, package_sha256, signer_key_id, signed_at, imported_at, "
        "personal_data, signer) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!packageRow) {
        return R::failure(packageRow.error());
    }
    const QDateTime signedAt = Minisign::timestampOf(signature->trustedComment);
    packageRow->bind(1, newUuid())
        .bind(2, result.auditUuid)
        .bind(3, packageHash)
        .bind(4, MinisignPublicKey{signature->keyId, {}}.keyIdHex())
        .bind(5, signedAt.isValid() ? signedAt.toString(Qt::ISODate) : QString())
        .bind(6, now)
        .bind(7, result.personalData)
        .bindTextOrNull(8, Minisign::signerOf(signature->trustedComment));
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
    auto recordConflict = [&](const QString& table, const QString& uuid, const QString& column, const QVariant& mine,
                              const QVariant& theirs, bool personal) -> Status {
        conflict->reset();
        conflict->bind(1, newUuid())
            .bindVariant(2, lookup(QStringLiteral("audits"), result.auditUuid))
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
            QStringList columns;
            QVariantList values;
            QHash<QString, QVariant> personalValues; // column -> form to store
            bool parentNew = false;
            for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
                if (!known.contains(it.key())) {
                    return R::failure(Tr::tr("%1: refused: unknown column %2.%3").arg(path, t.name, it.key()));
                }
                columns << it.key();
                if (personal.contains(it.key())) {
                    PersonalValueCodec::Outcome outcome = PersonalValueCodec::Outcome::Null;
                    Result<QVariant> stored = PersonalValueCodec::importValue(it.value(), personalKeys, &outcome);
                    if (!stored) {
                        return R::failure(Tr::tr("%1: refused: %2.%3: %4").arg(path, t.name, it.key(), stored.error()));
                    }
                    personalValues.insert(it.key(), stored.value());
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
                        Result<bool> changed =
                            mergePersonal(db, t.name, localRowId, localUuid, column, local->value(c),
                                          personalValues.value(column), personalKeys, result, recordConflict);
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
    if (Status s = tx.commit(); !s) {
        return R::failure(s.error());
    }
    if (Status s = resealKept(); !s) {
        return R::failure(s.error());
    }
    return result;
}

} // namespace fieldbook
