#include "app/i18n/LanguageSettings.h"

#include "app/i18n/Languages.h"

#include <QSettings>

namespace fieldbook {

namespace {
const char* kUiKey = "ui/language";
const char* kReportKey = "report/language";

QString stored(const char* key)
{
    const QString code = QSettings().value(QLatin1String(key)).toString();
    return Languages::isSupported(code) ? code : QString();
}
} // namespace

QString LanguageSettings::uiLanguageChoice()
{
    return stored(kUiKey);
}

void LanguageSettings::setUiLanguageChoice(const QString& code)
{
    QSettings().setValue(QLatin1String(kUiKey), Languages::isSupported(code) ? code : QString());
}

QString LanguageSettings::effectiveUiLanguage()
{
    const QString choice = uiLanguageChoice();
    return choice.isEmpty() ? Languages::systemDefault() : choice;
}

QString LanguageSettings::reportLanguageChoice()
{
    return stored(kReportKey);
}

void LanguageSettings::setReportLanguageChoice(const QString& code)
{
    QSettings().setValue(QLatin1String(kReportKey), Languages::isSupported(code) ? code : QString());
}

QString LanguageSettings::effectiveReportLanguage()
{
    const QString choice = reportLanguageChoice();
    return choice.isEmpty() ? effectiveUiLanguage() : choice;
}

} // namespace fieldbook
