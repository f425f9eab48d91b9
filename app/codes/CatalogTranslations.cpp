#include "app/codes/CatalogTranslations.h"

#include "app/codes/ChecklistDeriver.h"
#include "app/codes/JsonReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace fieldbook {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};
} // namespace

const CatalogTranslations& CatalogTranslations::builtIn(const QString& language)
{
    static QMutex mutex;
    static QHash<QString, CatalogTranslations> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(language);
    if (it != cache.end()) {
        return *it;
    }
    CatalogTranslations all;
    all.m_language = language;
    const QString suffix = QLatin1Char('.') + language + QStringLiteral(".json");
    const QDir dir(QStringLiteral(":/codes/i18n"));
    for (const QString& name : dir.entryList({QLatin1Char('*') + suffix}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        Result<CatalogTranslations> parsed = parse(file.readAll(), name);
        if (parsed) {
            all.merge(*parsed);
        } else {
            // A broken built-in overlay is a build error (TestCatalogTranslations); at run time the
            // texts simply stay English.
            qWarning("%s", qPrintable(parsed.error()));
        }
    }
    return *cache.insert(language, all);
}

Result<CatalogTranslations> CatalogTranslations::parse(const QByteArray& json, const QString& fileName)
{
    using R = Result<CatalogTranslations>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        return R::failure(
            Tr::tr("%1: not valid JSON: %2 at byte %3").arg(fileName, error.errorString()).arg(error.offset));
    }
    const QJsonObject root = doc.object();
    JsonReader reader(fileName);
    if (reader.number(root, QStringLiteral("$"), "format_version") != 1) {
        reader.fail(QStringLiteral("$.format_version"), Tr::tr("must be 1"));
    }
    CatalogTranslations t;
    const QString catalog = reader.string(root, QStringLiteral("$"), "catalog");
    t.m_language = reader.string(root, QStringLiteral("$"), "language");

    // {"id": {"source": English, "text": translation}} for sections, clauses and topics.
    auto titles = [&](const char* key, auto&& store) {
        const QJsonObject map = root.value(QLatin1String(key)).toObject();
        for (auto it = map.begin(); it != map.end() && reader.ok(); ++it) {
            const QString path = QStringLiteral("$.%1.%2").arg(QLatin1String(key), it.key());
            const QJsonObject entry = reader.object(it.value(), path);
            const QString source = reader.string(entry, path, "source");
            const QString text = reader.string(entry, path, "text");
            if (reader.ok()) {
                store(it.key(), source, text);
            }
        }
    };
    titles("sections", [&](const QString& id, const QString& source, const QString& text) {
        t.m_sections.insert(ChecklistDeriver::sectionLabel(catalog, id, source),
                            ChecklistDeriver::sectionLabel(catalog, id, text));
    });
    titles("topics",
           [&](const QString&, const QString& source, const QString& text) { t.m_topics.insert(source, text); });
    const QJsonObject questions = root.value(QStringLiteral("questions")).toObject();
    for (auto it = questions.begin(); it != questions.end() && reader.ok(); ++it) {
        const QString path = QStringLiteral("$.questions.") + it.key();
        const QJsonObject entry = reader.object(it.value(), path);
        TranslatedQuestion q;
        q.source = reader.string(entry, path, "source");
        q.text = reader.string(entry, path, "text");
        q.guidance = reader.string(entry, path, "guidance", false);
        q.evidence = reader.stringList(entry, path, "evidence", false);
        t.m_questions.insert(it.key(), q);
    }
    if (!reader.ok()) {
        return R::failure(reader.error());
    }
    return t;
}

void CatalogTranslations::merge(const CatalogTranslations& other)
{
    if (m_language.isEmpty()) {
        m_language = other.m_language;
    }
    m_questions.insert(other.m_questions);
    m_sections.insert(other.m_sections);
    m_topics.insert(other.m_topics);
}

const TranslatedQuestion* CatalogTranslations::question(const QString& key, const QString& englishText) const
{
    const auto it = m_questions.constFind(key);
    return it != m_questions.constEnd() && it->source == englishText ? &*it : nullptr;
}

QString CatalogTranslations::section(const QString& englishLabel) const
{
    if (const auto it = m_sections.constFind(englishLabel); it != m_sections.constEnd()) {
        return *it;
    }
    const QString shared = ChecklistDeriver::sharedSectionLabel(QString());
    if (englishLabel.startsWith(shared)) {
        const QString topic = englishLabel.mid(shared.size());
        if (const auto t = m_topics.constFind(topic); t != m_topics.constEnd()) {
            return Tr::tr("Shared: %1").arg(*t);
        }
    }
    return englishLabel;
}

QString CatalogTranslations::evidenceLines(const QString& key, const QString& englishText,
                                           const QString& englishLines) const
{
    const TranslatedQuestion* q = question(key, englishText);
    return q && !q->evidence.isEmpty() ? q->evidence.join(QLatin1Char('\n')) : englishLines;
}

} // namespace fieldbook
