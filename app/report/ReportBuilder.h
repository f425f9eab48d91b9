#pragma once

#include "app/report/ReportData.h"
#include "database/Result.h"

#include <QDateTime>
#include <QString>

class QTextDocument;

namespace fieldbook {

class CatalogTranslations;

// Turns ReportData into the audit report PDF: one HTML template laid out by QTextDocument, printed
// page by page with QPdfWriter (A4) so every page gets the header (facility, audit, "Confidential")
// and the footer (page X of Y, generation date, signing key fingerprint).
// Needs a QGuiApplication (fonts); the CLI creates one for the `report` command.
class ReportBuilder
{
public:
    struct Options
    {
        QString fingerprint;   // signing key fingerprint shown on every page; empty: "unsigned draft"
        QDateTime generatedAt; // defaults to now (UTC)
    };

    explicit ReportBuilder(ReportData data, Options options);

    // Writes the PDF to `path` (through a temporary file: never a half-written report).
    // Returns the number of pages.
    Result<int> writePdf(const QString& path) const;

    // The document body, for tests and previews.
    QString html(double pixelsPerPoint) const;

private:
    // Catalog texts (section titles) in the report's language.
    const CatalogTranslations& catalogText() const;
    QList<ComplianceCount> translatedSections() const;
    QString cover(double px) const;
    QString executiveSummary(double px) const;
    QString complianceSection(double px) const;
    QString findingsSection(double px) const;
    QString actionPlanSection(double px) const;
    QString interviewSection(double px) const;
    QString recordSection(double px) const;
    QString thresholdsSection(double px) const;
    QString flagAppendix(double px) const;
    QString evidenceAppendix(double px) const;
    QString footerLeft() const;
    QString date(const QString& iso) const;
    QString findingId(int number) const;

    ReportData m_data;
    Options m_options;
};

} // namespace fieldbook
