#include "app/sync/PackageVerifier.h"
#include "app/signing/KeyStore.h"
#include "app/sync/PackageContainer.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <optional>

namespace fieldbook {

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names (see AuditPackage.cpp).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Package)
};

// Which of the store's keys has this id, for people ("auditor key Ana Lee", "trusted key Head office").
QString storeKeyName(const Database& db, const QString& keyIdHex)
{
    Result<QVariant> own = db.scalar(QStringLiteral("SELECT label FROM auditor_keys WHERE key_id = ?1"), {keyIdHex});
    if (own && own->isValid()) {
        return Tr::tr("this store's auditor key \"%1\"").arg(own->toString());
    }
    Result<QVariant> trusted = db.scalar(
        QStringLiteral("SELECT label FROM trusted_keys WHERE purpose = 'signing' AND key_id = ?1"), {keyIdHex});
    if (trusted && trusted->isValid()) {
        return Tr::tr("trusted key \"%1\"").arg(trusted->toString());
    }
    return {};
}

} // namespace

PackageVerification PackageVerifier::verify(const Database* db, const QString& path, const QString& publicKeyPath,
                                            const QString& signaturePath)
{
    using Outcome = PackageVerification::Outcome;
    PackageVerification v;
    v.path = path;
    const QString sigPath = signaturePath.isEmpty() ? path + QStringLiteral(".minisig") : signaturePath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        v.reason = Tr::tr("%1: cannot read: %2").arg(path, file.errorString());
        return v;
    }
    QFile sig(sigPath);
    if (!sig.open(QIODevice::ReadOnly)) {
        v.reason = Tr::tr("%1: cannot read the signature: %2").arg(sigPath, sig.errorString());
        return v;
    }
    Result<MinisignSignature> signature = MinisignSignature::parse(sig.readAll(), QFileInfo(sigPath).fileName());
    if (!signature) {
        v.outcome = Outcome::Invalid;
        v.reason = signature.error();
        return v;
    }
    const MinisignPublicKey signerId{signature->keyId, {}};
    v.keyIdHex = signerId.keyIdHex();
    v.fingerprint = signerId.fingerprint();
    v.trustedComment = signature->trustedComment;
    v.claimedSigner = Minisign::signerOf(signature->trustedComment);
    v.signedAt = Minisign::timestampOf(signature->trustedComment);

    // A key the store has is named by the store and its revocation applies, however it was given.
    std::optional<StoreSigningKey> known;
    if (db) {
        if (Result<StoreSigningKey> k = KeyStore::signingKey(*db, signature->keyId)) {
            known = k.value();
        }
    }
    Result<MinisignPublicKey> key = Result<MinisignPublicKey>::failure(QString());
    if (!publicKeyPath.isEmpty()) {
        QFile keyFile(publicKeyPath);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            v.reason = Tr::tr("%1: cannot read: %2").arg(publicKeyPath, keyFile.errorString());
            return v;
        }
        key = MinisignPublicKey::parse(keyFile.readAll(), QFileInfo(keyFile).fileName());
        if (!key) {
            v.reason = key.error();
            return v;
        }
        v.keySource = Tr::tr("key file %1").arg(QFileInfo(publicKeyPath).fileName());
        if (known && known->key.keyId == key->keyId && known->key.publicKey != key->publicKey) {
            v.outcome = Outcome::Invalid;
            v.reason = Tr::tr("the key file claims id %1, which this store knows as \"%2\" with a different "
                              "public key")
                           .arg(known->key.fingerprint(), known->label);
            return v;
        }
        if (!known || known->key.keyId != key->keyId) {
            v.oneTimeKey = true;
            v.signer = Tr::tr("one-time key %1 (not in this store's trust list)").arg(key->fingerprint());
        }
    } else if (db) {
        key = KeyStore::verificationKey(*db, signature->keyId);
        if (!key) {
            v.outcome = Outcome::UnknownKey;
            v.reason = key.error();
            return v;
        }
        v.keySource = storeKeyName(*db, v.keyIdHex);
    } else {
        v.outcome = Outcome::UnknownKey;
        v.reason = Tr::tr("No public key to verify with: give the signer's key file.");
        return v;
    }
    const QByteArray bytes = file.readAll();
    if (Status valid = Minisign::verify(bytes, signature.value(), key.value()); !valid) {
        v.outcome = Outcome::Invalid;
        v.reason = valid.error();
        return v;
    }
    if (known && known->key.keyId == key->keyId) {
        v.signer = known->label;
        if (Status s = KeyStore::checkNotRevoked(known.value(), v.signedAt); !s) {
            v.outcome = Outcome::Invalid;
            v.reason = s.error();
            return v;
        }
    }
    v.outcome = Outcome::Valid;
    // A signed package also tells what it carries (a valid signature over a damaged container
    // cannot happen unless the signer wrote it so; it is then not a package).
    if (Result<PackageContainer> container = PackageContainer::parse(bytes)) {
        v.isPackage = true;
        v.formatVersion = container->formatVersion;
        v.auditUuid = container->meta.value(QStringLiteral("audit_uuid")).toString();
        v.personalData = container->meta.value(QStringLiteral("personal_data")).toString();
        const QJsonObject recipient = container->meta.value(QStringLiteral("personal_data_recipient")).toObject();
        v.recipientKeyId = recipient.value(QStringLiteral("key_id")).toString();
        v.recipientLabel = recipient.value(QStringLiteral("label")).toString();
        for (const PackageEntry& e : container->entries) {
            v.hasReport |= e.name == QLatin1String("report.pdf");
            v.evidenceFiles += e.name.startsWith(QLatin1String("evidence/")) ? 1 : 0;
        }
    }
    return v;
}

} // namespace fieldbook
