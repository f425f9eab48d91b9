#pragma once

#include <QDateTime>
#include <QString>

namespace fieldbook {

class Database;

// What verifying a signed file tells a person (fieldbook-cli verify, the Verify and Import dialogs).
struct PackageVerification
{
    enum class Outcome
    {
        Valid,
        Invalid,    // signature wrong, file changed, or key id mismatch: `reason` says which
        UnknownKey, // the signer's key is neither given nor known to the store
        Unreadable  // the file, its signature or the key file cannot be read
    };
    Outcome outcome = Outcome::Unreadable;
    QString reason; // for people; empty when valid
    QString path;
    // The verifying key as this store names it (its auditor key's or trusted key's label), or
    // "one-time key ..." for a key file outside the trust list. Never the signature's comment.
    QString signer;
    QString claimedSigner;   // the trusted comment's "signer:": what the signer wrote, a claim only
    bool oneTimeKey = false; // verified with a key file that is not in the store's trust list
    QString keyIdHex;        // the signer's key id as minisign prints it
    QString fingerprint;     // the same in groups of four, as on reports
    QString keySource;       // which key verified it: a file, this store's auditor key, a trusted key
    QString trustedComment;  // signed
    QDateTime signedAt;
    // Read from the manifest of a valid package (empty for other signed files).
    bool isPackage = false;
    int formatVersion = 0;
    QString auditUuid;
    QString personalData;   // "omitted" or "sealed"
    QString recipientKeyId; // sealed: for which encryption key
    QString recipientLabel;
    bool hasReport = false;
    int evidenceFiles = 0;

    bool isValid() const
    {
        return outcome == Outcome::Valid;
    }
};

class PackageVerifier
{
public:
    // Verifies `path` against `signaturePath` (default: path + ".minisig") with the minisign key
    // in `publicKeyPath`, or else with a key `db` knows (its auditors' or trusted keys; db may be null).
    static PackageVerification verify(const Database* db, const QString& path, const QString& publicKeyPath = {},
                                      const QString& signaturePath = {});
};

} // namespace fieldbook
