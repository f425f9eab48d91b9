#pragma once

#include "app/core/PersonalDataProtector.h"
#include "app/signing/SecureBytes.h"
#include "database/Result.h"

namespace fieldbook {

class Database;

// Seals personal data with the store's data key: XChaCha20-Poly1305, a random nonce per value,
// a version prefix so the format can change. Two versions:
//   "FBP1" || nonce (24) || ciphertext                 associated data a constant (older stores)
//   "FBP2" || n (2, big-endian) || context (n) || nonce (24) || ciphertext
//          associated data = "fieldbook-personal-data-v2" || 0 || context, where the context names
//          the value's place: "table/column/row" (sealFor). A value copied to another row or
//          column does not open there with openFor(); open() still opens it (it checks the
//          value's own context only), for code that does not know the row.
// FBP1 values stay readable; PersonalDataReseal rewrites them as FBP2 where it knows the row.
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
    // A 32-byte key derived from the data key for one purpose (keyed hashes of ID numbers):
    // secret to this store, never stored. Empty while locked.
    QByteArray derivedKey(const QByteArray& purpose) const;

    // Sealed for one place: context = placeContext(table, column, row).
    QByteArray sealFor(const QString& plaintext, const QByteArray& context) const override;
    // Opens an FBP2 value only when it was sealed for `context`; an FBP1 value (older) as open().
    std::optional<QString> openFor(const QByteArray& sealed, const QByteArray& context) const;
    static QByteArray placeContext(const QString& table, const QString& column, const QString& row);
    static bool isBound(const QByteArray& sealed); // FBP2
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
