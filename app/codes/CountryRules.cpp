#include "app/codes/CountryRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

namespace fieldbook {

namespace {

template <typename Entry>
bool inForce(const Entry& e, const QDate& day)
{
    return (!e.from.isValid() || e.from <= day) && (!e.until.isValid() || day <= e.until);
}

// The latest entry in force on the day: a dated list may hold a superseded figure and its successor.
const LegalRule* latestInForce(const QList<LegalRule>& entries, const QDate& day)
{
    const LegalRule* found = nullptr;
    for (const LegalRule& e : entries) {
        if (e.inForceOn(day) && (!found || e.from >= found->from)) {
            found = &e;
        }
    }
    return found;
}

// Words an industry is named by, reduced to the word the laws list sectors by.
QStringList sectorWords(const QString& text)
{
    static const QHash<QString, QString> synonyms = {
        {QStringLiteral("apparel"), QStringLiteral("garment")},
        {QStringLiteral("clothing"), QStringLiteral("garment")},
        {QStringLiteral("garments"), QStringLiteral("garment")},
        {QStringLiteral("shoes"), QStringLiteral("footwear")},
        {QStringLiteral("shoe"), QStringLiteral("footwear")},
        {QStringLiteral("textiles"), QStringLiteral("textile")},
        {QStringLiteral("electronic"), QStringLiteral("electronics")},
        {QStringLiteral("knitwear"), QStringLiteral("garment")},
        {QStringLiteral("leathers"), QStringLiteral("leather")},
    };
    QStringList words;
    for (const QString& w : text.toLower().split(QRegularExpression(QStringLiteral("[^a-z]+")), Qt::SkipEmptyParts)) {
        if (w.size() >= 4) {
            words << synonyms.value(w, w);
        }
    }
    return words;
}

} // namespace

bool SectorVariant::covers(const QString& industry) const
{
    const QStringList listed = sectorWords(sector);
    for (const QString& word : sectorWords(industry)) {
        if (listed.contains(word)) {
            return true;
        }
    }
    return false;
}

bool LegalRule::inForceOn(const QDate& day) const
{
    return inForce(*this, day);
}

bool MinimumWage::inForceOn(const QDate& day) const
{
    return inForce(*this, day);
}

const QStringList& CountryRules::ruleKeys()
{
    static const QStringList keys = {
        QStringLiteral("minimum_age"),
        QStringLiteral("young_worker_age"),
        QStringLiteral("regular_hours_per_day"),
        QStringLiteral("regular_hours_per_week"),
        QStringLiteral("max_overtime_hours_per_day"),
        QStringLiteral("max_overtime_hours_per_week"),
        QStringLiteral("max_overtime_hours_per_month"),
        QStringLiteral("max_overtime_hours_per_year"),
        QStringLiteral("max_total_hours_per_day"),
        QStringLiteral("max_total_hours_per_week"),
        QStringLiteral("overtime_premium"),
        QStringLiteral("overtime_premium_tiers"),
        QStringLiteral("rest_day_premium"),
        QStringLiteral("holiday_premium"),
        QStringLiteral("night_premium"),
        QStringLiteral("night_start"),
        QStringLiteral("night_end"),
        QStringLiteral("max_consecutive_days"),
        QStringLiteral("young_worker_max_hours_per_day"),
        QStringLiteral("young_worker_max_hours_per_week"),
        QStringLiteral("young_worker_night_start"),
        QStringLiteral("young_worker_night_end"),
    };
    return keys;
}

const CountryRegion* CountryRules::findRegion(const QString& regionName) const
{
    for (const CountryRegion& r : regions) {
        if (r.name.compare(regionName, Qt::CaseInsensitive) == 0) {
            return &r;
        }
    }
    return nullptr;
}

QStringList CountryRules::regionNames() const
{
    QStringList names;
    for (const CountryRegion& r : regions) {
        names << r.name;
    }
    return names;
}

const LegalRule* CountryRules::ruleOn(const QString& key, const QDate& day, const QString& region) const
{
    if (const CountryRegion* r = findRegion(region.isEmpty() ? defaultRegion : region)) {
        if (const LegalRule* rule = latestInForce(r->rules.value(key), day)) {
            return rule;
        }
    }
    const auto it = rules.constFind(key);
    return it == rules.constEnd() ? nullptr : latestInForce(*it, day);
}

QList<MinimumWage> CountryRules::minimumWageSchedule(const QString& region) const
{
    const CountryRegion* r = findRegion(region.isEmpty() ? defaultRegion : region);
    return r && !r->minimumWages.isEmpty() ? r->minimumWages : minimumWages;
}

QStringList CountryRules::builtInCountries()
{
    QStringList list;
    for (const QString& name :
         QDir(QStringLiteral(":/countries")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        list << name.left(2).toUpper();
    }
    return list;
}

Result<CountryRules> CountryRules::builtIn(const QString& country)
{
    // Parsed once per process: the thresholds are resolved on every page that shows them.
    static QMutex mutex;
    static QHash<QString, CountryRules> parsed;
    const QString key = country.toLower();
    {
        QMutexLocker lock(&mutex);
        if (const auto it = parsed.constFind(key); it != parsed.constEnd()) {
            return *it;
        }
    }
    const QString file = QStringLiteral(":/countries/%1.json").arg(key);
    QFile f(file);
    if (country.size() != 2 || !f.open(QIODevice::ReadOnly)) {
        return Result<CountryRules>::failure(
            QCoreApplication::translate("Catalog", "No country rules for \"%1\" (known: %2)")
                .arg(country.toUpper(), builtInCountries().join(QStringLiteral(", "))));
    }
    Result<CountryRules> rules = parse(f.readAll(), key + QStringLiteral(".json"));
    if (rules) {
        QMutexLocker lock(&mutex);
        parsed.insert(key, *rules);
    }
    return rules;
}

} // namespace fieldbook
