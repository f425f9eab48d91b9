#include "app/codes/Crosswalk.h"
#include "app/codes/CatalogRegistry.h"
#include "app/codes/JsonReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace fieldbook {

Result<Crosswalk> Crosswalk::parse(const QByteArray& json, const QString& fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Result<Crosswalk>::failure(
            QCoreApplication::translate("Catalog", "%1: not valid JSON: %2").arg(fileName, parseError.errorString()));
    }
    JsonReader r(fileName);
    const QString $ = QStringLiteral("$");
    const QJsonObject root = r.object(doc.object(), $);
    Crosswalk cw;
    cw.m_version = r.string(root, $, "version");
    const QJsonArray topics = r.array(root, $, "topics");
    for (qsizetype i = 0; r.ok() && i < topics.size(); ++i) {
        const QString p = JsonReader::index(QStringLiteral("$.topics"), i);
        const QJsonObject o = r.object(topics.at(i), p);
        cw.m_topics.append({r.string(o, p, "id"), r.string(o, p, "title"), r.stringList(o, p, "clauses")});
    }
    const QJsonArray shared = r.array(root, $, "shared_questions");
    for (qsizetype i = 0; r.ok() && i < shared.size(); ++i) {
        const QString p = JsonReader::index(QStringLiteral("$.shared_questions"), i);
        const QJsonObject o = r.object(shared.at(i), p);
        SharedQuestion q;
        q.id = r.string(o, p, "id");
        q.topic = r.string(o, p, "topic");
        q.text = r.string(o, p, "text");
        q.guidance = r.string(o, p, "guidance", false);
        q.evidence = r.stringList(o, p, "evidence", false);
        q.methods = r.stringList(o, p, "methods", true, true);
        q.severity = r.string(o, p, "severity");
        q.answers = r.stringList(o, p, "answers", true, true);
        for (const QString& answered : q.answers) {
            if (r.ok() && cw.m_sharedByQuestion.contains(answered)) {
                r.fail(p + QStringLiteral(".answers"),
                       QCoreApplication::translate("Catalog", "question \"%1\" is already answered by another shared "
                                                              "question")
                           .arg(answered));
            }
            cw.m_sharedByQuestion.insert(answered, int(cw.m_shared.size()));
        }
        cw.m_shared.append(q);
    }
    if (!r.ok()) {
        return Result<Crosswalk>::failure(r.error());
    }
    return cw;
}

Result<Crosswalk> Crosswalk::builtIn()
{
    QFile file(QStringLiteral(":/codes/crosswalk.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<Crosswalk>::failure(QStringLiteral("crosswalk.json is missing from the build"));
    }
    return parse(file.readAll(), QStringLiteral("crosswalk.json"));
}

Status Crosswalk::validateAgainst(const CatalogRegistry& registry) const
{
    for (qsizetype i = 0; i < m_shared.size(); ++i) {
        for (const QString& questionId : m_shared.at(i).answers) {
            const Catalog* catalog = registry.find(questionId.section(QLatin1Char('.'), 0, 0));
            if (!catalog || !catalog->question(questionId)) {
                return Status::failure(
                    QStringLiteral("crosswalk.json: $.shared_questions[%1].answers: no question \"%2\"")
                        .arg(i)
                        .arg(questionId));
            }
        }
    }
    for (qsizetype i = 0; i < m_topics.size(); ++i) {
        for (const QString& clause : m_topics.at(i).clauses) {
            const Catalog* catalog = registry.find(clause.section(QLatin1Char(':'), 0, 0));
            if (!catalog || !catalog->clause(clause.section(QLatin1Char(':'), 1))) {
                return Status::failure(
                    QStringLiteral("crosswalk.json: $.topics[%1].clauses: no clause \"%2\"").arg(i).arg(clause));
            }
        }
    }
    return Status::success();
}

const SharedQuestion* Crosswalk::sharedFor(const QString& questionId) const
{
    const auto it = m_sharedByQuestion.constFind(questionId);
    return it == m_sharedByQuestion.constEnd() ? nullptr : &m_shared.at(it.value());
}

} // namespace fieldbook
