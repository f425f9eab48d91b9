#pragma once

#include "app/signing/Minisign.h"
#include "database/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace fieldbook {

class Database;

struct AuditorKeyInfo
{
    QString uuid;
    QString label; // the auditor's name as it appears on reports and in trusted comments
    MinisignPublicKey publicKey;
    QString createdAt;
};

// A key this store trusts (table trusted_keys): another auditor's or head office's signing key,
// or head office's encryption key.
struct TrustedKeyInfo
{
    QString label;
    QString purpose; // "signing" or "encryption"
    QString keyIdHex;
    QString fingerprint;
    QString addedAt;
    QString revokedAt; // empty: not revoked
};

// A signing key of this store that may verify packages, with the store's own name for it.
struct StoreSigningKey
{
    MinisignPublicKey key;
    QString label;       // the store's label (auditor_keys.label or trusted_keys.label), never the signature's
    bool own = false;    // one of this store's auditor keys (else a trusted key)
    QDateTime revokedAt; // invalid: not revoked
};

// Auditors' signing keys in the store (table auditor_keys): the public key in clear, the secret
// key only sealed under the auditor's passphrase (PassphraseBox). Also the keys this store trusts
// for verifying others' packages (table trusted_keys).
class KeyStore
{
public:
    static Result<AuditorKeyInfo> create(const Database& db, const QString& label, const QString& passphrase);
    static Result<QList<AuditorKeyInfo>> list(const Database& db);
    // By key id as minisign prints it, or its fingerprint with spaces.
    static Result<AuditorKeyInfo> find(const Database& db, const QString& keyId);
    // The secret key, for as long as the caller holds the returned pair.
    static Result<SigningKeyPair> unlock(const Database& db, const QString& keyId, const QString& passphrase);

    // A public key that may verify packages: one of this store's auditor keys or a trusted key.
    static Result<MinisignPublicKey> verificationKey(const Database& db, const QByteArray& keyId);
    // The store's signing key with this id (own auditor key first, then trusted keys), revoked or not.
    static Result<StoreSigningKey> signingKey(const Database& db, const QByteArray& keyId);
    // Refuses a package of a revoked key unless its signed timestamp is before the revocation.
    // The timestamp is the signer's own claim (signed, but by the key that was revoked): see
    // docs/security.md, Package boundary, for what that does and does not prove.
    static Status checkNotRevoked(const StoreSigningKey& key, const QDateTime& signedAt);
    // Marks a signing key (own or trusted) revoked as of `when`; revoking twice keeps the first date.
    static Status revoke(const Database& db, const QString& keyId, const QDateTime& when);
    // Removes a trusted key (signing or encryption) from the trust list.
    static Status untrust(const Database& db, const QString& keyId);
    // Trusting a key that is trusted already changes nothing.
    static Status trust(const Database& db, const MinisignPublicKey& key, const QString& label);
    // One row of trusted_keys ('signing' or 'encryption'), unless the key is there already.
    static Status addTrustedKey(const Database& db, const QString& purpose, const QString& keyIdHex,
                                const QByteArray& publicKey, const QString& label);
    static Result<QList<TrustedKeyInfo>> trustedKeys(const Database& db);
};

} // namespace fieldbook
