#pragma once

#include "app/signing/SecureBytes.h"
#include "database/Result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace fieldbook {

// Head office's encryption public key (X25519, libsodium crypto_box), as a small text file an
// auditor trusts (docs/package-format.md, "Encryption public key file"):
//   untrusted comment: Fieldbook encryption public key: LABEL
//   base64("BX" || key id (8) || X25519 public key (32))
// The key id is the first 8 bytes of BLAKE2b-128(public key), so a damaged file is recognised.
struct BoxPublicKey
{
    QByteArray keyId;     // 8 bytes
    QByteArray publicKey; // 32 bytes

    QString keyIdHex() const;
    // For people: the key id in groups of four, as for signing keys.
    QString fingerprint() const;
    QByteArray toFile(const QString& label) const;
    // The label written in the file's comment (untrusted: a hint, never proof of ownership).
    static QString labelInFile(const QByteArray& fileText);
    static Result<BoxPublicKey> parse(const QByteArray& fileText, const QString& fileName = QString());
    static BoxPublicKey fromPublicKey(const QByteArray& publicKey);
    static QByteArray keyIdFromHex(const QString& hex);
};

// An unlocked encryption key pair (secret key in guarded memory).
struct BoxKeyPair
{
    BoxPublicKey publicKey;
    SecureBytes secretKey; // 32 bytes

    static BoxKeyPair generate();
};

// Anonymous sealed boxes (crypto_box_seal) for personal values travelling in packages. The
// plaintext is padded to a multiple of 32 bytes first (sodium_pad) so a sealed name does not
// give away its exact length.
class SealedBox
{
public:
    static constexpr size_t kPadBlock = 32;
    static QByteArray seal(const QString& plaintext, const BoxPublicKey& recipient);
    // nullopt when the box was not sealed for this key pair or is damaged.
    static std::optional<QString> open(const QByteArray& sealed, const BoxKeyPair& key);
};

} // namespace fieldbook
