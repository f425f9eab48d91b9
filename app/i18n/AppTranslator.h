#pragma once

#include <QString>
#include <memory>

class QTranslator;

namespace fieldbook {

// Installs the user interface language into the running application: Fieldbook's own
// translation (embedded :/i18n/fieldbook_<code>.qm) and Qt's (qtbase_<code>.qm from the Qt
// translations folder, Debian's qt6-translations-l10n) for the standard dialog buttons and
// context menus. Installing another language replaces the previous one. English needs neither.
class AppTranslator
{
public:
    AppTranslator();
    ~AppTranslator();
    AppTranslator(const AppTranslator&) = delete;
    AppTranslator& operator=(const AppTranslator&) = delete;

    // True when Fieldbook's own translation was found (always for English).
    bool install(const QString& language);
    QString language() const
    {
        return m_language;
    }
    bool qtTranslationLoaded() const
    {
        return m_qtLoaded;
    }

    // The application's interface translator (main() installs the chosen language at start).
    static AppTranslator& application();
    // The language of the interface translator installed last (English before any).
    static QString current();
    // Where Qt's own translations are looked for.
    static QString qtTranslationsPath();

private:
    void remove();

    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
    bool m_qtLoaded = false;
};

} // namespace fieldbook
