#pragma once

#include "app/signing/EncryptionKeyStore.h"
#include "app/signing/Minisign.h"
#include "app/sync/PackageContainer.h"
#include "database/Result.h"

#include <QString>
#include <optional>

namespace fieldbook {

class Database;
class PersonalDataProtector;

enum class PersonalDataMode
{
    Omit, // personal columns exported as null (package format 1)
    Seal  // sealed to head office's encryption key with crypto_box_seal (package format 2)
};

struct PackageExportOptions
{
    QString auditUuid;
    QString reportPdfPath; // optional: included as report.pdf
    PersonalDataMode personal = PersonalDataMode::Omit;
    const PersonalDataProtector* protector = nullptr; // Seal: opens the values stored in this store
    std::optional<RecipientKey> recipient;            // Seal: whom they are sealed to
};

struct PackageImportOptions
{
    const MinisignPublicKey* publicKey = nullptr; // null: a key the store knows
    // To open personal data sealed for this store: its unlocked encryption key and data key.
    // Without them the values are kept sealed as they came ("locked"), never opened.
    const PersonalDataProtector* protector = nullptr;
    const BoxKeyPair* encryptionKey = nullptr;
};

struct PackageImportResult
{
    QString auditUuid;
    // The key that verified the package, named by this store (its auditor key's or trusted key's
    // label), never by the signature's comment, which the signer writes as they please.
    QString signer;
    QString signerKeyId;          // as minisign prints it
    QString signerFingerprint;    // in groups of four
    bool oneTimeKey = false;      // verified with a key given for this import only, not in the trust list
    QString claimedSigner;        // the trusted comment's "signer:", shown as a claim only
    int deletedHere = 0;          // package rows deleted in this store since: not brought back (tombstones)
    int deletionsReceived = 0;    // the package's tombstones recorded here
    int deletionsNotApplied = 0;  // the package deleted rows this store still has: kept here
    bool alreadyImported = false; // the same package bytes were imported before: nothing changed
    int inserted = 0;
    int unchanged = 0;
    int conflicts = 0; // recorded in sync_conflicts, local values kept
    // "omitted", "opened", "kept_sealed" or "other_recipient" (see package_imports.personal_data)
    QString personalData = QStringLiteral("omitted");
    QString recipientKeyId;     // the encryption key the package's personal data is sealed for
    int personalOpened = 0;     // values opened and sealed under this store's data key
    int personalKeptSealed = 0; // values kept sealed for this store's encryption key
    int personalFilled = 0;     // personal values that were missing here and came with this package
    int resealed = 0;           // values of earlier locked imports opened now
    // Rows kept under a new name because the name was taken here (team audits: two auditors'
    // interview W-01), one line each for the user.
    QStringList renamed;
};

// Export of one audit as a signed .fieldbook package, and its import (verify first, then merge by
// uuid) into another store: docs/package-format.md.
class AuditPackage
{
public:
    // Builds the package bytes: audit.json (every table of the audit, ids as uuids), report.pdf,
    // evidence/<uuid> for each evidence file.
    static Result<PackageContainer> build(const Database& db, const PackageExportOptions& options);
    // Writes FILE and FILE.minisig (signed with `key`, trusted comment naming file and signer).
    static Status exportSigned(const Database& db, const PackageExportOptions& options, const SigningKeyPair& key,
                               const QString& signer, const QString& path);
    // Verifies FILE against FILE.minisig with `publicKey` (or a key the store trusts when null),
    // refusing anything changed; then merges it in one transaction.
    static Result<PackageImportResult> importSigned(const Database& db, const QString& path,
                                                    const MinisignPublicKey* publicKey = nullptr);
    static Result<PackageImportResult> importSigned(const Database& db, const QString& path,
                                                    const PackageImportOptions& options);
};

} // namespace fieldbook
