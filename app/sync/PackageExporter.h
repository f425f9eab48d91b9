#pragma once

#include "app/sync/AuditPackage.h"
#include "database/Result.h"

#include <QString>

namespace fieldbook {

class Database;
class PersonalDataProtector;

// One export as the desktop app does it: unlock the auditor's signing key with the passphrase,
// render the PDF report with the key's fingerprint in the audit's report language (when asked;
// ReportService), and write the signed package (AuditPackage::exportSigned). The CLI does the same
// in steps: report, then export --report.
struct PackageExportRequest
{
    QString auditUuid;
    QString signingKeyId;
    QString passphrase;
    bool includeReport = true;
    QString reportLanguage; // empty: the audit's own language (audits.language)
    PersonalDataMode personal = PersonalDataMode::Omit;
    QString recipientKeyId;                           // Seal: a trusted encryption key
    const PersonalDataProtector* protector = nullptr; // Seal: the store's unlocked data key
    QString path;                                     // FILE.fieldbook; FILE.fieldbook.minisig beside it
};

struct PackageExportSummary
{
    QString path;
    QString signaturePath;
    QString signer;
    QString fingerprint;
    QString recipient; // Seal: "label (fingerprint)"
    int reportPages = 0;
    QString reportLanguage; // the language the report was written in
};

class PackageExporter
{
public:
    static Result<PackageExportSummary> run(const Database& db, const PackageExportRequest& request);
};

} // namespace fieldbook
