#include "app/sync/PackageExporter.h"
#include "app/report/ReportService.h"
#include "app/signing/KeyStore.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace fieldbook {

Result<PackageExportSummary> PackageExporter::run(const Database& db, const PackageExportRequest& request)
{
    using R = Result<PackageExportSummary>;
    if (request.path.isEmpty()) {
        return R::failure(QCoreApplication::translate("Package", "Choose where to write the package."));
    }
    Result<AuditorKeyInfo> info = KeyStore::find(db, request.signingKeyId);
    if (!info) {
        return R::failure(info.error());
    }
    Result<SigningKeyPair> key = KeyStore::unlock(db, request.signingKeyId, request.passphrase);
    if (!key) {
        return R::failure(key.error());
    }
    PackageExportOptions options;
    options.auditUuid = request.auditUuid;
    options.personal = request.personal;
    options.protector = request.protector;
    PackageExportSummary summary;
    if (request.personal == PersonalDataMode::Seal) {
        Result<RecipientKey> recipient = EncryptionKeyStore::recipient(db, request.recipientKeyId);
        if (!recipient) {
            return R::failure(recipient.error());
        }
        options.recipient = recipient.value();
        summary.recipient = QStringLiteral("%1 (%2)").arg(recipient->label, recipient->publicKey.fingerprint());
    }
    QTemporaryDir scratch;
    if (request.includeReport) {
        // In the audit's report language (or the one asked for), whatever the interface speaks.
        options.reportPdfPath = scratch.filePath(QStringLiteral("report.pdf"));
        Result<ReportOutcome> report = ReportService(db).writePdf(
            {request.auditUuid, options.reportPdfPath, request.reportLanguage, info->publicKey.fingerprint()});
        if (!report) {
            return R::failure(report.error());
        }
        summary.reportPages = report->pages;
        summary.reportLanguage = report->language;
    }
    if (Status s = AuditPackage::exportSigned(db, options, key.value(), info->label, request.path); !s) {
        return R::failure(s.error());
    }
    summary.path = request.path;
    summary.signaturePath = request.path + QStringLiteral(".minisig");
    summary.signer = info->label;
    summary.fingerprint = info->publicKey.fingerprint();
    return summary;
}

} // namespace fieldbook
