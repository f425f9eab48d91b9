#include "app/signing/EncryptionKeyStore.h"
#include "app/signing/KeyStore.h"
#include "app/signing/PassphraseBox.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <sodium.h>

namespace fieldbook {

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names (see AuditPackage.cpp).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Signing)
};

QString normalised(const QString& keyId)
{
    return QString(keyId).remove(QLatin1Char(' ')).toUpper();
}

} // namespace

Result<EncryptionKeyInfo> EncryptionKeyStore::create(const Database& db, const QString& label,
                                                     const QString& passphrase)
{
    using R = Result<EncryptionKeyInfo>;
    if (label.trimmed().isEmpty()) {
        return R::failure(Tr::tr("An encryption key needs a name (for example \"Head office\")."));
    }
    if (!sodiumReady()) {
        return R::failure(QStringLiteral("libsodium could not be initialised"));
    }
    BoxKeyPair pair = BoxKeyPair::generate();
    Result<SealedSecret> sealed = PassphraseBox::seal(pair.secretKey, passphrase);
    if (!sealed) {
        return R::failure(sealed.error());
    }
    EncryptionKeyInfo info{newUuid(), label.trimmed(), pair.publicKey, nowUtc()};
    Transaction tx(db);
    Result<Statement> stmt = db.prepare(QStringLiteral(
        "INSERT INTO encryption_keys (uuid, label, key_id, public_key, secret_key_encrypted, kdf_salt, kdf_opslimit, "
        "kdf_memlimit, nonce, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!stmt) {
        return R::failure(stmt.error());
    }
    stmt->bind(1, info.uuid)
        .bind(2, info.label)
        .bind(3, info.publicKey.keyIdHex())
        .bind(4, info.publicKey.publicKey)
        .bind(5, sealed->ciphertext)
        .bind(6, sealed->salt)
        .bind(7, sealed->opsLimit)
        .bind(8, sealed->memLimit)
        .bind(9, sealed->nonce)
        .bind(10, info.createdAt);
    if (!stmt->exec()) {
        return R::failure(stmt->errorMessage());
    }
    if (Status s = AuditTrail::record(db, {0,
                                           info.createdAt,
                                           db.actor(),
                                           {},
                                           QStringLiteral("encryption_keys"),
                                           info.uuid,
                                           QStringLiteral("insert"),
                                           QStringLiteral("key_id"),
                                           {},
                                           info.publicKey.keyIdHex()});
        !s) {
        return R::failure(s.error());
    }
    if (Status s = tx.commit(); !s) {
        return R::failure(s.error());
    }
    return info;
}

Result<QList<EncryptionKeyInfo>> EncryptionKeyStore::list(const Database& db)
{
    Result<Statement> stmt = db.prepare(QStringLiteral(
        "SELECT uuid, label, public_key, created_at FROM encryption_keys WHERE revoked_at IS NULL ORDER BY id"));
    if (!stmt) {
        return Result<QList<EncryptionKeyInfo>>::failure(stmt.error());
    }
    QList<EncryptionKeyInfo> keys;
    while (stmt->step()) {
        keys.append({stmt->text(0), stmt->text(1), BoxPublicKey::fromPublicKey(stmt->blob(2)), stmt->text(3)});
    }
    return keys;
}

Result<EncryptionKeyInfo> EncryptionKeyStore::find(const Database& db, const QString& keyId)
{
    Result<QList<EncryptionKeyInfo>> keys = list(db);
    if (!keys) {
        return Result<EncryptionKeyInfo>::failure(keys.error());
    }
    for (const EncryptionKeyInfo& k : keys.value()) {
        if (k.publicKey.keyIdHex() == normalised(keyId)) {
            return k;
        }
    }
    return Result<EncryptionKeyInfo>::failure(Tr::tr("No encryption key %1 in this store.").arg(keyId));
}

Result<BoxKeyPair> EncryptionKeyStore::unlock(const Database& db, const QString& keyId, const QString& passphrase)
{
    using R = Result<BoxKeyPair>;
    Result<Statement> stmt = db.prepare(
        QStringLiteral("SELECT public_key, secret_key_encrypted, kdf_salt, kdf_opslimit, kdf_memlimit, nonce "
                       "FROM encryption_keys WHERE key_id = ?1 AND revoked_at IS NULL"));
    if (!stmt) {
        return R::failure(stmt.error());
    }
    stmt->bind(1, normalised(keyId));
    if (!stmt->step()) {
        return R::failure(Tr::tr("No encryption key %1 in this store.").arg(keyId));
    }
    const SealedSecret sealed{stmt->blob(2), stmt->blob(5), stmt->blob(1), stmt->int64(3), stmt->int64(4)};
    Result<SecureBytes> secret = PassphraseBox::open(sealed, passphrase);
    if (!secret) {
        return R::failure(secret.error());
    }
    BoxKeyPair pair;
    pair.publicKey = BoxPublicKey::fromPublicKey(stmt->blob(0));
    pair.secretKey = secret.take();
    // The sealed secret must belong to the stored public key.
    QByteArray derived(crypto_box_PUBLICKEYBYTES, '\0');
    if (pair.secretKey.size() != crypto_box_SECRETKEYBYTES ||
        crypto_scalarmult_base(reinterpret_cast<unsigned char*>(derived.data()), pair.secretKey.data()) != 0 ||
        derived != pair.publicKey.publicKey) {
        return R::failure(Tr::tr("The stored encryption key %1 is damaged.").arg(keyId));
    }
    return pair;
}

Status EncryptionKeyStore::trust(const Database& db, const BoxPublicKey& key, const QString& label)
{
    return KeyStore::addTrustedKey(db, QStringLiteral("encryption"), key.keyIdHex(), key.publicKey, label);
}

Result<QList<RecipientKey>> EncryptionKeyStore::recipients(const Database& db)
{
    Result<Statement> stmt = db.prepare(
        QStringLiteral("SELECT label, public_key FROM trusted_keys WHERE purpose = 'encryption' ORDER BY label, id"));
    if (!stmt) {
        return Result<QList<RecipientKey>>::failure(stmt.error());
    }
    QList<RecipientKey> keys;
    while (stmt->step()) {
        keys.append({stmt->text(0), BoxPublicKey::fromPublicKey(stmt->blob(1))});
    }
    return keys;
}

Result<RecipientKey> EncryptionKeyStore::recipient(const Database& db, const QString& keyId)
{
    Result<QList<RecipientKey>> keys = recipients(db);
    if (!keys) {
        return Result<RecipientKey>::failure(keys.error());
    }
    for (const RecipientKey& k : keys.value()) {
        if (k.publicKey.keyIdHex() == normalised(keyId)) {
            return k;
        }
    }
    return Result<RecipientKey>::failure(
        Tr::tr("The encryption key %1 is not trusted by this store: add head office's key with fieldbook-cli trust "
               "--encryption FILE.")
            .arg(keyId));
}

} // namespace fieldbook
