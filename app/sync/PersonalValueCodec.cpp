#include "app/sync/PersonalValueCodec.h"
#include "app/core/PersonalDataProtector.h"
#include "app/signing/SodiumDataProtector.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <sodium.h>

namespace fieldbook {

namespace {

const QByteArray kKeptMagic("FBX1");
constexpr int kKeyIdBytes = 8;

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names (see AuditPackage.cpp).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Package)
};

// Plaintext copies are short-lived; wipe them rather than leave them to the allocator.
void wipe(QString& text)
{
    if (!text.isEmpty()) {
        sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    }
}

} // namespace

const QString PersonalValueCodec::kSealedKey = QStringLiteral("$sealed");

bool PersonalValueCodec::isSealedJson(const QJsonValue& value)
{
    return value.isObject() && value.toObject().contains(kSealedKey);
}

bool PersonalValueCodec::isKeptSealed(const QByteArray& stored)
{
    return stored.startsWith(kKeptMagic) && stored.size() > kKeptMagic.size() + kKeyIdBytes;
}

QByteArray PersonalValueCodec::keptSealedKeyId(const QByteArray& stored)
{
    return isKeptSealed(stored) ? stored.mid(kKeptMagic.size(), kKeyIdBytes) : QByteArray();
}

QByteArray PersonalValueCodec::keptSealedBox(const QByteArray& stored)
{
    return isKeptSealed(stored) ? stored.mid(kKeptMagic.size() + kKeyIdBytes) : QByteArray();
}

QByteArray PersonalValueCodec::keptSealed(const QByteArray& keyId, const QByteArray& box)
{
    return kKeptMagic + keyId + box;
}

Result<QJsonValue> PersonalValueCodec::exportValue(const QVariant& stored, const PersonalDataProtector* protector,
                                                   const BoxPublicKey& recipient, const QString& where)
{
    if (!stored.isValid() || stored.isNull()) {
        return QJsonValue(QJsonValue::Null);
    }
    if (!protector || !protector->isUnlocked()) {
        return Result<QJsonValue>::failure(
            Tr::tr("Personal data is locked: unlock it with the store's passphrase to seal it for head office, or "
                   "leave it out of the package."));
    }
    std::optional<QString> plain = protector->open(stored.toByteArray());
    if (!plain) {
        return Result<QJsonValue>::failure(
            Tr::tr("%1 cannot be opened with this store's personal-data key: it was not sealed here, or it is "
                   "damaged. Leave personal data out of this package.")
                .arg(where));
    }
    const QByteArray box = SealedBox::seal(*plain, recipient);
    wipe(*plain);
    if (box.isEmpty()) {
        return Result<QJsonValue>::failure(Tr::tr("%1 could not be sealed for head office.").arg(where));
    }
    return QJsonValue(QJsonObject{{kSealedKey, QString::fromLatin1(box.toBase64())}});
}

Result<QVariant> PersonalValueCodec::importValue(const QJsonValue& incoming, const ImportKeys& keys, Outcome* outcome,
                                                 const QByteArray& place)
{
    *outcome = Outcome::Null;
    if (incoming.isNull() || incoming.isUndefined()) {
        return QVariant();
    }
    if (!isSealedJson(incoming)) {
        // A personal column in clear: never stored (older writers, or a hand-made package).
        return Result<QVariant>::failure(Tr::tr("a personal-data value is not sealed"));
    }
    const QByteArray text = incoming.toObject().value(kSealedKey).toString().toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < qsizetype(crypto_box_SEALBYTES)) {
        return Result<QVariant>::failure(Tr::tr("a sealed personal-data value is damaged"));
    }
    const QByteArray box = decoded.decoded;
    if (!keys.recipientIsOurs) {
        *outcome = Outcome::Unavailable;
        return QVariant();
    }
    const bool canOpen = keys.encryptionKey && keys.encryptionKey->publicKey.keyId == keys.recipientKeyId &&
                         keys.protector && keys.protector->isUnlocked();
    if (canOpen) {
        std::optional<QString> plain = SealedBox::open(box, *keys.encryptionKey);
        if (!plain) {
            return Result<QVariant>::failure(
                Tr::tr("a sealed personal-data value does not open with the key it names"));
        }
        const auto* binder = dynamic_cast<const SodiumDataProtector*>(keys.protector);
        const QByteArray sealed =
            binder && !place.isEmpty() ? binder->sealFor(*plain, place) : keys.protector->seal(*plain);
        wipe(*plain);
        *outcome = Outcome::Opened;
        return QVariant(sealed);
    }
    *outcome = Outcome::KeptSealed;
    return QVariant(keptSealed(keys.recipientKeyId, box));
}

std::optional<QString> PersonalValueCodec::openStored(const QByteArray& stored, const ImportKeys& keys)
{
    if (isKeptSealed(stored)) {
        if (!keys.encryptionKey || keys.encryptionKey->publicKey.keyId != keptSealedKeyId(stored)) {
            return std::nullopt;
        }
        return SealedBox::open(keptSealedBox(stored), *keys.encryptionKey);
    }
    if (!keys.protector || !keys.protector->isUnlocked()) {
        return std::nullopt;
    }
    return keys.protector->open(stored);
}

} // namespace fieldbook
