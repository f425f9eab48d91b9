#pragma once

#include <QString>
#include <QTranslator>

namespace fieldbook {

// Installs the translator of the audit's language for as long as a report is being built, so a
// French audit gets a French report whatever the user interface language is. Looks for
// fieldbook_report_<lang>.qm in the embedded :/i18n and in the translations folder beside the
// executable; without one the report stays in English. Removed again on destruction.
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString& language);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;

    bool translated() const
    {
        return m_installed;
    }

private:
    QTranslator m_translator;
    bool m_installed = false;
};

} // namespace fieldbook
