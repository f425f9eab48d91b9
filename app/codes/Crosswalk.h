#pragma once

#include "app/codes/Catalog.h"
#include "database/Result.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace fieldbook {

class CatalogRegistry;

// A question asked once in a multi-code audit, answering several codes' questions (and so
// their clauses) at the same time.
struct SharedQuestion
{
    QString id; // "x.hours.total_limit"
    QString topic;
    QString text;
    QString guidance;
    QStringList evidence;
    QStringList methods;
    QString severity;
    QStringList answers; // catalog question ids it stands for
};

struct CrosswalkTopic
{
    QString id;
    QString title;
    QStringList clauses; // "code:clause"
};

// resources/codes/crosswalk.json: shared topics across codes and the shared questions.
class Crosswalk
{
public:
    static Result<Crosswalk> parse(const QByteArray& json, const QString& fileName);
    static Result<Crosswalk> builtIn();

    // Every question and clause the crosswalk names must exist in the registry.
    Status validateAgainst(const CatalogRegistry& registry) const;

    QString version() const
    {
        return m_version;
    }
    const QList<CrosswalkTopic>& topics() const
    {
        return m_topics;
    }
    const QList<SharedQuestion>& sharedQuestions() const
    {
        return m_shared;
    }
    const SharedQuestion* sharedFor(const QString& questionId) const;

private:
    QString m_version;
    QList<CrosswalkTopic> m_topics;
    QList<SharedQuestion> m_shared;
    QHash<QString, int> m_sharedByQuestion;
};

} // namespace fieldbook
