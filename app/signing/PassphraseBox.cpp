#include "app/signing/PassphraseBox.h"

#include <QCoreApplication>
#include <sodium.h>

namespace fieldbook {

namespace {

// Argon2id, "moderate": about a second and 256 MiB on a laptop. A stolen laptop's store then
// costs an attacker that much per guess.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_MODERATE;
// What open() accepts from a store: up to libsodium's "sensitive" level (4 passes, 1 GiB).
constexpr qint64 kMaxOpsLimit = qint64(crypto_pwhash_OPSLIMIT_SENSITIVE);
constexpr qint64 kMaxMemLimit = qint64(crypto_pwhash_MEMLIMIT_SENSITIVE);
constexpr qsizetype kMaxSealedSecretBytes = 4096;

bool deriveKey(SecureBytes& key, const QString& passphrase, const QByteArray& salt, qint64 ops, qint64 mem)
{
    // One copy of the passphrase's bytes, wiped before the function returns.
    QByteArray bytes = passphrase.toUtf8();
    const bool ok =
        crypto_pwhash(key.data(), key.size(), bytes.constData(), static_cast<unsigned long long>(bytes.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<unsigned long long>(ops),
                      static_cast<size_t>(mem), crypto_pwhash_ALG_ARGON2ID13) == 0;
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return ok;
}

} // namespace

Result<SealedSecret> PassphraseBox::seal(const SecureBytes& secret, const QString& passphrase)
{
    if (!sodiumReady()) {
        return Result<SealedSecret>::failure(QStringLiteral("libsodium could not be initialised"));
    }
    if (passphrase.size() < kMinimumPassphraseLength) {
        return Result<SealedSecret>::failure(
            QCoreApplication::translate("Signing", "The passphrase must have at least %1 characters.")
                .arg(kMinimumPassphraseLength));
    }
    SealedSecret sealed;
    sealed.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(sealed.salt.data(), size_t(sealed.salt.size()));
    sealed.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(sealed.nonce.data(), size_t(sealed.nonce.size()));
    sealed.opsLimit = qint64(kOpsLimit);
    sealed.memLimit = qint64(kMemLimit);
    SecureBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!deriveKey(key, passphrase, sealed.salt, sealed.opsLimit, sealed.memLimit)) {
        return Result<SealedSecret>::failure(
            QCoreApplication::translate("Signing", "Not enough memory to protect the key with the passphrase."));
    }
    sealed.ciphertext.resize(qsizetype(secret.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(sealed.ciphertext.data()), &length, secret.data(), secret.size(), nullptr, 0,
        nullptr, reinterpret_cast<const unsigned char*>(sealed.nonce.constData()), key.data());
    sealed.ciphertext.resize(qsizetype(length));
    return sealed;
}

Result<SecureBytes> PassphraseBox::open(const SealedSecret& sealed, const QString& passphrase)
{
    const QString wrong = QCoreApplication::translate("Signing", "Wrong passphrase, or the protected key is damaged.");
    if (!sodiumReady() || sealed.salt.size() != crypto_pwhash_SALTBYTES ||
        sealed.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        sealed.ciphertext.size() < qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES) ||
        sealed.ciphertext.size() > kMaxSealedSecretBytes) {
        return Result<SecureBytes>::failure(wrong);
    }
    // The limits come from the store, which may be hostile (--db): bounded before use, or a
    // crafted store would hang the program or take all its memory deriving one key.
    if (sealed.opsLimit < qint64(crypto_pwhash_OPSLIMIT_MIN) || sealed.opsLimit > kMaxOpsLimit ||
        sealed.memLimit < qint64(crypto_pwhash_MEMLIMIT_MIN) || sealed.memLimit > kMaxMemLimit) {
        return Result<SecureBytes>::failure(
            QCoreApplication::translate("Signing",
                                        "The protected key asks for key-derivation limits out of bounds (%1 passes, "
                                        "%2 bytes): the store is damaged or was tampered with.")
                .arg(sealed.opsLimit)
                .arg(sealed.memLimit));
    }
    SecureBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!deriveKey(key, passphrase, sealed.salt, sealed.opsLimit, sealed.memLimit)) {
        return Result<SecureBytes>::failure(wrong);
    }
    SecureBytes secret(size_t(sealed.ciphertext.size()) - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            secret.data(), &length, nullptr, reinterpret_cast<const unsigned char*>(sealed.ciphertext.constData()),
            static_cast<unsigned long long>(sealed.ciphertext.size()), nullptr, 0,
            reinterpret_cast<const unsigned char*>(sealed.nonce.constData()), key.data()) != 0) {
        return Result<SecureBytes>::failure(wrong);
    }
    return secret;
}

} // namespace fieldbook
