#pragma once

#include "database/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace fieldbook {

struct TranslatedQuestion
{
    QString source; // the English question this translation was made for
    QString text;
    QString guidance;     // empty: keep the English guidance
    QStringList evidence; // empty: keep the English list
};

// Translations of catalog texts (questions, guidance, evidence to look at, section, clause and
// topic titles) into one language, from overlay files beside the catalogs
// (resources/codes/i18n/<catalog>.<language>.json, docs/catalog-format.md). The store keeps the
// catalogs' English; the checklist shows the interface language and the report its own language,
// each falling back to English wherever no translation exists. A translation is used only for
// the English text it was made for, so a reworded question never shows a stale translation.
class CatalogTranslations
{
public:
    // Every built-in overlay for `language`, loaded once; empty for English or a language without any.
    static const CatalogTranslations& builtIn(const QString& language);
    // One overlay file's content; `fileName` names it in errors.
    static Result<CatalogTranslations> parse(const QByteArray& json, const QString& fileName);
    void merge(const CatalogTranslations& other);

    QString language() const
    {
        return m_language;
    }
    bool isEmpty() const
    {
        return m_questions.isEmpty() && m_sections.isEmpty() && m_topics.isEmpty();
    }
    int questionCount() const
    {
        return int(m_questions.size());
    }

    // The translation of question `key` when it was made for `englishText`, else null.
    const TranslatedQuestion* question(const QString& key, const QString& englishText) const;
    // A stored section label ("SA8000 7 Working Hours", "Shared: Working hours") in this language,
    // or the label itself when it has no translation.
    QString section(const QString& englishLabel) const;
    // One line per item, as the store keeps evidence; each line translated where a translation exists.
    QString evidenceLines(const QString& key, const QString& englishText, const QString& englishLines) const;

private:
    QString m_language;
    QHash<QString, TranslatedQuestion> m_questions;
    QHash<QString, QString> m_sections; // English label -> translated label
    QHash<QString, QString> m_topics;   // English topic title -> translated title
};

} // namespace fieldbook
