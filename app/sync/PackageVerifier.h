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
    QString signer;         // the trusted comment's "signer:" (signed, cannot be changed)
    QString keyIdHex;       // the signer's key id as minisign prints it
    QString fingerprint;    // the same in groups of four, as on reports
    QString keySource;      // which key verified it: a file, this store's auditor key, a trusted key
    QString trustedComment; // signed
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
