#include "app/i18n/LanguageSettings.h"
#include "app/core/Settings.h"

#include "app/i18n/Languages.h"

namespace fieldbook {

namespace {
QString stored(Setting key)
{
    const QString code = Settings::value(key).toString();
    return Languages::isSupported(code) ? code : QString();
}
} // namespace

QString LanguageSettings::uiLanguageChoice()
{
    return stored(Setting::UiLanguage);
}

void LanguageSettings::setUiLanguageChoice(const QString& code)
{
    Settings::setValue(Setting::UiLanguage, Languages::isSupported(code) ? code : QString());
}

QString LanguageSettings::effectiveUiLanguage()
{
    const QString choice = uiLanguageChoice();
    return choice.isEmpty() ? Languages::systemDefault() : choice;
}

QString LanguageSettings::reportLanguageChoice()
{
    return stored(Setting::ReportLanguage);
}

void LanguageSettings::setReportLanguageChoice(const QString& code)
{
    Settings::setValue(Setting::ReportLanguage, Languages::isSupported(code) ? code : QString());
}

QString LanguageSettings::effectiveReportLanguage()
{
    const QString choice = reportLanguageChoice();
    return choice.isEmpty() ? effectiveUiLanguage() : choice;
}

} // namespace fieldbook
