#include "app/sync/PackageExporter.h"
#include "app/report/ReportBuilder.h"
#include "app/report/ReportDataLoader.h"
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
        Result<ReportData> data = ReportDataLoader(db).load(request.auditUuid);
        if (!data) {
            return R::failure(data.error());
        }
        ReportBuilder::Options reportOptions;
        reportOptions.fingerprint = info->publicKey.fingerprint();
        options.reportPdfPath = scratch.filePath(QStringLiteral("report.pdf"));
        Result<int> pages = ReportBuilder(data.take(), reportOptions).writePdf(options.reportPdfPath);
        if (!pages) {
            return R::failure(pages.error());
        }
        summary.reportPages = pages.value();
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
