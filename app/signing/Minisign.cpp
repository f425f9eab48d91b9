#include "app/signing/Minisign.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <sodium.h>

namespace fieldbook {

namespace {

constexpr const char* kUntrustedPrefix = "untrusted comment: ";
constexpr const char* kTrustedPrefix = "trusted comment: ";

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// would put these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Signing)
};

// Lines without their line ends (minisign files use \n; \r\n tolerated).
QList<QByteArray> lines(const QByteArray& text)
{
    QList<QByteArray> out;
    for (QByteArray line : text.split('\n')) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        out << line;
    }
    while (!out.isEmpty() && out.last().isEmpty()) {
        out.removeLast();
    }
    return out;
}

// Only the canonical encoding is accepted: otherwise a changed padding bit in the last character
// would decode to the same bytes, and a modified signature file would still verify.
QByteArray decodeBase64(const QByteArray& text, bool* ok)
{
    const QByteArray trimmed = text.trimmed();
    const auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    *ok = bool(decoded) && decoded.decoded.toBase64() == trimmed;
    return decoded.decoded;
}

QString where(const QString& fileName)
{
    return fileName.isEmpty() ? QString() : fileName + QStringLiteral(": ");
}

} // namespace

QString MinisignPublicKey::keyIdHex() const
{
    QByteArray reversed = keyId;
    std::reverse(reversed.begin(), reversed.end());
    return QString::fromLatin1(reversed.toHex().toUpper());
}

QString MinisignPublicKey::fingerprint() const
{
    const QString hex = keyIdHex();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4) {
        groups << hex.mid(i, 4);
    }
    return groups.join(QLatin1Char(' '));
}

QByteArray MinisignPublicKey::toFile() const
{
    return QByteArray(kUntrustedPrefix) + "minisign public key " + keyIdHex().toLatin1() + '\n' +
           QByteArray(QByteArray("Ed") + keyId + publicKey).toBase64() + '\n';
}

Result<MinisignPublicKey> MinisignPublicKey::parse(const QByteArray& fileText, const QString& fileName)
{
    const QList<QByteArray> l = lines(fileText);
    // A bare base64 line (as `minisign -P` takes) is accepted too.
    const QByteArray encoded =
        l.size() >= 2 && l.first().startsWith(kUntrustedPrefix) ? l.at(1) : (l.isEmpty() ? QByteArray() : l.first());
    bool ok = false;
    const QByteArray raw = decodeBase64(encoded, &ok);
    if (!ok || raw.size() != 42 || !raw.startsWith("Ed")) {
        return Result<MinisignPublicKey>::failure(where(fileName) + Tr::tr("not a minisign public key"));
    }
    return MinisignPublicKey{raw.mid(2, 8), raw.mid(10, 32)};
}

QByteArray MinisignSignature::toFile() const
{
    const QString untrusted =
        untrustedComment.isEmpty() ? QStringLiteral("signature from Fieldbook secret key") : untrustedComment;
    return QByteArray(kUntrustedPrefix) + untrusted.toUtf8() + '\n' +
           QByteArray(algorithm + keyId + signature).toBase64() + '\n' + QByteArray(kTrustedPrefix) +
           trustedCommentBytes + '\n' + globalSignature.toBase64() + '\n';
}

Result<MinisignSignature> MinisignSignature::parse(const QByteArray& fileText, const QString& fileName)
{
    const QList<QByteArray> l = lines(fileText);
    if (l.size() != 4 || !l.at(0).startsWith(kUntrustedPrefix) || !l.at(2).startsWith(kTrustedPrefix)) {
        return Result<MinisignSignature>::failure(
            where(fileName) +
            Tr::tr("not a minisign signature (expected four lines: comment, signature, trusted comment, "
                   "global signature)"));
    }
    MinisignSignature s;
    s.untrustedComment = QString::fromUtf8(l.at(0).mid(int(qstrlen(kUntrustedPrefix))));
    s.trustedCommentBytes = l.at(2).mid(int(qstrlen(kTrustedPrefix)));
    s.trustedComment = QString::fromUtf8(s.trustedCommentBytes);
    bool ok = false;
    const QByteArray raw = decodeBase64(l.at(1), &ok);
    if (!ok || raw.size() != 74 || (!raw.startsWith("ED") && !raw.startsWith("Ed"))) {
        return Result<MinisignSignature>::failure(where(fileName) + Tr::tr("the signature line is damaged"));
    }
    s.algorithm = raw.left(2);
    s.keyId = raw.mid(2, 8);
    s.signature = raw.mid(10, 64);
    s.globalSignature = decodeBase64(l.at(3), &ok);
    if (!ok || s.globalSignature.size() != 64) {
        return Result<MinisignSignature>::failure(where(fileName) + Tr::tr("the trusted-comment signature is damaged"));
    }
    return s;
}

SigningKeyPair SigningKeyPair::generate()
{
    SigningKeyPair pair;
    pair.secretKey = SecureBytes(crypto_sign_SECRETKEYBYTES);
    pair.publicKey.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.publicKey.data()), pair.secretKey.data());
    pair.publicKey.keyId.resize(8);
    randombytes_buf(pair.publicKey.keyId.data(), 8);
    return pair;
}

MinisignSignature Minisign::sign(const QByteArray& data, const SigningKeyPair& key, const QString& trustedComment,
                                 const QString& untrustedComment)
{
    MinisignSignature s;
    s.algorithm = "ED";
    s.keyId = key.publicKey.keyId;
    s.untrustedComment = untrustedComment;
    s.trustedComment = trustedComment;
    s.trustedCommentBytes = trustedComment.toUtf8();
    unsigned char hash[crypto_generichash_BYTES_MAX];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()), nullptr, 0);
    s.signature.resize(crypto_sign_BYTES);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(s.signature.data()), nullptr, hash, sizeof hash,
                         key.secretKey.data());
    const QByteArray global = QByteArray(s.signature + s.trustedCommentBytes);
    s.globalSignature.resize(crypto_sign_BYTES);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(s.globalSignature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(global.constData()),
                         static_cast<unsigned long long>(global.size()), key.secretKey.data());
    return s;
}

Status Minisign::verify(const QByteArray& data, const MinisignSignature& s, const MinisignPublicKey& key)
{
    if (!sodiumReady()) {
        return Status::failure(QStringLiteral("libsodium could not be initialised"));
    }
    if (s.keyId != key.keyId) {
        MinisignPublicKey signer{s.keyId, {}};
        return Status::failure(
            Tr::tr("signed with key %1, not with the given key %2").arg(signer.fingerprint(), key.fingerprint()));
    }
    if (key.publicKey.size() != qsizetype(crypto_sign_PUBLICKEYBYTES) ||
        s.signature.size() != qsizetype(crypto_sign_BYTES) ||
        s.globalSignature.size() != qsizetype(crypto_sign_BYTES)) {
        return Status::failure(Tr::tr("the key or the signature has the wrong length"));
    }
    const auto* pk = reinterpret_cast<const unsigned char*>(key.publicKey.constData());
    int rc = -1;
    if (s.algorithm == "ED") {
        unsigned char hash[crypto_generichash_BYTES_MAX];
        crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(data.constData()),
                           static_cast<unsigned long long>(data.size()), nullptr, 0);
        rc = crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(s.signature.constData()), hash,
                                         sizeof hash, pk);
    } else {
        rc = crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(s.signature.constData()),
                                         reinterpret_cast<const unsigned char*>(data.constData()),
                                         static_cast<unsigned long long>(data.size()), pk);
    }
    if (rc != 0) {
        return Status::failure(Tr::tr("the file does not match its signature: it was changed after signing"));
    }
    // Over the bytes as signed, never a re-encoding of the decoded text (minisign signs bytes).
    const QByteArray global = QByteArray(s.signature + s.trustedCommentBytes);
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(s.globalSignature.constData()),
                                    reinterpret_cast<const unsigned char*>(global.constData()),
                                    static_cast<unsigned long long>(global.size()), pk) != 0) {
        return Status::failure(Tr::tr("the trusted comment was changed after signing"));
    }
    return Status::success();
}

QString Minisign::trustedComment(const QString& fileName, const QString& signer, const QDateTime& when)
{
    return QStringLiteral("timestamp:%1\tfile:%2\tsigner:%3")
        .arg(when.toSecsSinceEpoch())
        .arg(fileName, QString(signer).replace(QLatin1Char('\t'), QLatin1Char(' ')));
}

QDateTime Minisign::timestampOf(const QString& trustedComment)
{
    static const QRegularExpression pattern(QStringLiteral("timestamp:(\\d+)"));
    const QRegularExpressionMatch m = pattern.match(trustedComment);
    return m.hasMatch() ? QDateTime::fromSecsSinceEpoch(m.captured(1).toLongLong(), Qt::UTC) : QDateTime();
}

QString Minisign::signerOf(const QString& trustedComment)
{
    static const QRegularExpression pattern(QStringLiteral("(?:^|\\t)signer:([^\\t]*)"));
    const QRegularExpressionMatch m = pattern.match(trustedComment);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace fieldbook
