#pragma once

#include "app/signing/SealedBox.h"
#include "database/Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QVariant>
#include <optional>

namespace fieldbook {

class PersonalDataProtector;

// How one personal-data value crosses a package (docs/package-format.md, "Personal data").
//
// In audit.json a sealed value is {"$sealed": base64(crypto_box_seal(padded UTF-8))}, sealed to
// head office's encryption key; null stays null. In a store, a personal column holds either
//   "FBP1" ...                         sealed with the store's data key (SodiumDataProtector), or
//   "FBX1" || key id (8) || sealed box  as it came in a package, for one of this store's
//                                      encryption keys, until that key's passphrase is given.
// Neither is plaintext; code that opens values with the protector sees an "FBX1" value as locked.
class PersonalValueCodec
{
public:
    static const QString kSealedKey; // "$sealed"

    // Export: the stored value opened with `protector` and sealed to `recipient`.
    // A value that cannot be opened fails the export (the message names `where`).
    static Result<QJsonValue> exportValue(const QVariant& stored, const PersonalDataProtector* protector,
                                          const BoxPublicKey& recipient, const QString& where);

    enum class Outcome
    {
        Null,       // nothing came
        Opened,     // opened with this store's encryption key and sealed under its data key
        KeptSealed, // kept as it came ("FBX1"): the encryption key's passphrase was not given
        Unavailable // sealed for a key this store does not have: left out
    };
    struct ImportKeys
    {
        const PersonalDataProtector* protector = nullptr; // this store's data key (unlocked)
        const BoxKeyPair* encryptionKey = nullptr;        // this store's encryption key (unlocked)
        QByteArray recipientKeyId;                        // the key the package was sealed for
        bool recipientIsOurs = false;                     // one of this store's encryption keys
    };
    // Import: the form to store for an incoming audit.json value; refuses malformed values.
    // `place` (SodiumDataProtector::placeContext: table, column, row) binds the stored value to the
    // row it is written to; empty keeps the older unbound form.
    static Result<QVariant> importValue(const QJsonValue& incoming, const ImportKeys& keys, Outcome* outcome,
                                        const QByteArray& place = {});
    // The plaintext of a stored value when it can be opened with what is unlocked (for comparing).
    static std::optional<QString> openStored(const QByteArray& stored, const ImportKeys& keys);

    static bool isSealedJson(const QJsonValue& value);
    static bool isKeptSealed(const QByteArray& stored);
    static QByteArray keptSealedKeyId(const QByteArray& stored);
    static QByteArray keptSealed(const QByteArray& keyId, const QByteArray& box);
    static QByteArray keptSealedBox(const QByteArray& stored);
};

} // namespace fieldbook
