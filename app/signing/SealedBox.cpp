#include "app/signing/SealedBox.h"

#include <QCoreApplication>
#include <sodium.h>

namespace fieldbook {

namespace {

const QByteArray kAlgorithm("BX");
const QByteArray kCommentPrefix("untrusted comment: ");
const QByteArray kLabelPrefix("Fieldbook encryption public key: ");
constexpr int kKeyIdBytes = 8;

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names (see AuditPackage.cpp).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Signing)
};

QByteArray computeKeyId(const QByteArray& publicKey)
{
    unsigned char hash[crypto_generichash_BYTES_MIN];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(publicKey.constData()),
                       static_cast<unsigned long long>(publicKey.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char*>(hash), kKeyIdBytes);
}

} // namespace

QString BoxPublicKey::keyIdHex() const
{
    return QString::fromLatin1(keyId.toHex().toUpper());
}

QString BoxPublicKey::fingerprint() const
{
    const QString hex = keyIdHex();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4) {
        groups << hex.mid(i, 4);
    }
    return groups.join(QLatin1Char(' '));
}

QByteArray BoxPublicKey::keyIdFromHex(const QString& hex)
{
    return QByteArray::fromHex(QString(hex).remove(QLatin1Char(' ')).toLatin1());
}

BoxPublicKey BoxPublicKey::fromPublicKey(const QByteArray& publicKey)
{
    sodiumReady();
    return {computeKeyId(publicKey), publicKey};
}

QByteArray BoxPublicKey::toFile(const QString& label) const
{
    // The label is one line: line breaks in a name must not start a second (base64) line.
    QString oneLine = label;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    const QByteArray raw = kAlgorithm + keyId + publicKey;
    return kCommentPrefix + kLabelPrefix + oneLine.toUtf8() + '\n' + raw.toBase64() + '\n';
}

QString BoxPublicKey::labelInFile(const QByteArray& fileText)
{
    const QByteArray first = fileText.left(fileText.indexOf('\n')).trimmed();
    const QByteArray prefix = kCommentPrefix + kLabelPrefix;
    return first.startsWith(prefix) ? QString::fromUtf8(first.mid(prefix.size())) : QString();
}

Result<BoxPublicKey> BoxPublicKey::parse(const QByteArray& fileText, const QString& fileName)
{
    using R = Result<BoxPublicKey>;
    const QString where = fileName.isEmpty() ? QString() : fileName + QStringLiteral(": ");
    QList<QByteArray> lines = fileText.split('\n');
    for (QByteArray& line : lines) {
        line = line.trimmed();
    }
    lines.removeAll(QByteArray());
    if (lines.size() != 2 || !lines.at(0).startsWith(kCommentPrefix)) {
        return R::failure(where + Tr::tr("not a Fieldbook encryption public key (expected a comment line and a key "
                                         "line)"));
    }
    const auto decoded = QByteArray::fromBase64Encoding(lines.at(1), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != lines.at(1)) {
        return R::failure(where + Tr::tr("the key line is not valid base64"));
    }
    const QByteArray raw = decoded.decoded;
    if (raw.startsWith("Ed")) {
        return R::failure(where + Tr::tr("this is a minisign signing key, not an encryption key: trust it as a "
                                         "signing key"));
    }
    if (!raw.startsWith(kAlgorithm) || raw.size() != 2 + kKeyIdBytes + int(crypto_box_PUBLICKEYBYTES)) {
        return R::failure(where + Tr::tr("not a Fieldbook encryption public key"));
    }
    sodiumReady();
    BoxPublicKey key{raw.mid(2, kKeyIdBytes), raw.mid(2 + kKeyIdBytes)};
    if (computeKeyId(key.publicKey) != key.keyId) {
        return R::failure(where + Tr::tr("the key id does not match the key: the file is damaged"));
    }
    return key;
}

BoxKeyPair BoxKeyPair::generate()
{
    BoxKeyPair pair;
    pair.secretKey = SecureBytes(crypto_box_SECRETKEYBYTES);
    QByteArray pk(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_box_keypair(reinterpret_cast<unsigned char*>(pk.data()), pair.secretKey.data());
    pair.publicKey = BoxPublicKey::fromPublicKey(pk);
    return pair;
}

QByteArray SealedBox::seal(const QString& plaintext, const BoxPublicKey& recipient)
{
    if (!sodiumReady() || recipient.publicKey.size() != int(crypto_box_PUBLICKEYBYTES)) {
        return {};
    }
    QByteArray utf8 = plaintext.toUtf8();
    SecureBytes padded(size_t(utf8.size()) + kPadBlock);
    std::copy(utf8.begin(), utf8.end(), padded.data());
    const size_t plainLength = size_t(utf8.size());
    sodium_memzero(utf8.data(), size_t(utf8.size())); // the one unguarded copy
    size_t paddedLength = 0;
    if (sodium_pad(&paddedLength, padded.data(), plainLength, kPadBlock, padded.size()) != 0) {
        return {};
    }
    QByteArray out(qsizetype(paddedLength + crypto_box_SEALBYTES), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(out.data()), padded.data(), paddedLength,
                    reinterpret_cast<const unsigned char*>(recipient.publicKey.constData()));
    return out;
}

std::optional<QString> SealedBox::open(const QByteArray& sealed, const BoxKeyPair& key)
{
    if (!sodiumReady() || key.secretKey.size() != crypto_box_SECRETKEYBYTES ||
        sealed.size() < qsizetype(crypto_box_SEALBYTES + kPadBlock)) {
        return std::nullopt;
    }
    SecureBytes padded(size_t(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(padded.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
                             static_cast<unsigned long long>(sealed.size()),
                             reinterpret_cast<const unsigned char*>(key.publicKey.publicKey.constData()),
                             key.secretKey.data()) != 0) {
        return std::nullopt;
    }
    size_t length = 0;
    if (sodium_unpad(&length, padded.data(), padded.size(), kPadBlock) != 0) {
        return std::nullopt;
    }
    return QString::fromUtf8(reinterpret_cast<const char*>(padded.data()), qsizetype(length));
}

} // namespace fieldbook
