#include "app/codes/CountryRules.h"
#include "app/codes/JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTime>
#include <algorithm>
#include <cmath>

// Reads resources/countries/<cc>.json, format versions 1 and 2 (docs/country-rules.md). A file
// with any problem is refused as a whole, with its path to the bad value: a half-read rules file
// would give thresholds nobody chose.

namespace fieldbook {

namespace {

bool isClockKey(const QString& key)
{
    return key.contains(QLatin1String("night_start")) || key.contains(QLatin1String("night_end"));
}

QDate readDate(JsonReader& r, const QJsonObject& o, const QString& path, const char* key, bool required)
{
    const QString text = r.string(o, path, key, required);
    if (text.isEmpty()) {
        return {};
    }
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid()) {
        r.fail(JsonReader::child(path, key), QCoreApplication::translate("Catalog", "must be a date YYYY-MM-DD"));
    }
    return d;
}

// The value must be what the key means: a time of day, a tier list, a non-negative number or null.
void validateValue(JsonReader& r, const QString& key, const QJsonValue& value, const QString& path)
{
    if (value.isNull()) {
        return; // the law sets no such limit
    }
    if (isClockKey(key)) {
        if (!value.isString() || !QTime::fromString(value.toString(), QStringLiteral("HH:mm")).isValid()) {
            r.fail(path, QCoreApplication::translate("Catalog", "must be a time HH:MM"));
        }
        return;
    }
    if (key == QLatin1String("overtime_premium_tiers")) {
        if (!value.isArray()) {
            r.fail(path, QCoreApplication::translate("Catalog", "must be a list of tiers"));
            return;
        }
        const QJsonArray tiers = value.toArray();
        for (qsizetype i = 0; i < tiers.size() && r.ok(); ++i) {
            const QString p = JsonReader::index(path, i);
            const QJsonObject tier = r.object(tiers.at(i), p);
            const double after = r.number(tier, p, "after_hours");
            const double premium = r.number(tier, p, "premium");
            const QString per = r.string(tier, p, "per");
            if (r.ok() && (after < 0 || premium < 1 || !std::isfinite(after) || !std::isfinite(premium))) {
                r.fail(p, QCoreApplication::translate("Catalog",
                                                      "after_hours must be zero or more and premium at least 1"));
            } else if (r.ok() && per != QLatin1String("day") && per != QLatin1String("week")) {
                r.fail(JsonReader::child(p, "per"),
                       QCoreApplication::translate("Catalog", "must be \"day\" or \"week\""));
            }
        }
        return;
    }
    if (!value.isDouble() || value.toDouble() < 0 || !std::isfinite(value.toDouble())) {
        r.fail(path, QCoreApplication::translate("Catalog", "must be a number of zero or more, or null"));
    }
}

LegalRule readRule(JsonReader& r, const QString& key, const QJsonValue& v, const QString& path)
{
    LegalRule rule;
    const QJsonObject o = r.object(v, path);
    if (!r.ok()) {
        return rule;
    }
    if (!o.contains(QStringLiteral("value"))) {
        r.fail(JsonReader::child(path, "value"), QCoreApplication::translate("Catalog", "is missing"));
        return rule;
    }
    rule.value = o.value(QStringLiteral("value"));
    validateValue(r, key, rule.value, JsonReader::child(path, "value"));
    rule.from = readDate(r, o, path, "from", false);
    rule.until = readDate(r, o, path, "until", false);
    rule.source = r.string(o, path, "source");
    rule.sourceUrl = r.string(o, path, "source_url", false);
    rule.secondary = r.string(o, path, "secondary", false);
    rule.note = r.string(o, path, "note", false);
    rule.checked = r.boolean(o, path, "checked", false);
    rule.iloC138Exception = r.boolean(o, path, "ilo_c138_exception", false);
    if (o.contains(QStringLiteral("sector_variants")) && r.ok()) {
        const QJsonArray variants = r.array(o, path, "sector_variants", true);
        for (qsizetype i = 0; i < variants.size() && r.ok(); ++i) {
            const QString p = JsonReader::index(JsonReader::child(path, "sector_variants"), i);
            const QJsonObject item = r.object(variants.at(i), p);
            SectorVariant variant;
            variant.sector = r.string(item, p, "sector");
            variant.value = item.value(QStringLiteral("value"));
            validateValue(r, key, variant.value, JsonReader::child(p, "value"));
            variant.source = r.string(item, p, "source");
            variant.checked = r.boolean(item, p, "checked", false);
            variant.note = r.string(item, p, "note", false);
            rule.sectorVariants << variant;
        }
    }
    if (r.ok() && rule.from.isValid() && rule.until.isValid() && rule.until < rule.from) {
        r.fail(JsonReader::child(path, "until"), QCoreApplication::translate("Catalog", "is before \"from\""));
    }
    return rule;
}

QHash<QString, QList<LegalRule>> readRules(JsonReader& r, const QJsonValue& v, const QString& path)
{
    QHash<QString, QList<LegalRule>> rules;
    const QJsonObject o = r.object(v, path);
    for (auto it = o.constBegin(); r.ok() && it != o.constEnd(); ++it) {
        const QString p = path + QLatin1Char('.') + it.key();
        if (!CountryRules::ruleKeys().contains(it.key())) {
            r.fail(p, QCoreApplication::translate("Catalog", "unknown rule (known: %1)")
                          .arg(CountryRules::ruleKeys().join(QStringLiteral(", "))));
            break;
        }
        QList<LegalRule> entries;
        if (it.value().isArray()) {
            const QJsonArray list = it.value().toArray();
            for (qsizetype i = 0; i < list.size() && r.ok(); ++i) {
                entries << readRule(r, it.key(), list.at(i), JsonReader::index(p, i));
            }
        } else {
            entries << readRule(r, it.key(), it.value(), p);
        }
        std::sort(entries.begin(), entries.end(),
                  [](const LegalRule& a, const LegalRule& b) { return a.from < b.from; });
        rules.insert(it.key(), entries);
    }
    return rules;
}

MinimumWage readWage(JsonReader& r, const QJsonObject& o, const QString& path, bool version1)
{
    MinimumWage w;
    w.from = readDate(r, o, path, version1 ? "effective_date" : "from", true);
    w.until = readDate(r, o, path, "until", false);
    w.monthly = r.number(o, path, "monthly", false);
    w.daily = r.number(o, path, "daily", false);
    w.hourly = r.number(o, path, "hourly", false);
    w.sector = r.string(o, path, "sector", false);
    w.source = r.string(o, path, "source");
    w.sourceUrl = r.string(o, path, "source_url", false);
    w.secondary = r.string(o, path, "secondary", false);
    w.note = r.string(o, path, "note", false);
    w.checked = r.boolean(o, path, "checked", false);
    if (r.ok()) {
        for (double figure : {w.monthly, w.daily, w.hourly}) {
            if (figure < 0 || !std::isfinite(figure)) {
                r.fail(path, QCoreApplication::translate("Catalog", "wages must be zero or more"));
                break;
            }
        }
    }
    if (r.ok() && w.monthly <= 0 && w.daily <= 0 && w.hourly <= 0) {
        r.fail(path, QCoreApplication::translate("Catalog", "needs a monthly, daily or hourly figure"));
    }
    return w;
}

QList<MinimumWage> readWages(JsonReader& r, const QJsonValue& v, const QString& path)
{
    QList<MinimumWage> wages;
    if (!v.isArray()) {
        r.fail(path, QCoreApplication::translate("Catalog", "must be a list"));
        return wages;
    }
    const QJsonArray list = v.toArray();
    for (qsizetype i = 0; i < list.size() && r.ok(); ++i) {
        const QString p = JsonReader::index(path, i);
        wages << readWage(r, r.object(list.at(i), p), p, false);
    }
    std::sort(wages.begin(), wages.end(), [](const MinimumWage& a, const MinimumWage& b) { return a.from < b.from; });
    return wages;
}

void readHolidays(JsonReader& r, const QJsonValue& v, CountryRules& c)
{
    const QString path = QStringLiteral("$.holidays");
    const QJsonObject o = r.object(v, path);
    c.holidaySource.source = r.string(o, path, "source");
    c.holidaySource.sourceUrl = r.string(o, path, "source_url", false);
    c.holidaySource.secondary = r.string(o, path, "secondary", false);
    c.holidaySource.note = r.string(o, path, "note", false);
    c.holidaySource.checked = r.boolean(o, path, "checked", false);
    const QJsonArray dates = r.array(o, path, "dates", false);
    for (qsizetype i = 0; i < dates.size() && r.ok(); ++i) {
        const QString p = JsonReader::index(path + QStringLiteral(".dates"), i);
        const QJsonObject h = r.object(dates.at(i), p);
        PublicHoliday holiday;
        holiday.date = readDate(r, h, p, "date", true);
        holiday.name = r.string(h, p, "name", false);
        c.holidays << holiday;
    }
}

// Version 1: one entry per rule and one minimum wage with its region.
void readVersion1(JsonReader& r, const QJsonObject& root, CountryRules& c)
{
    c.rules = readRules(r, root.value(QStringLiteral("rules")), QStringLiteral("$.rules"));
    if (root.contains(QStringLiteral("minimum_wage")) && r.ok()) {
        const QString p = QStringLiteral("$.minimum_wage");
        const QJsonObject w = r.object(root.value(QStringLiteral("minimum_wage")), p);
        const MinimumWage wage = readWage(r, w, p, true);
        const QString region = r.string(w, p, "region", false);
        if (region.isEmpty()) {
            c.minimumWages << wage;
        } else {
            c.regions << CountryRegion{region, {}, {wage}, {}};
            c.defaultRegion = region;
        }
    }
}

} // namespace

Result<CountryRules> CountryRules::parse(const QByteArray& json, const QString& fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Result<CountryRules>::failure(
            QCoreApplication::translate("Catalog", "%1: not valid JSON: %2").arg(fileName, parseError.errorString()));
    }
    JsonReader r(fileName);
    const QString $ = QStringLiteral("$");
    const QJsonObject root = r.object(doc.object(), $);
    CountryRules c;
    c.formatVersion = r.formatVersion(root, $, "format_version", false, 1);
    if (r.ok() && c.formatVersion != 1 && c.formatVersion != 2) {
        r.fail(QStringLiteral("$.format_version"), QCoreApplication::translate("Catalog", "must be 1 or 2"));
    }
    c.country = r.string(root, $, "country").toUpper();
    c.name = r.string(root, $, "name");
    c.currency = r.string(root, $, "currency");
    c.note = r.string(root, $, "note", false);
    c.reviewed = readDate(r, root, $, "reviewed", false);
    if (r.ok() && c.formatVersion == 1) {
        readVersion1(r, root, c);
    } else if (r.ok()) {
        c.rules = readRules(r, root.value(QStringLiteral("rules")), QStringLiteral("$.rules"));
        if (root.contains(QStringLiteral("minimum_wage")) && r.ok()) {
            c.minimumWages = readWages(r, root.value(QStringLiteral("minimum_wage")), QStringLiteral("$.minimum_wage"));
        }
        const QJsonObject regions = root.contains(QStringLiteral("regions"))
                                        ? r.object(root.value(QStringLiteral("regions")), QStringLiteral("$.regions"))
                                        : QJsonObject();
        for (auto it = regions.constBegin(); r.ok() && it != regions.constEnd(); ++it) {
            const QString p = QStringLiteral("$.regions.") + it.key();
            const QJsonObject o = r.object(it.value(), p);
            CountryRegion region;
            region.name = it.key();
            region.note = r.string(o, p, "note", false);
            if (o.contains(QStringLiteral("minimum_wage")) && r.ok()) {
                region.minimumWages =
                    readWages(r, o.value(QStringLiteral("minimum_wage")), p + QStringLiteral(".minimum_wage"));
            }
            if (o.contains(QStringLiteral("rules")) && r.ok()) {
                region.rules = readRules(r, o.value(QStringLiteral("rules")), p + QStringLiteral(".rules"));
            }
            c.regions << region;
        }
        c.defaultRegion = r.string(root, $, "default_region", !c.regions.isEmpty());
        if (r.ok() && !c.defaultRegion.isEmpty() && !c.findRegion(c.defaultRegion)) {
            r.fail(QStringLiteral("$.default_region"),
                   QCoreApplication::translate("Catalog", "names no region of the file (regions: %1)")
                       .arg(c.regionNames().join(QStringLiteral(", "))));
        }
        if (root.contains(QStringLiteral("holidays")) && r.ok()) {
            readHolidays(r, root.value(QStringLiteral("holidays")), c);
        }
    }
    if (!r.ok()) {
        return Result<CountryRules>::failure(r.error());
    }
    return c;
}

} // namespace fieldbook
