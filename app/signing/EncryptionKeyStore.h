#pragma once

#include "app/signing/SealedBox.h"
#include "database/Result.h"

#include <QList>
#include <QString>

namespace fieldbook {

class Database;

struct EncryptionKeyInfo
{
    QString uuid;
    QString label; // "Head office Geneva", "Team lead Ana Lee"
    BoxPublicKey publicKey;
    QString createdAt;
};

// A key personal data may be sealed to: one trusted by this store (trusted_keys, purpose
// 'encryption'), usually head office's.
struct RecipientKey
{
    QString label;
    BoxPublicKey publicKey;
};

// Head office's side: its encryption key pairs (table encryption_keys, secret only sealed under a
// passphrase). The auditor's side: the recipients it trusts (trusted_keys, purpose 'encryption').
class EncryptionKeyStore
{
public:
    static Result<EncryptionKeyInfo> create(const Database& db, const QString& label, const QString& passphrase);
    static Result<QList<EncryptionKeyInfo>> list(const Database& db);
    // By key id or fingerprint (spaces ignored).
    static Result<EncryptionKeyInfo> find(const Database& db, const QString& keyId);
    static Result<BoxKeyPair> unlock(const Database& db, const QString& keyId, const QString& passphrase);

    static Status trust(const Database& db, const BoxPublicKey& key, const QString& label);
    static Result<QList<RecipientKey>> recipients(const Database& db);
    static Result<RecipientKey> recipient(const Database& db, const QString& keyId);
};

} // namespace fieldbook
