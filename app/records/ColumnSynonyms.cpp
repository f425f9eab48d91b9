#include "app/records/ColumnSynonyms.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fieldbook {

namespace {

QHash<QString, QSet<QString>> readColumns(const QJsonObject& object)
{
    QHash<QString, QSet<QString>> columns;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QSet<QString>& names = columns[it.key()];
        for (const QJsonValue& name : it.value().toArray()) {
            names.insert(ColumnSynonyms::loose(name.toString()));
        }
    }
    return columns;
}

} // namespace

QString ColumnSynonyms::loose(const QString& header)
{
    QString out;
    out.reserve(header.size());
    bool gap = false;
    for (const QChar c : header) {
        if (c.isLetterOrNumber()) {
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
    const QJsonObject root = doc.object();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!it.value().isObject()) {
            continue; // format_version, about
        }
        if (it.key() == QLatin1String("any")) {
            synonyms.m_any = readColumns(it.value().toObject());
        } else {
            synonyms.m_kinds.insert(it.key(), readColumns(it.value().toObject()));
        }
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

bool ColumnSynonyms::matches(const QString& kind, const QString& column, const QString& header) const
{
    const QString name = loose(header);
    if (name.isEmpty()) {
        return false;
    }
    if (name == loose(column)) {
        return true;
    }
    if (m_any.value(column).contains(name)) {
        return true;
    }
    const auto byKind = m_kinds.constFind(kind);
    return byKind != m_kinds.constEnd() && byKind->value(column).contains(name);
}

} // namespace fieldbook
