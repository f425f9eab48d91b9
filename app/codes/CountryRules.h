#pragma once

#include "database/Result.h"

#include <QDate>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace fieldbook {

// One legal figure with where it comes from. Every figure is marked "verify before use":
// laws and minimum wages change, and the auditor confirms them per audit.
struct LegalRule
{
    QJsonValue value; // number, or "HH:MM" for night_start / night_end
    QString source;   // law and article
    QString note;
    bool verifyBeforeUse = true;
};

struct MinimumWage
{
    double monthly = 0;
    double hourly = 0;
    QString region;
    QDate effectiveDate;
    QString source;
    QString note;
};

// resources/countries/<cc>.json: a country's labour-law thresholds (docs/country-rules.md).
struct CountryRules
{
    QString country; // ISO 3166-1 alpha-2
    QString name;
    QString currency;
    QString note;
    QDate reviewed;
    QHash<QString, LegalRule> rules; // params.json keys: minimum_age, regular_hours_per_week, ...
    MinimumWage minimumWage;

    static Result<CountryRules> parse(const QByteArray& json, const QString& fileName);
    // Built-in rules for a country code, or a failure naming the countries known.
    static Result<CountryRules> builtIn(const QString& country);
    static QStringList builtInCountries();
};

} // namespace fieldbook
