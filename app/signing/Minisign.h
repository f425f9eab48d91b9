#pragma once

#include "app/signing/SecureBytes.h"
#include "database/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace fieldbook {

// minisign's public-key and signature formats, so head office can verify Fieldbook's packages with
// `minisign -Vm FILE -p KEY.pub` as well as with Fieldbook (format as documented by minisign;
// implemented here from the description, using libsodium's Ed25519 and BLAKE2b).
//
// Public key file:  "untrusted comment: ...\n" base64("Ed" || key id (8) || Ed25519 public key (32))
// Signature file:   "untrusted comment: ...\n" base64("ED" || key id (8) || Ed25519(BLAKE2b-512(file)))
//                   "trusted comment: TEXT\n"  base64(Ed25519(signature (64) || TEXT))
struct MinisignPublicKey
{
    QByteArray keyId;     // 8 bytes
    QByteArray publicKey; // 32 bytes

    // The key id as minisign prints it (hex of the little-endian number, upper case).
    QString keyIdHex() const;
    // For people: the key id in groups of four, shown in the app and on every report.
    QString fingerprint() const;
    QByteArray toFile() const;
    static Result<MinisignPublicKey> parse(const QByteArray& fileText, const QString& fileName = QString());
};

struct MinisignSignature
{
    QByteArray algorithm; // "ED" (BLAKE2b-prehashed, minisign's default) or "Ed" (legacy)
    QByteArray keyId;
    QByteArray signature; // 64 bytes
    QString untrustedComment;
    // The trusted comment for people (decoded as UTF-8; bytes that are not UTF-8 show as U+FFFD).
    // Never verified: the signature covers trustedCommentBytes.
    QString trustedComment;
    // The trusted comment exactly as signed (the bytes after "trusted comment: " up to the line end).
    // minisign signs bytes, not text: a comment that is not UTF-8 is still a valid signature.
    QByteArray trustedCommentBytes;
    QByteArray globalSignature; // 64 bytes

    QByteArray toFile() const;
    static Result<MinisignSignature> parse(const QByteArray& fileText, const QString& fileName = QString());
};

// An unlocked Ed25519 key pair (secret key in guarded memory).
struct SigningKeyPair
{
    MinisignPublicKey publicKey;
    SecureBytes secretKey; // 64 bytes, libsodium's Ed25519 secret key (seed || public key)

    static SigningKeyPair generate();
};

class Minisign
{
public:
    // Signs `data` (prehashed form), with a trusted comment such as
    // "timestamp:1732500000\tfile:audit.fieldbook\tsigner:Ana Lee".
    static MinisignSignature sign(const QByteArray& data, const SigningKeyPair& key, const QString& trustedComment,
                                  const QString& untrustedComment = QString());
    // Checks key id, the file signature and the trusted-comment signature. The failure message
    // says which check failed, for people.
    static Status verify(const QByteArray& data, const MinisignSignature& signature, const MinisignPublicKey& key);
    // "timestamp:<unix seconds>\tfile:<name>\tsigner:<name>" as minisign writes it.
    static QString trustedComment(const QString& fileName, const QString& signer,
                                  const QDateTime& when = QDateTime::currentDateTimeUtc());
    static QDateTime timestampOf(const QString& trustedComment);
    // The "signer:" part of a trusted comment Fieldbook wrote (empty when there is none).
    static QString signerOf(const QString& trustedComment);
};

} // namespace fieldbook
