#pragma once

#include "database/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace fieldbook {

// Other names factories give the canonical columns ("Emp No" or 工号 for worker_id, "Clock In" or
// "Giờ vào" for time_in ...), read from a table (resources/records/column-synonyms.json) kept as
// data with each name's language, so it can grow without code. Headers are compared loosely:
// case, spaces, punctuation and full-width forms (NFKC) do not count; as a second chance, Latin
// diacritics ("Ngay" for "Ngày") and a unit in brackets ("加班工时(小时)") do not either.
class ColumnSynonyms
{
public:
    // How closely a header matches a column; a better match is taken before a weaker one.
    enum class Match
    {
        None,
        Folded, // only once diacritics and bracketed units are set aside
        Loose   // case, spaces, punctuation and width aside
    };

    // The built-in table, loaded once.
    static const ColumnSynonyms& builtIn();
    // format_version 1 ({"any": {column: [names]}, kind: {...}}, English) and 2 (the same, plus
    // "languages": {tag: {"any": ..., kind: ...}}).
    static Result<ColumnSynonyms> fromJson(const QByteArray& json);

    // True when `header` is another name of `column` in files of `kind`, or the column's own name
    // written differently ("Worker ID" for worker_id).
    bool matches(const QString& kind, const QString& column, const QString& header) const;
    Match match(const QString& kind, const QString& column, const QString& header) const;
    // A header compared once against many columns: its loose and folded forms, computed once.
    struct Prepared
    {
        QString loose;
        QString folded;
    };
    static Prepared prepare(const QString& header);
    Match match(const QString& kind, const QString& column, const Prepared& header) const;
    // The language tags of the table ("en", "zh-Hans", "vi" ...), sorted.
    QStringList languages() const;
    // The language tags `header` is a name of `column` in (empty when it is not one).
    QStringList languagesOf(const QString& kind, const QString& column, const QString& header) const;

    // "Emp. No." -> "emp no"; "worker_id" -> "worker id"; "ＩＤ" -> "id". Combining marks (Thai, Hindi
    // vowel signs, Vietnamese tones) stay part of their word.
    static QString loose(const QString& header);
    // loose() without Latin diacritics or bracketed parts: "Giờ vào (Giờ)" -> "gio vao".
    static QString folded(const QString& header);

private:
    struct Names
    {
        QHash<QString, QStringList> loose;  // loose name -> languages
        QHash<QString, QStringList> folded; // folded name -> languages
    };
    using Columns = QHash<QString, Names>; // column -> its names

    void addColumns(const QString& kind, const QString& language, const QJsonObject& object);
    const Names* names(const QString& kind, const QString& column) const;

    QHash<QString, Columns> m_kinds; // "any" or a kind -> columns
    QSet<QString> m_languages;
};

} // namespace fieldbook
