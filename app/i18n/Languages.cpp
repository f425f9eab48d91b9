#include "app/i18n/Languages.h"

namespace fieldbook {

QList<LanguageInfo> Languages::supported()
{
    // Names in their own language, never translated.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

bool Languages::isSupported(const QString& code)
{
    for (const LanguageInfo& l : supported()) {
        if (l.code == code) {
            return true;
        }
    }
    return false;
}

QString Languages::nativeName(const QString& code)
{
    for (const LanguageInfo& l : supported()) {
        if (l.code == code) {
            return l.nativeName;
        }
    }
    return code;
}

QString Languages::bestMatch(const QLocale& locale)
{
    // uiLanguages() lists the user's preferences in order (LANGUAGE=es:en gives both).
    for (QString tag : locale.uiLanguages()) {
        tag.replace(QLatin1Char('-'), QLatin1Char('_'));
        const QString lang = tag.section(QLatin1Char('_'), 0, 0).toLower();
        if (lang == QLatin1String("zh")) {
            // Traditional Chinese readers are better served by English than by simplified glyphs.
            const bool traditional = tag.contains(QLatin1String("Hant")) || tag.endsWith(QLatin1String("_TW")) ||
                                     tag.endsWith(QLatin1String("_HK")) || tag.endsWith(QLatin1String("_MO"));
            if (!traditional) {
                return QStringLiteral("zh_CN");
            }
        } else if (lang == QLatin1String("es")) {
            return QStringLiteral("es");
        } else if (lang == QLatin1String("en")) {
            return QStringLiteral("en");
        }
    }
    return QStringLiteral("en");
}

QString Languages::systemDefault()
{
    return bestMatch(QLocale::system());
}

} // namespace fieldbook
