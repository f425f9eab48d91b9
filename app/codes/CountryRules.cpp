#include "app/codes/CountryRules.h"
#include "app/codes/JsonReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace fieldbook {

namespace {

const QStringList& ruleKeys()
{
    static const QStringList keys = {QStringLiteral("minimum_age"),
                                     QStringLiteral("young_worker_age"),
                                     QStringLiteral("regular_hours_per_day"),
                                     QStringLiteral("regular_hours_per_week"),
                                     QStringLiteral("max_overtime_hours_per_week"),
                                     QStringLiteral("max_total_hours_per_week"),
                                     QStringLiteral("overtime_premium"),
                                     QStringLiteral("max_consecutive_days"),
                                     QStringLiteral("night_start"),
                                     QStringLiteral("night_end")};
    return keys;
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
    c.country = r.string(root, $, "country").toUpper();
    c.name = r.string(root, $, "name");
    c.currency = r.string(root, $, "currency");
    c.note = r.string(root, $, "note", false);
    c.reviewed = QDate::fromString(r.string(root, $, "reviewed", false), Qt::ISODate);
    const QJsonObject rules = r.object(root.value(QStringLiteral("rules")), QStringLiteral("$.rules"));
    for (auto it = rules.constBegin(); r.ok() && it != rules.constEnd(); ++it) {
        const QString p = QStringLiteral("$.rules.") + it.key();
        if (!ruleKeys().contains(it.key())) {
            r.fail(p, QCoreApplication::translate("Catalog", "unknown rule (known: %1)")
                          .arg(ruleKeys().join(QStringLiteral(", "))));
            break;
        }
        const QJsonObject o = r.object(it.value(), p);
        LegalRule rule;
        rule.value = o.value(QStringLiteral("value"));
        const bool clock = it.key().startsWith(QLatin1String("night_"));
        if (clock ? !rule.value.isString() : (!rule.value.isDouble() || rule.value.toDouble() < 0)) {
            r.fail(p + QStringLiteral(".value"), clock ? QCoreApplication::translate("Catalog", "must be a time HH:MM")
                                                       : QCoreApplication::translate("Catalog", "must be a number"));
        }
        rule.source = r.string(o, p, "source");
        rule.note = r.string(o, p, "note", false);
        rule.verifyBeforeUse = r.boolean(o, p, "verify_before_use", true);
        c.rules.insert(it.key(), rule);
    }
    if (root.contains(QStringLiteral("minimum_wage"))) {
        const QString p = QStringLiteral("$.minimum_wage");
        const QJsonObject w = r.object(root.value(QStringLiteral("minimum_wage")), p);
        c.minimumWage.monthly = r.number(w, p, "monthly", false);
        c.minimumWage.hourly = r.number(w, p, "hourly");
        c.minimumWage.region = r.string(w, p, "region");
        c.minimumWage.effectiveDate = QDate::fromString(r.string(w, p, "effective_date"), Qt::ISODate);
        c.minimumWage.source = r.string(w, p, "source");
        c.minimumWage.note = r.string(w, p, "note", false);
        if (r.ok() && !c.minimumWage.effectiveDate.isValid()) {
            r.fail(p + QStringLiteral(".effective_date"),
                   QCoreApplication::translate("Catalog", "must be a date YYYY-MM-DD"));
        }
    }
    if (!r.ok()) {
        return Result<CountryRules>::failure(r.error());
    }
    return c;
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
    const QString file = QStringLiteral(":/countries/%1.json").arg(country.toLower());
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return Result<CountryRules>::failure(
            QCoreApplication::translate("Catalog", "No country rules for \"%1\" (known: %2)")
                .arg(country.toUpper(), builtInCountries().join(QStringLiteral(", "))));
    }
    return parse(f.readAll(), country.toLower() + QStringLiteral(".json"));
}

} // namespace fieldbook
