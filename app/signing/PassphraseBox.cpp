#include "app/signing/PassphraseBox.h"

#include <QCoreApplication>
#include <sodium.h>

namespace fieldbook {

namespace {

// Argon2id, "moderate": about a second and 256 MiB on a laptop. A stolen laptop's store then
// costs an attacker that much per guess.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_MODERATE;

bool deriveKey(SecureBytes& key, const QString& passphrase, const QByteArray& salt, qint64 ops, qint64 mem)
{
    SecureBytes utf8(size_t(passphrase.toUtf8().size()) + 1);
    const QByteArray bytes = passphrase.toUtf8();
    std::copy(bytes.begin(), bytes.end(), utf8.data());
    return crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(utf8.data()),
                         static_cast<unsigned long long>(bytes.size()),
                         reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<unsigned long long>(ops),
                         static_cast<size_t>(mem), crypto_pwhash_ALG_ARGON2ID13) == 0;
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
        sealed.ciphertext.size() < qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES) || sealed.opsLimit <= 0 ||
        sealed.memLimit <= 0) {
        return Result<SecureBytes>::failure(wrong);
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
