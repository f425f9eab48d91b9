#pragma once

#include "app/signing/Minisign.h"
#include "app/sync/PackageContainer.h"
#include "database/Result.h"

#include <QString>

namespace fieldbook {

class Database;

struct PackageExportOptions
{
    QString auditUuid;
    QString reportPdfPath; // optional: included as report.pdf
    // Personal-data columns are left out of this package version (docs/package-format.md).
};

struct PackageImportResult
{
    QString auditUuid;
    QString signer;
    bool alreadyImported = false; // the same package bytes were imported before: nothing changed
    int inserted = 0;
    int unchanged = 0;
    int conflicts = 0; // recorded in sync_conflicts, local values kept
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
};

} // namespace fieldbook
