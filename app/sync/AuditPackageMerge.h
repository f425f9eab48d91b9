#pragma once

#include "app/signing/Minisign.h"
#include "app/sync/AuditPackage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace fieldbook::detail {

// Who signed a package whose signature AuditPackage::importSigned has just verified.
struct VerifiedSigner
{
    MinisignPublicKey key;     // the key that verified the signature
    QByteArray signatureKeyId; // the key id the signature names
    QString label;             // the store's name for the key (never the signature's comment)
    bool oneTime = false;      // given for this import only, not in the trust list
    QDateTime signedAt;        // the trusted comment's timestamp (invalid when it has none)
    QString trustedComment;
};

// The second half of AuditPackage::importSigned: parses the container, checks the package boundary
// (every row belongs to the package's audit) and merges audit.json in one transaction.
// `bytes` MUST be a package whose signature was verified: importSigned is the only caller in the
// app. It is declared here, not in AuditPackage.h, so that tests/fuzz/FuzzAuditJsonMerge.cpp can
// fuzz the boundary check and the merge (a fuzzer cannot forge signatures) without a way around
// the signature in the public API.
Result<PackageImportResult> mergeVerifiedPackage(const Database& db, const QString& path, const QByteArray& bytes,
                                                 const VerifiedSigner& signer, const PackageImportOptions& options);

} // namespace fieldbook::detail
