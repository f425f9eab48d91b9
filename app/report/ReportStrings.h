#pragma once

#include <QCoreApplication>
#include <QString>

namespace fieldbook {

// Labels of stored enum values (severities, answers, roles ...) in the report's language.
// Every label goes through QCoreApplication::translate("Report", ...), so the translator that
// ReportLanguage installs for the report's duration applies to them.
class ReportStrings
{
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    static QString findingSeverity(const QString& value);
    static QString flagSeverity(const QString& value);
    static QString role(const QString& value);
    static QString auditType(const QString& value);
    static QString paidBy(const QString& value);
    static QString announcement(const QString& value);
    static QString actionStatus(const QString& value);
    static QString interviewValue(const QString& value); // kind, format, location, gender
    static QString recordKind(const QString& value);
    static QString codeName(const QString& codeWithEdition); // "sa8000:2014" -> "SA8000:2014"
};

} // namespace fieldbook
