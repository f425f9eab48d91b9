#pragma once

#include "database/Result.h"

#include <QString>

namespace fieldbook {

class Database;

struct ReportRequest
{
    QString auditUuid;
    QString path;        // the PDF to write (through a temporary file: never half a report)
    QString language;    // en, zh_CN, es (zh, es-ES, … are understood); empty: the audit's language
    QString fingerprint; // signing key fingerprint printed on every page; empty: "unsigned draft"
};

struct ReportOutcome
{
    int pages = 0;
    QString language; // the language the report was written in
};

// Writes an audit's PDF report: the one sequence the Report page, `fieldbook-cli report` and the
// package exporter share. The report's language is put in force before anything is read, so every
// word of the PDF, from the loaded figures' labels to the catalog texts and the footer, is in that
// language whatever the interface speaks (ReportLanguage). Needs a QGuiApplication (fonts).
class ReportService
{
public:
    explicit ReportService(const Database& db) : m_db(db)
    {}

    Result<ReportOutcome> writePdf(const ReportRequest& request) const;

    // The audit's own report language (audits.language); fails when there is no such audit.
    Result<QString> auditLanguage(const QString& auditUuid) const;

private:
    const Database& m_db;
};

} // namespace fieldbook
