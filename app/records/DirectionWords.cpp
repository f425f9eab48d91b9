#include "app/records/DirectionWords.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fieldbook {

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DirectionWords)
};

} // namespace

QString DirectionWords::normalized(const QString& word)
{
    // Lower-casing "GİRİŞ" outside a Turkish locale leaves a combining dot after the i, and
    // "ÇIKIŞ" becomes "çikiş" without its dotless ı: both sides drop the difference.
    QString out = word.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    out.remove(QChar(0x0307));
    out.replace(QChar(0x0131), QLatin1Char('i'));
    return out;
}

Result<DirectionWords> DirectionWords::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Result<DirectionWords>::failure(
            Tr::tr("direction words: not a JSON object (%1 at offset %2)").arg(error.errorString()).arg(error.offset));
    }
    DirectionWords table;
    for (const bool in : {true, false}) {
        const QString side = in ? QStringLiteral("in") : QStringLiteral("out");
        const QJsonObject languages = doc.object().value(side).toObject();
        for (auto language = languages.constBegin(); language != languages.constEnd(); ++language) {
            for (const QJsonValue& value : language.value().toArray()) {
                const QString word = normalized(value.toString());
                if (word.isEmpty()) {
                    return Result<DirectionWords>::failure(
                        Tr::tr("direction words: %1.%2 holds an empty or non-text word").arg(side, language.key()));
                }
                // One word for both directions would make a gate log read either way: refused.
                if (const auto other = table.m_words.constFind(word);
                    other != table.m_words.constEnd() && other.value() != in) {
                    return Result<DirectionWords>::failure(
                        Tr::tr("direction words: \"%1\" is listed for both in and out").arg(value.toString()));
                }
                table.m_words.insert(word, in);
            }
        }
    }
    return table;
}

const DirectionWords& DirectionWords::builtIn()
{
    static const DirectionWords table = [] {
        QFile file(QStringLiteral(":/records/direction-words.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            return DirectionWords();
        }
        Result<DirectionWords> parsed = fromJson(file.readAll());
        return parsed ? parsed.take() : DirectionWords();
    }();
    return table;
}

std::optional<bool> DirectionWords::isIn(QByteArrayView cell) const
{
    // The contract's words first, without building a string: gate logs run to millions of rows.
    if (cell.compare("in", Qt::CaseInsensitive) == 0) {
        return true;
    }
    if (cell.compare("out", Qt::CaseInsensitive) == 0) {
        return false;
    }
    const auto found = m_words.constFind(normalized(QString::fromUtf8(cell)));
    if (found == m_words.constEnd()) {
        return std::nullopt;
    }
    return found.value();
}

} // namespace fieldbook
