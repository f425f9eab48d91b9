#pragma once

#include "app/signing/SecureBytes.h"
#include "database/Result.h"

#include <QByteArray>
#include <QString>

namespace fieldbook {

// A secret sealed under a passphrase: key from Argon2id (crypto_pwhash) with a random salt,
// encryption with XChaCha20-Poly1305 (IETF AEAD). The KDF parameters are stored with the
// ciphertext so stronger defaults later still open old boxes.
struct SealedSecret
{
    QByteArray salt;
    QByteArray nonce;
    QByteArray ciphertext; // secret + 16-byte tag
    qint64 opsLimit = 0;
    qint64 memLimit = 0;
};

class PassphraseBox
{
public:
    static Result<SealedSecret> seal(const SecureBytes& secret, const QString& passphrase);
    // Fails cleanly ("wrong passphrase, or the key is damaged") without revealing which.
    static Result<SecureBytes> open(const SealedSecret& sealed, const QString& passphrase);
    // Minimum passphrase length enforced when creating keys.
    static constexpr int kMinimumPassphraseLength = 8;
};

} // namespace fieldbook
