#pragma once

#include "app/core/PersonalDataProtector.h"
#include "app/signing/SecureBytes.h"
#include "database/Result.h"

namespace fieldbook {

class Database;

// Seals personal data with the store's data key: XChaCha20-Poly1305, a random nonce per value,
// a version prefix so the format can change later. Sealed value = "FBP1" || nonce (24) || ciphertext.
// The data key itself is kept in the store only wrapped by a passphrase (table data_keys), and
// lives unwrapped in guarded memory for as long as this object does ("unlocked for the session").
class SodiumDataProtector : public PersonalDataProtector
{
public:
    explicit SodiumDataProtector(SecureBytes key);

    bool isUnlocked() const override
    {
        return m_key.size() == 32;
    }
    QByteArray seal(const QString& plaintext) const override;
    std::optional<QString> open(const QByteArray& sealed) const override;
    std::shared_ptr<const PersonalDataProtector> clone() const override;

    static bool hasDataKey(const Database& db);
    // Creates the store's data key, wrapped by `passphrase`. Fails if the store has one already.
    static Result<std::unique_ptr<SodiumDataProtector>> create(const Database& db, const QString& passphrase);
    // Unwraps the store's data key. A wrong passphrase fails cleanly.
    static Result<std::unique_ptr<SodiumDataProtector>> unlock(const Database& db, const QString& passphrase);
    // Unlocks the existing key, or creates one when the store has none yet.
    static Result<std::unique_ptr<SodiumDataProtector>> unlockOrCreate(const Database& db, const QString& passphrase);

private:
    SecureBytes m_key;
};

} // namespace fieldbook
