#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fieldbook {

// A code of conduct as Fieldbook reads it (docs/catalog-format.md): sections, clauses and the
// checklist questions for each clause. Wording is ours; clause ids follow the published code.
struct CatalogQuestion
{
    QString id; // stable key, e.g. "sa8000.7.1.q1"
    QString text;
    QString guidance;
    QStringList evidence;
    QStringList methods; // document_review, worker_interview, management_interview, observation
    QString severity;    // observation | minor | major | priority | critical (default if not met)
    QString topic;
    QString appliesIf; // facility-profile flag the question needs, empty = always
    QString crosswalk; // shared question this one is answered by in multi-code audits
};

struct CatalogClause
{
    QString id; // "7.1", "A3", "6"
    QString title;
    bool verify = false; // numbering/content not confirmed against the published text
    QList<CatalogQuestion> questions;
};

struct CatalogSection
{
    QString id;
    QString title;
    QString topic;
    QList<CatalogClause> clauses;
};

struct Catalog
{
    QString id; // "sa8000", "rba", "wrap", or an imported code's id
    QStringList aliases;
    QString name;
    QString edition;
    QString version;
    QDate effectiveDate;
    QString publisher;
    QString note;
    QJsonObject thresholds; // code-set figures: minimum_age, max_total_hours_per_week, ...
    QList<CatalogSection> sections;
    bool builtIn = true;

    int questionCount() const;
    // "sa8000:2014": what a derived checklist item records so catalog updates never change it.
    QString versionTag() const
    {
        return id + QLatin1Char(':') + version;
    }
    const CatalogClause* clause(const QString& clauseId) const;
    const CatalogQuestion* question(const QString& questionId) const;
};

} // namespace fieldbook
