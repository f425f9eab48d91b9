#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace fieldbook {

struct LanguageInfo
{
    QString code;       // "en", "zh_CN", "es": the suffix of fieldbook_<code>.qm and of catalog overlays
    QString nativeName; // the language's name in itself, so anyone can find their own in a list
};

// The languages Fieldbook speaks, for the user interface and for reports. English is the source
// language: it needs no translation file.
class Languages
{
public:
    static QList<LanguageInfo> supported();
    static bool isSupported(const QString& code);
    static QString nativeName(const QString& code);
    // The supported language closest to a locale ("zh_Hans_CN", "zh-CN" -> "zh_CN"; "es_MX" -> "es");
    // English when none fits.
    static QString bestMatch(const QLocale& locale);
    // The supported language of the system locale (LANG, LC_ALL, LANGUAGE on Linux).
    static QString systemDefault();
};

} // namespace fieldbook
