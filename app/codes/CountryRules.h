#pragma once

#include "database/Result.h"

#include <QDate>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace fieldbook {

// One legal figure as the law states it, with where it comes from and when it is in force.
// `checked` is true only where the Fieldbook authors read the primary text (the law or decree
// itself); everything else is shown to the auditor as "verify before use".
// A different figure the law sets for listed sectors (VN: 300 h of overtime a year in textiles,
// garments, footwear, electronics ... instead of 200).
struct SectorVariant
{
    QString sector; // the sectors as the law lists them
    QJsonValue value;
    QString source;
    bool checked = false;
    QString note;

    // Whether a facility's industry ("Apparel (cut, make, trim)") is one of the listed sectors.
    bool covers(const QString& industry) const;
};

struct LegalRule
{
    QJsonValue value; // number, "HH:MM" (night_*), an array (overtime_premium_tiers), or null: no such limit
    QDate from;       // in force since (invalid: long-standing, date not given)
    QDate until;      // last day in force (invalid: open-ended)
    QString source;   // law and article
    QString sourceUrl;
    QString secondary; // where the figure was found when not in the primary text
    QString note;
    bool checked = false;
    bool iloC138Exception = false; // minimum_age only: ILO C138 art. 2(4) developing-country minimum of 14
    QList<SectorVariant> sectorVariants;

    bool inForceOn(const QDate& day) const;
};

// A minimum wage from a date on. The law states it a month, a day or an hour; hourly() derives
// the hourly figure from the regular hours when the law gives none.
struct MinimumWage
{
    QDate from;
    QDate until;
    double monthly = 0;
    double daily = 0;
    double hourly = 0;
    QString sector;
    QString source;
    QString sourceUrl;
    QString secondary;
    QString note;
    bool checked = false;

    bool inForceOn(const QDate& day) const;
};

struct PublicHoliday
{
    QDate date;
    QString name;
};

// A wage zone, province or state: its own minimum wage and, where the law delegates them, rules.
struct CountryRegion
{
    QString name;
    QString note;
    QList<MinimumWage> minimumWages; // sorted by `from`
    QHash<QString, QList<LegalRule>> rules;
};

// resources/countries/<cc>.json: a country's labour-law thresholds (docs/country-rules.md).
// Format version 2 keeps every figure as the law states it (daily, monthly and yearly caps, dated
// changes, regions); version-1 files are read into the same shape.
struct CountryRules
{
    int formatVersion = 2;
    QString country; // ISO 3166-1 alpha-2
    QString name;
    QString currency;
    QString note;
    QDate reviewed;
    QHash<QString, QList<LegalRule>> rules; // params.json keys, each a dated list
    QList<MinimumWage> minimumWages;        // national schedule, sorted by `from`
    QString defaultRegion;
    QList<CountryRegion> regions;
    QList<PublicHoliday> holidays;
    LegalRule holidaySource; // source, url and checked of the holiday list (no value)

    // The rule in force on `day` for `key`, the region's own before the national one; nullptr if none.
    const LegalRule* ruleOn(const QString& key, const QDate& day, const QString& region = {}) const;
    // The minimum-wage steps that apply in `region` (its own schedule, else the national one).
    QList<MinimumWage> minimumWageSchedule(const QString& region = {}) const;
    const CountryRegion* findRegion(const QString& regionName) const;
    QStringList regionNames() const;

    static Result<CountryRules> parse(const QByteArray& json, const QString& fileName);
    // Built-in rules for a country code, or a failure naming the countries known.
    static Result<CountryRules> builtIn(const QString& country);
    static QStringList builtInCountries();
    // The params.json keys a country file may set.
    static const QStringList& ruleKeys();
};

} // namespace fieldbook
