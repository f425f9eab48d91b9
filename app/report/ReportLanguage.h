#pragma once

#include <QString>
#include <memory>

namespace fieldbook {

// Puts the whole application into the report's language for as long as a report is being built,
// whatever the user interface language is: a Chinese auditor can write a Spanish report, and an
// English report from a Chinese interface carries no Chinese. Installs a translator that answers
// every lookup itself: from fieldbook_<lang>.qm (embedded :/i18n, or the translations folder beside
// the executable) where it has the string, with the English source otherwise, so no other installed
// translator is consulted. Removed again on destruction.
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString& language);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;

    // The language in force: the one asked for if Fieldbook has it, English otherwise.
    QString language() const
    {
        return m_language;
    }
    // True when a translation file was loaded (false for English, which needs none).
    bool translated() const;

    // "zh_CN" for "zh_CN", "zh-CN", "zh"; "es" for "es_ES"; "en" for anything unknown.
    static QString normalise(const QString& language);

private:
    class Translator;
    std::unique_ptr<Translator> m_translator;
    QString m_language;
};

} // namespace fieldbook
