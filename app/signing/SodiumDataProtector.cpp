#include "app/signing/SodiumDataProtector.h"
#include "app/signing/PassphraseBox.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <cstring>
#include <sodium.h>

namespace fieldbook {

namespace {
const QByteArray kMagic("FBP1");
const QByteArray kAssociated("fieldbook-personal-data-v1");
const QByteArray kBoundMagic("FBP2");
const QByteArray kBoundAssociated("fieldbook-personal-data-v2");
constexpr qsizetype kMaxContext = 1024;

QByteArray boundAssociated(const QByteArray& context)
{
    return kBoundAssociated + '\0' + context;
}

QByteArray encrypt(const QByteArray& message, const QByteArray& associated, const unsigned char* key,
                   QByteArray* nonceOut)
{
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, '\0');
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray cipher(message.size() + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES), '\0');
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(cipher.data()), &length,
                                               reinterpret_cast<const unsigned char*>(message.constData()),
                                               static_cast<unsigned long long>(message.size()),
                                               reinterpret_cast<const unsigned char*>(associated.constData()),
                                               static_cast<unsigned long long>(associated.size()), nullptr,
                                               reinterpret_cast<const unsigned char*>(nonce.constData()), key);
    cipher.resize(qsizetype(length));
    *nonceOut = nonce;
    return cipher;
}

std::optional<QString> decrypt(const QByteArray& nonce, const QByteArray& cipher, const QByteArray& associated,
                               const unsigned char* key)
{
    if (nonce.size() != qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES) ||
        cipher.size() < qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES)) {
        return std::nullopt;
    }
    QByteArray plain(cipher.size(), '\0');
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &length, nullptr,
            reinterpret_cast<const unsigned char*>(cipher.constData()), static_cast<unsigned long long>(cipher.size()),
            reinterpret_cast<const unsigned char*>(associated.constData()),
            static_cast<unsigned long long>(associated.size()),
            reinterpret_cast<const unsigned char*>(nonce.constData()), key) != 0) {
        return std::nullopt;
    }
    plain.resize(qsizetype(length));
    const QString text = QString::fromUtf8(plain);
    sodium_memzero(plain.data(), size_t(plain.size()));
    return text;
}

// The parts of an FBP2 value; false when it is not one.
bool splitBound(const QByteArray& sealed, QByteArray* context, QByteArray* nonce, QByteArray* cipher)
{
    if (!sealed.startsWith(kBoundMagic) || sealed.size() < kBoundMagic.size() + 2) {
        return false;
    }
    const qsizetype n = (qsizetype(static_cast<unsigned char>(sealed.at(4))) << 8) |
                        qsizetype(static_cast<unsigned char>(sealed.at(5)));
    const qsizetype header = kBoundMagic.size() + 2 + n;
    if (n > kMaxContext || sealed.size() < header + qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES) +
                                               qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES)) {
        return false;
    }
    *context = sealed.mid(kBoundMagic.size() + 2, n);
    *nonce = sealed.mid(header, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    *cipher = sealed.mid(header + qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES));
    return true;
}

QString alreadyHasKey()
{
    return QCoreApplication::translate("Signing", "This store already has a personal-data key.");
}
} // namespace

SodiumDataProtector::SodiumDataProtector(SecureBytes key) : m_key(std::move(key))
{}

std::shared_ptr<const PersonalDataProtector> SodiumDataProtector::clone() const
{
    SecureBytes copy(m_key.size());
    if (m_key.size() > 0) {
        std::memcpy(copy.data(), m_key.data(), m_key.size());
    }
    return std::make_shared<SodiumDataProtector>(std::move(copy));
}

QByteArray SodiumDataProtector::seal(const QString& plaintext) const
{
    if (!isUnlocked()) {
        return {};
    }
    QByteArray message = plaintext.toUtf8();
    QByteArray nonce;
    const QByteArray cipher = encrypt(message, kAssociated, m_key.data(), &nonce);
    sodium_memzero(message.data(), size_t(message.size()));
    return kMagic + nonce + cipher;
}

std::optional<QString> SodiumDataProtector::open(const QByteArray& sealed) const
{
    if (sealed.startsWith(kBoundMagic)) {
        QByteArray context;
        QByteArray nonce;
        QByteArray cipher;
        if (!isUnlocked() || !splitBound(sealed, &context, &nonce, &cipher)) {
            return std::nullopt;
        }
        return decrypt(nonce, cipher, boundAssociated(context), m_key.data());
    }
    const qsizetype header = kMagic.size() + qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    if (!isUnlocked() || !sealed.startsWith(kMagic) ||
        sealed.size() < header + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES)) {
        return std::nullopt;
    }
    return decrypt(sealed.mid(kMagic.size(), crypto_aead_xchacha20poly1305_ietf_NPUBBYTES), sealed.mid(header),
                   kAssociated, m_key.data());
}

QByteArray SodiumDataProtector::derivedKey(const QByteArray& purpose) const
{
    if (!isUnlocked()) {
        return {};
    }
    // BLAKE2b keyed with the data key over a purpose label: one-way, so the derived key reveals
    // nothing of the data key.
    QByteArray out(32, '\0');
    const QByteArray label = QByteArrayLiteral("fieldbook-derived-key-v1:") + purpose;
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(label.constData()),
                       static_cast<unsigned long long>(label.size()), m_key.data(), m_key.size());
    return out;
}

QByteArray SodiumDataProtector::placeContext(const QString& table, const QString& column, const QString& row)
{
    return (table + QLatin1Char('/') + column + QLatin1Char('/') + row).toUtf8().left(kMaxContext);
}

bool SodiumDataProtector::isBound(const QByteArray& sealed)
{
    return sealed.startsWith(kBoundMagic);
}

QByteArray SodiumDataProtector::sealFor(const QString& plaintext, const QByteArray& context) const
{
    if (!isUnlocked() || context.size() > kMaxContext) {
        return {};
    }
    QByteArray message = plaintext.toUtf8();
    QByteArray nonce;
    const QByteArray cipher = encrypt(message, boundAssociated(context), m_key.data(), &nonce);
    sodium_memzero(message.data(), size_t(message.size()));
    QByteArray out = kBoundMagic;
    out += char((context.size() >> 8) & 0xFF);
    out += char(context.size() & 0xFF);
    return out + context + nonce + cipher;
}

std::optional<QString> SodiumDataProtector::openFor(const QByteArray& sealed, const QByteArray& context) const
{
    if (!sealed.startsWith(kBoundMagic)) {
        return open(sealed); // FBP1: sealed before values were bound to their place
    }
    QByteArray own;
    QByteArray nonce;
    QByteArray cipher;
    if (!isUnlocked() || !splitBound(sealed, &own, &nonce, &cipher) || own != context) {
        return std::nullopt;
    }
    return decrypt(nonce, cipher, boundAssociated(context), m_key.data());
}

bool SodiumDataProtector::hasDataKey(const Database& db)
{
    Result<QVariant> n = db.scalar(QStringLiteral("SELECT count(*) FROM data_keys"));
    return n && n->toInt() > 0;
}

Result<std::unique_ptr<SodiumDataProtector>> SodiumDataProtector::create(const Database& db, const QString& passphrase)
{
    using R = Result<std::unique_ptr<SodiumDataProtector>>;
    if (!sodiumReady()) {
        return R::failure(QStringLiteral("libsodium could not be initialised"));
    }
    if (hasDataKey(db)) {
        return R::failure(alreadyHasKey());
    }
    SecureBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    crypto_aead_xchacha20poly1305_ietf_keygen(key.data());
    Result<SealedSecret> wrapped = PassphraseBox::seal(key, passphrase);
    if (!wrapped) {
        return R::failure(wrapped.error());
    }
    // Check and insert in one write transaction (BEGIN IMMEDIATE): two processes creating the key
    // at once must not leave two keys, each sealing half of the data. The first check above only
    // spares the key derivation when the answer is already known.
    Transaction tx(db);
    if (!tx.isActive()) {
        return R::failure(tx.error());
    }
    if (hasDataKey(db)) {
        return R::failure(alreadyHasKey());
    }
    Result<Statement> stmt = db.prepare(QStringLiteral(
        "INSERT INTO data_keys (uuid, wrapped_key, kdf_salt, kdf_opslimit, kdf_memlimit, nonce, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!stmt) {
        return R::failure(stmt.error());
    }
    const QString uuid = newUuid();
    stmt->bind(1, uuid)
        .bind(2, wrapped->ciphertext)
        .bind(3, wrapped->salt)
        .bind(4, wrapped->opsLimit)
        .bind(5, wrapped->memLimit)
        .bind(6, wrapped->nonce)
        .bind(7, nowUtc());
    if (!stmt->exec()) {
        return R::failure(stmt->errorMessage());
    }
    if (Status s = AuditTrail::record(
            db, {0, {}, {}, {}, QStringLiteral("data_keys"), uuid, QStringLiteral("insert"), QString(), {}, QString()});
        !s) {
        return R::failure(s.error());
    }
    if (Status s = tx.commit(); !s) {
        return R::failure(s.error());
    }
    return std::make_unique<SodiumDataProtector>(std::move(key));
}

Result<std::unique_ptr<SodiumDataProtector>> SodiumDataProtector::unlock(const Database& db, const QString& passphrase)
{
    using R = Result<std::unique_ptr<SodiumDataProtector>>;
    Result<Statement> stmt = db.prepare(QStringLiteral(
        "SELECT wrapped_key, kdf_salt, kdf_opslimit, kdf_memlimit, nonce FROM data_keys ORDER BY id LIMIT 1"));
    if (!stmt) {
        return R::failure(stmt.error());
    }
    if (!stmt->step()) {
        return R::failure(QCoreApplication::translate("Signing", "This store has no personal-data key yet."));
    }
    const SealedSecret sealed{stmt->blob(1), stmt->blob(4), stmt->blob(0), stmt->int64(2), stmt->int64(3)};
    Result<SecureBytes> key = PassphraseBox::open(sealed, passphrase);
    if (!key) {
        return R::failure(key.error());
    }
    return std::make_unique<SodiumDataProtector>(key.take());
}

Result<std::unique_ptr<SodiumDataProtector>> SodiumDataProtector::unlockOrCreate(const Database& db,
                                                                                 const QString& passphrase)
{
    if (hasDataKey(db)) {
        return unlock(db, passphrase);
    }
    Result<std::unique_ptr<SodiumDataProtector>> created = create(db, passphrase);
    if (!created && hasDataKey(db)) {
        return unlock(db, passphrase); // another process created it meanwhile
    }
    return created;
}

} // namespace fieldbook
