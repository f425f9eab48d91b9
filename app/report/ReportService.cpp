#include "app/report/ReportService.h"

#include "app/report/ReportBuilder.h"
#include "app/report/ReportDataLoader.h"
#include "app/report/ReportLanguage.h"
#include "database/Database.h"

#include <QCoreApplication>

namespace fieldbook {

Result<QString> ReportService::auditLanguage(const QString& auditUuid) const
{
    Result<QVariant> language =
        m_db.scalar(QStringLiteral("SELECT coalesce(language, '') FROM audits WHERE uuid = ?1"), {auditUuid});
    if (!language) {
        return Result<QString>::failure(language.error());
    }
    if (!language->isValid()) {
        return Result<QString>::failure(
            QCoreApplication::translate("Report", "No audit with uuid %1 in the store").arg(auditUuid));
    }
    return language->toString();
}

Result<ReportOutcome> ReportService::writePdf(const ReportRequest& request) const
{
    using R = Result<ReportOutcome>;
    QString language = request.language;
    if (language.isEmpty()) {
        Result<QString> own = auditLanguage(request.auditUuid);
        if (!own) {
            return R::failure(own.error());
        }
        language = own.take();
    }
    // From here on the application speaks the report's language: the loader's labels ("Finding
    // F-01"), the builder's headings and the catalog texts alike.
    const ReportLanguage translation(language);
    Result<ReportData> data = ReportDataLoader(m_db).load(request.auditUuid);
    if (!data) {
        return R::failure(data.error());
    }
    data->language = translation.language();
    ReportBuilder::Options options;
    options.fingerprint = request.fingerprint;
    Result<int> pages = ReportBuilder(data.take(), options).writePdf(request.path);
    if (!pages) {
        return R::failure(pages.error());
    }
    return ReportOutcome{pages.value(), translation.language()};
}

} // namespace fieldbook
