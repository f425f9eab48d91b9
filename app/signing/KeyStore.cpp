#include "app/signing/KeyStore.h"
#include "app/signing/PassphraseBox.h"
#include "app/signing/SealedBox.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <sodium.h>

namespace fieldbook {

namespace {

QString normalisedKeyId(const QString& keyId)
{
    return QString(keyId).remove(QLatin1Char(' ')).toUpper();
}

QByteArray keyIdBytes(const QString& hex)
{
    QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    std::reverse(bytes.begin(), bytes.end());
    return bytes;
}

} // namespace

Result<AuditorKeyInfo> KeyStore::create(const Database& db, const QString& label, const QString& passphrase)
{
    if (label.trimmed().isEmpty()) {
        return Result<AuditorKeyInfo>::failure(
            QCoreApplication::translate("Signing", "A key needs the auditor's name."));
    }
    if (!sodiumReady()) {
        return Result<AuditorKeyInfo>::failure(QStringLiteral("libsodium could not be initialised"));
    }
    SigningKeyPair pair = SigningKeyPair::generate();
    Result<SealedSecret> sealed = PassphraseBox::seal(pair.secretKey, passphrase);
    if (!sealed) {
        return Result<AuditorKeyInfo>::failure(sealed.error());
    }
    AuditorKeyInfo info{newUuid(), label.trimmed(), pair.publicKey, nowUtc()};
    Transaction tx(db);
    Result<Statement> stmt = db.prepare(QStringLiteral(
        "INSERT INTO auditor_keys (uuid, label, key_id, public_key, secret_key_encrypted, kdf_salt, kdf_opslimit, "
        "kdf_memlimit, nonce, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!stmt) {
        return Result<AuditorKeyInfo>::failure(stmt.error());
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
        return Result<AuditorKeyInfo>::failure(stmt->errorMessage());
    }
    if (Status s = AuditTrail::record(db, {0,
                                           info.createdAt,
                                           info.label,
                                           {},
                                           QStringLiteral("auditor_keys"),
                                           info.uuid,
                                           QStringLiteral("insert"),
                                           QStringLiteral("key_id"),
                                           {},
                                           info.publicKey.keyIdHex()});
        !s) {
        return Result<AuditorKeyInfo>::failure(s.error());
    }
    if (Status s = tx.commit(); !s) {
        return Result<AuditorKeyInfo>::failure(s.error());
    }
    return info;
}

Result<QList<AuditorKeyInfo>> KeyStore::list(const Database& db)
{
    Result<Statement> stmt = db.prepare(QStringLiteral(
        "SELECT uuid, label, key_id, public_key, created_at FROM auditor_keys WHERE revoked_at IS NULL ORDER BY id"));
    if (!stmt) {
        return Result<QList<AuditorKeyInfo>>::failure(stmt.error());
    }
    QList<AuditorKeyInfo> keys;
    while (stmt->step()) {
        keys.append({stmt->text(0), stmt->text(1), {keyIdBytes(stmt->text(2)), stmt->blob(3)}, stmt->text(4)});
    }
    return keys;
}

Result<AuditorKeyInfo> KeyStore::find(const Database& db, const QString& keyId)
{
    Result<QList<AuditorKeyInfo>> keys = list(db);
    if (!keys) {
        return Result<AuditorKeyInfo>::failure(keys.error());
    }
    const QString wanted = normalisedKeyId(keyId);
    for (const AuditorKeyInfo& k : keys.value()) {
        if (k.publicKey.keyIdHex() == wanted) {
            return k;
        }
    }
    return Result<AuditorKeyInfo>::failure(
        QCoreApplication::translate("Signing", "No auditor key %1 in this store.").arg(keyId));
}

Result<SigningKeyPair> KeyStore::unlock(const Database& db, const QString& keyId, const QString& passphrase)
{
    Result<Statement> stmt = db.prepare(QStringLiteral(
        "SELECT public_key, secret_key_encrypted, kdf_salt, kdf_opslimit, kdf_memlimit, nonce FROM auditor_keys "
        "WHERE key_id = ?1 AND revoked_at IS NULL"));
    if (!stmt) {
        return Result<SigningKeyPair>::failure(stmt.error());
    }
    stmt->bind(1, normalisedKeyId(keyId));
    if (!stmt->step()) {
        return Result<SigningKeyPair>::failure(
            QCoreApplication::translate("Signing", "No auditor key %1 in this store.").arg(keyId));
    }
    SealedSecret sealed{stmt->blob(2), stmt->blob(5), stmt->blob(1), stmt->int64(3), stmt->int64(4)};
    Result<SecureBytes> secret = PassphraseBox::open(sealed, passphrase);
    if (!secret) {
        return Result<SigningKeyPair>::failure(secret.error());
    }
    SigningKeyPair pair;
    pair.publicKey = {keyIdBytes(normalisedKeyId(keyId)), stmt->blob(0)};
    pair.secretKey = secret.take();
    // The sealed secret must belong to the stored public key (libsodium's secret key ends with it).
    if (pair.secretKey.size() != crypto_sign_SECRETKEYBYTES ||
        QByteArray(reinterpret_cast<const char*>(pair.secretKey.data()) + 32, 32) != pair.publicKey.publicKey) {
        return Result<SigningKeyPair>::failure(
            QCoreApplication::translate("Signing", "The stored key %1 is damaged.").arg(keyId));
    }
    return pair;
}

Result<MinisignPublicKey> KeyStore::verificationKey(const Database& db, const QByteArray& keyId)
{
    const MinisignPublicKey probe{keyId, {}};
    Result<QVariant> own =
        db.scalar(QStringLiteral("SELECT public_key FROM auditor_keys WHERE key_id = ?1"), {probe.keyIdHex()});
    // The store may be hostile (--db): a key of another length would be read past its end.
    const auto damaged = [&]() {
        return Result<MinisignPublicKey>::failure(
            QCoreApplication::translate("Signing", "The stored public key %1 is damaged (not %2 bytes).")
                .arg(probe.fingerprint())
                .arg(crypto_sign_PUBLICKEYBYTES));
    };
    if (own && own->isValid() && !own->isNull()) {
        if (own->toByteArray().size() != qsizetype(crypto_sign_PUBLICKEYBYTES)) {
            return damaged();
        }
        return MinisignPublicKey{keyId, own->toByteArray()};
    }
    Result<QVariant> trusted =
        db.scalar(QStringLiteral("SELECT public_key FROM trusted_keys WHERE purpose = 'signing' AND key_id = ?1"),
                  {probe.keyIdHex()});
    if (trusted && trusted->isValid() && !trusted->isNull()) {
        if (trusted->toByteArray().size() != qsizetype(crypto_sign_PUBLICKEYBYTES)) {
            return damaged();
        }
        return MinisignPublicKey{keyId, trusted->toByteArray()};
    }
    return Result<MinisignPublicKey>::failure(
        QCoreApplication::translate("Signing",
                                    "The signer's key %1 is not trusted by this store; give it with --pubkey "
                                    "or add it with fieldbook-cli trust.")
            .arg(probe.fingerprint()));
}

Result<StoreSigningKey> KeyStore::signingKey(const Database& db, const QByteArray& keyId)
{
    using R = Result<StoreSigningKey>;
    const MinisignPublicKey probe{keyId, {}};
    for (const bool own : {true, false}) {
        Result<Statement> s = db.prepare(
            own ? QStringLiteral("SELECT public_key, label, revoked_at FROM auditor_keys WHERE key_id = ?1")
                : QStringLiteral("SELECT public_key, label, revoked_at FROM trusted_keys WHERE purpose = 'signing' "
                                 "AND key_id = ?1"));
        if (!s) {
            return R::failure(s.error());
        }
        s->bind(1, probe.keyIdHex());
        if (s->step()) {
            StoreSigningKey key;
            key.key = MinisignPublicKey{keyId, s->blob(0)};
            key.label = s->text(1);
            key.own = own;
            if (!s->isNull(2)) {
                key.revokedAt = QDateTime::fromString(s->text(2), Qt::ISODateWithMs);
                if (!key.revokedAt.isValid()) {
                    key.revokedAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC); // unreadable: revoked always
                }
            }
            if (key.key.publicKey.size() != 32) {
                return R::failure(
                    QCoreApplication::translate("Signing", "The store's key %1 is damaged.").arg(probe.fingerprint()));
            }
            return key;
        }
    }
    return R::failure(QCoreApplication::translate("Signing",
                                                  "The signer's key %1 is not trusted by this store; give it with "
                                                  "--pubkey or add it with fieldbook-cli trust.")
                          .arg(probe.fingerprint()));
}

Status KeyStore::checkNotRevoked(const StoreSigningKey& key, const QDateTime& signedAt)
{
    if (!key.revokedAt.isValid()) {
        return Status::success();
    }
    if (!signedAt.isValid()) {
        return Status::failure(QCoreApplication::translate("Signing",
                                                           "key %1 (\"%2\") was revoked on %3 and the signature "
                                                           "carries no timestamp")
                                   .arg(key.key.fingerprint(), key.label, key.revokedAt.toString(Qt::ISODate)));
    }
    if (signedAt >= key.revokedAt) {
        return Status::failure(QCoreApplication::translate("Signing",
                                                           "key %1 (\"%2\") was revoked on %3; this was signed on %4, "
                                                           "after the revocation")
                                   .arg(key.key.fingerprint(), key.label, key.revokedAt.toString(Qt::ISODate),
                                        signedAt.toString(Qt::ISODate)));
    }
    return Status::success();
}

Status KeyStore::revoke(const Database& db, const QString& keyId, const QDateTime& when)
{
    const QString id = normalisedKeyId(keyId);
    const QString at = when.toUTC().toString(Qt::ISODateWithMs);
    for (const QString& sql :
         {QStringLiteral("UPDATE auditor_keys SET revoked_at = ?1 WHERE key_id = ?2 AND revoked_at IS NULL"),
          QStringLiteral("UPDATE trusted_keys SET revoked_at = ?1 WHERE key_id = ?2 AND purpose = 'signing' AND "
                         "revoked_at IS NULL")}) {
        Result<Statement> s = db.prepare(sql);
        if (!s) {
            return Status::failure(s.error());
        }
        s->bind(1, at).bind(2, id);
        if (!s->exec()) {
            return Status::failure(s->errorMessage());
        }
    }
    Result<QVariant> known =
        db.scalar(QStringLiteral("SELECT (SELECT count(*) FROM auditor_keys WHERE key_id = ?1) + (SELECT count(*) FROM "
                                 "trusted_keys WHERE key_id = ?1 AND purpose = 'signing')"),
                  {id});
    if (!known || known->toInt() == 0) {
        return Status::failure(QCoreApplication::translate("Signing", "No signing key %1 in this store.").arg(keyId));
    }
    return Status::success();
}

Status KeyStore::untrust(const Database& db, const QString& keyId)
{
    Result<Statement> s = db.prepare(QStringLiteral("DELETE FROM trusted_keys WHERE key_id = ?1"));
    if (!s) {
        return Status::failure(s.error());
    }
    s->bind(1, normalisedKeyId(keyId));
    if (!s->exec()) {
        return Status::failure(s->errorMessage());
    }
    if (db.changes() == 0) {
        return Status::failure(QCoreApplication::translate("Signing", "No trusted key %1 in this store.").arg(keyId));
    }
    return Status::success();
}

Status KeyStore::trust(const Database& db, const MinisignPublicKey& key, const QString& label)
{
    return addTrustedKey(db, QStringLiteral("signing"), key.keyIdHex(), key.publicKey, label);
}

Status KeyStore::addTrustedKey(const Database& db, const QString& purpose, const QString& keyIdHex,
                               const QByteArray& publicKey, const QString& label)
{
    Result<QVariant> known = db.scalar(
        QStringLiteral("SELECT count(*) FROM trusted_keys WHERE purpose = ?1 AND key_id = ?2"), {purpose, keyIdHex});
    if (known && known->toInt() > 0) {
        return Status::success(); // trusting a key twice changes nothing
    }
    Result<Statement> stmt = db.prepare(
        QStringLiteral("INSERT INTO trusted_keys (uuid, label, purpose, key_id, public_key, added_at) VALUES (?1, ?2, "
                       "?3, ?4, ?5, ?6)"));
    if (!stmt) {
        return Status::failure(stmt.error());
    }
    stmt->bind(1, newUuid()).bind(2, label).bind(3, purpose).bind(4, keyIdHex).bind(5, publicKey).bind(6, nowUtc());
    return stmt->exec() ? Status::success() : Status::failure(stmt->errorMessage());
}

Result<QList<TrustedKeyInfo>> KeyStore::trustedKeys(const Database& db)
{
    Result<Statement> stmt = db.prepare(
        QStringLiteral("SELECT label, purpose, key_id, public_key, added_at, revoked_at FROM trusted_keys ORDER BY "
                       "purpose, id"));
    if (!stmt) {
        return Result<QList<TrustedKeyInfo>>::failure(stmt.error());
    }
    QList<TrustedKeyInfo> keys;
    while (stmt->step()) {
        TrustedKeyInfo info{stmt->text(0), stmt->text(1), stmt->text(2), {}, stmt->text(4), stmt->text(5)};
        info.fingerprint = info.purpose == QLatin1String("signing")
                               ? MinisignPublicKey{keyIdBytes(info.keyIdHex), {}}.fingerprint()
                               : BoxPublicKey::fromPublicKey(stmt->blob(3)).fingerprint();
        keys.append(info);
    }
    return keys;
}

} // namespace fieldbook
