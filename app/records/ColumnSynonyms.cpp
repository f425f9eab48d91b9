#include "app/records/ColumnSynonyms.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace fieldbook {

namespace {

const QString kAny = QStringLiteral("any");
const QString kEnglish = QStringLiteral("en");

// A header without its bracketed parts: units ("(小时)", "(min)") and notes.
QString withoutBrackets(const QString& text)
{
    QString out;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('(') || c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char(')') || c == QLatin1Char(']')) {
            depth = qMax(0, depth - 1);
        } else if (depth == 0) {
            out += c;
        }
    }
    return out;
}

} // namespace

QString ColumnSynonyms::loose(const QString& header)
{
    // NFKC: full-width letters, digits and brackets (ＩＤ, （）) become their plain forms.
    const QString text = header.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(text.size());
    bool gap = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || (c.isMark() && !out.isEmpty() && !gap)) {
            if (gap && !out.isEmpty()) {
                out += QLatin1Char(' ');
            }
            out += c.toLower();
            gap = false;
        } else {
            gap = true;
        }
    }
    return out;
}

QString ColumnSynonyms::folded(const QString& header)
{
    // Decomposed, Latin diacritics (U+0300-U+036F: Vietnamese tones and hats, Turkish and Spanish
    // accents) drop off their letters; đ and ı have no decomposition and are mapped by hand.
    const QString decomposed =
        withoutBrackets(header.normalized(QString::NormalizationForm_KC)).normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u >= 0x0300 && u <= 0x036F) {
            continue;
        }
        if (u == 0x0111 || u == 0x0110) { // đ Đ
            out += QLatin1Char('d');
        } else if (u == 0x0131) { // ı
            out += QLatin1Char('i');
        } else {
            out += c;
        }
    }
    return loose(out.normalized(QString::NormalizationForm_C));
}

void ColumnSynonyms::addColumns(const QString& kind, const QString& language, const QJsonObject& object)
{
    Columns& columns = m_kinds[kind];
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        Names& names = columns[it.key()];
        for (const QJsonValue& name : it.value().toArray()) {
            const QString written = name.toString();
            QStringList& looseLanguages = names.loose[loose(written)];
            if (!looseLanguages.contains(language)) {
                looseLanguages.append(language);
            }
            QStringList& foldedLanguages = names.folded[folded(written)];
            if (!foldedLanguages.contains(language)) {
                foldedLanguages.append(language);
            }
        }
    }
    m_languages.insert(language);
}

Result<ColumnSynonyms> ColumnSynonyms::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Result<ColumnSynonyms>::failure(
            QCoreApplication::translate("ColumnSynonyms", "column synonyms: not a JSON object (%1 at offset %2)")
                .arg(error.errorString())
                .arg(error.offset));
    }
    ColumnSynonyms synonyms;
    auto readBlock = [&](const QJsonObject& block, const QString& language) {
        for (auto it = block.constBegin(); it != block.constEnd(); ++it) {
            if (it.value().isObject() && it.key() != QLatin1String("languages")) {
                synonyms.addColumns(it.key(), language, it.value().toObject()); // "any" or a kind
            }
        }
    };
    const QJsonObject root = doc.object();
    readBlock(root, kEnglish); // version 1: the top level is English
    const QJsonObject languages = root.value(QStringLiteral("languages")).toObject();
    for (auto it = languages.constBegin(); it != languages.constEnd(); ++it) {
        if (!it.value().isObject()) {
            return Result<ColumnSynonyms>::failure(
                QCoreApplication::translate("ColumnSynonyms", "column synonyms: languages.%1 is not an object")
                    .arg(it.key()));
        }
        readBlock(it.value().toObject(), it.key());
    }
    return synonyms;
}

const ColumnSynonyms& ColumnSynonyms::builtIn()
{
    static const ColumnSynonyms table = [] {
        QFile file(QStringLiteral(":/records/column-synonyms.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            return ColumnSynonyms(); // no guesses; exact names and saved mappings still work
        }
        Result<ColumnSynonyms> parsed = fromJson(file.readAll());
        return parsed ? parsed.take() : ColumnSynonyms();
    }();
    return table;
}

const ColumnSynonyms::Names* ColumnSynonyms::names(const QString& kind, const QString& column) const
{
    const auto byKind = m_kinds.constFind(kind);
    if (byKind == m_kinds.constEnd()) {
        return nullptr;
    }
    const auto byColumn = byKind->constFind(column);
    return byColumn == byKind->constEnd() ? nullptr : &byColumn.value();
}

ColumnSynonyms::Prepared ColumnSynonyms::prepare(const QString& header)
{
    Prepared prepared;
    prepared.loose = loose(header);
    if (!prepared.loose.isEmpty()) {
        prepared.folded = folded(header);
    }
    return prepared;
}

ColumnSynonyms::Match ColumnSynonyms::match(const QString& kind, const QString& column, const QString& header) const
{
    return match(kind, column, prepare(header));
}

ColumnSynonyms::Match ColumnSynonyms::match(const QString& kind, const QString& column, const Prepared& header) const
{
    const QString& name = header.loose;
    if (name.isEmpty()) {
        return Match::None;
    }
    if (name == loose(column)) {
        return Match::Loose;
    }
    const Names* any = names(kAny, column);
    const Names* own = names(kind, column);
    if ((any && any->loose.contains(name)) || (own && own->loose.contains(name))) {
        return Match::Loose;
    }
    const QString& second = header.folded;
    if (second.isEmpty()) {
        return Match::None;
    }
    if (second == folded(column) || (any && any->folded.contains(second)) || (own && own->folded.contains(second))) {
        return Match::Folded;
    }
    return Match::None;
}

bool ColumnSynonyms::matches(const QString& kind, const QString& column, const QString& header) const
{
    return match(kind, column, header) != Match::None;
}

QStringList ColumnSynonyms::languages() const
{
    QStringList list(m_languages.cbegin(), m_languages.cend());
    std::sort(list.begin(), list.end());
    return list;
}

QStringList ColumnSynonyms::languagesOf(const QString& kind, const QString& column, const QString& header) const
{
    QStringList out;
    const QString name = loose(header);
    for (const Names* n : {names(kAny, column), names(kind, column)}) {
        if (n) {
            for (const QString& language : n->loose.value(name)) {
                if (!out.contains(language)) {
                    out.append(language);
                }
            }
        }
    }
    return out;
}

} // namespace fieldbook
