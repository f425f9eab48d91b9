#include "app/sync/AuditPackage.h"
#include "app/core/PersonalDataProtector.h"
#include "app/records/RecordStore.h"
#include "app/signing/KeyStore.h"
#include "app/signing/SodiumDataProtector.h"
#include "app/sync/AuditPackageMerge.h"
#include "app/sync/AuditTables.h"
#include "app/sync/PackageValues.h"
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

using packagevalues::personalColumns;
using packagevalues::toJson;

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// would put these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Package)
};

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

} // namespace fieldbook
