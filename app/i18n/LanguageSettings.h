#pragma once

#include <QString>

namespace fieldbook {

// The language preferences, kept in QSettings (shared by the app and the CLI):
//   ui/language      "" = follow the system, or a Languages code
//   report/language  "" = the user interface language, or a Languages code
class LanguageSettings
{
public:
    static QString uiLanguageChoice();
    static void setUiLanguageChoice(const QString& code);
    // The choice resolved: the system's language when none is stored (or it is not supported).
    static QString effectiveUiLanguage();

    static QString reportLanguageChoice();
    static void setReportLanguageChoice(const QString& code);
    static QString effectiveReportLanguage();
};

} // namespace fieldbook
