#include "app/params/ParamsResolver.h"
#include "app/codes/CatalogRegistry.h"
#include "app/codes/CountryRules.h"
#include "app/params/MinimumWageResolution.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTime>
#include <cmath>
#include <optional>

namespace fieldbook {

namespace {

using Origin = ThresholdProvenance::Origin;

enum class Stricter
{
    Higher,
    Lower
};

// One numeric threshold being resolved: the strictest figure offered so far and its provenance.
struct Candidate
{
    double value = 0;
    ThresholdProvenance from;
    bool set = false;
};

void offer(Candidate& c, double value, const ThresholdProvenance& source, Stricter rule)
{
    const bool better = !c.set || (rule == Stricter::Higher ? value > c.value : value < c.value);
    if (better) {
        c = {value, source, true};
    } else if (value == c.value && !c.from.source.contains(source.source)) {
        // Equally strict: name both; the law's dates and check mark are the ones to show.
        const QString both = c.from.source + QStringLiteral("; ") + source.source;
        if (source.origin == ThresholdProvenance::Origin::Law && c.from.origin != source.origin) {
            c.from = source;
        }
        c.from.source = both;
    }
}

// The clause of each code that sets a threshold, so the source names it (docs/code-sources.md).
QString clauseFor(const QString& code, const QString& key)
{
    const bool age = key == QLatin1String("minimum_age");
    const bool young = key.startsWith(QLatin1String("young_worker"));
    if (code == QLatin1String("sa8000")) {
        if (age || young) {
            return age ? QStringLiteral("1.1") : QStringLiteral("1.3");
        }
        if (key == QLatin1String("max_consecutive_days")) {
            return QStringLiteral("7.2");
        }
        if (key == QLatin1String("max_overtime_hours_per_week")) {
            return QStringLiteral("7.3");
        }
        if (key == QLatin1String("max_total_hours_per_week")) {
            return QStringLiteral("7.1, 7.3");
        }
        return QStringLiteral("7.1");
    }
    if (code == QLatin1String("rba")) {
        return age || young ? QStringLiteral("A2") : QStringLiteral("A3");
    }
    if (code == QLatin1String("wrap")) {
        return age || young ? QStringLiteral("3") : QStringLiteral("6");
    }
    return {};
}

int clockSeconds(const QString& hhmm)
{
    const QTime t = QTime::fromString(hhmm, QStringLiteral("HH:mm"));
    return t.isValid() ? t.msecsSinceStartOfDay() / 1000 : -1;
}

struct Threshold
{
    const char* key;
    Stricter rule;
    std::optional<double> reference; // the ILO (or long-standing code) reference, where there is one
    const char* referenceSource;
    const char* catalogKey; // the key's name in the catalogs, where it differs
};

// Every numeric params.json key the resolver sets, with how "stricter" reads for it.
const QList<Threshold>& thresholds()
{
    static const QList<Threshold> list = {
        {"minimum_age", Stricter::Higher, 15, "ILO C138 art. 2(3)", nullptr},
        {"young_worker_age", Stricter::Higher, 18, "ILO C138 art. 3", nullptr},
        {"regular_hours_per_day", Stricter::Lower, 8, "ILO C1 art. 2", nullptr},
        {"regular_hours_per_week", Stricter::Lower, 48, "ILO C1 art. 2", "max_regular_hours_per_week"},
        {"max_overtime_hours_per_day", Stricter::Lower, std::nullopt, nullptr, nullptr},
        {"max_overtime_hours_per_week", Stricter::Lower, 12, "SA8000 7.3 reference", nullptr},
        {"max_overtime_hours_per_month", Stricter::Lower, std::nullopt, nullptr, nullptr},
        {"max_overtime_hours_per_year", Stricter::Lower, std::nullopt, nullptr, nullptr},
        {"max_total_hours_per_day", Stricter::Lower, std::nullopt, nullptr, nullptr},
        {"max_total_hours_per_week", Stricter::Lower, 60, "RBA A3 reference", nullptr},
        {"overtime_premium", Stricter::Higher, 1.25, "ILO C1 art. 6", nullptr},
        {"rest_day_premium", Stricter::Higher, std::nullopt, nullptr, nullptr},
        {"holiday_premium", Stricter::Higher, std::nullopt, nullptr, nullptr},
        {"night_premium", Stricter::Higher, std::nullopt, nullptr, nullptr},
        {"max_consecutive_days", Stricter::Lower, 6, "ILO C14 art. 2", nullptr},
        {"young_worker_max_hours_per_day", Stricter::Lower, std::nullopt, nullptr, "max_young_worker_hours_per_day"},
        {"young_worker_max_hours_per_week", Stricter::Lower, std::nullopt, nullptr, nullptr},
    };
    return list;
}

ThresholdProvenance lawProvenance(const CountryRules& law, const LegalRule& rule)
{
    ThresholdProvenance p;
    p.origin = Origin::Law;
    p.source = law.country + QStringLiteral(": ") + rule.source;
    p.sourceUrl = rule.sourceUrl;
    p.from = rule.from;
    p.until = rule.until;
    p.checked = rule.checked;
    p.note = rule.note;
    return p;
}

ThresholdProvenance codeProvenance(const Catalog& catalog, const QString& key)
{
    const QString clause = clauseFor(catalog.id, key);
    ThresholdProvenance p;
    p.origin = Origin::Code;
    p.source = catalog.edition + (clause.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(clause));
    p.from = catalog.effectiveDate;
    return p;
}

// A code's own minimum age, or its developing-country exception where national law uses ILO C138
// art. 2(4) (SA8000 and WRAP allow 14 there; RBA does not).
double codeMinimumAge(const Catalog& catalog, const LegalRule* lawAge)
{
    const double age = catalog.thresholds.value(QStringLiteral("minimum_age")).toDouble();
    const QJsonValue exception = catalog.thresholds.value(QStringLiteral("minimum_age_developing_exception"));
    if (lawAge && lawAge->iloC138Exception && exception.isDouble() && lawAge->value.isDouble()) {
        return std::max(exception.toDouble(), std::min(age, lawAge->value.toDouble()));
    }
    return age;
}

struct Resolution
{
    const QList<const Catalog*>& catalogs;
    const CountryRules* law;
    QString region;
    QString industry;
    QDate date;
    ResolvedParams& out;

    const LegalRule* lawRule(const QString& key) const
    {
        return law ? law->ruleOn(key, date, region) : nullptr;
    }

    Candidate resolveNumber(const Threshold& t)
    {
        const QString key = QLatin1String(t.key);
        const QString catalogKey = t.catalogKey ? QLatin1String(t.catalogKey) : key;
        const LegalRule* rule = lawRule(key);
        Candidate c;
        for (const Catalog* catalog : catalogs) {
            if (catalog->thresholds.contains(catalogKey)) {
                const double value = key == QLatin1String("minimum_age")
                                         ? codeMinimumAge(*catalog, rule)
                                         : catalog->thresholds.value(catalogKey).toDouble();
                ThresholdProvenance p = codeProvenance(*catalog, key);
                if (key == QLatin1String("minimum_age") && value < catalog->thresholds.value(catalogKey).toDouble()) {
                    p.note = QCoreApplication::translate("Catalog", "developing-country exception of ILO C138 "
                                                                    "art. 2(4), which national law uses");
                }
                offer(c, value, p, t.rule);
            }
        }
        bool lawSetsNone = false;
        LegalRule sectorRule;
        if (rule) {
            for (const SectorVariant& variant : rule->sectorVariants) {
                if (variant.covers(industry)) {
                    // The law's figure for the facility's sector replaces its general one.
                    sectorRule = *rule;
                    sectorRule.value = variant.value;
                    sectorRule.source = variant.source;
                    sectorRule.checked = variant.checked;
                    sectorRule.note =
                        QCoreApplication::translate("Catalog", "for %1 (facility: %2)").arg(variant.sector, industry);
                    rule = &sectorRule;
                    break;
                }
            }
        }
        if (rule && rule->value.isDouble()) {
            offer(c, rule->value.toDouble(), lawProvenance(*law, *rule), t.rule);
            if (!rule->checked) {
                out.verifyBeforeUse << key;
            }
        } else if (rule && rule->value.isNull()) {
            lawSetsNone = true; // "no such cap": no reference figure is invented in its place
        }
        if (!c.set && lawSetsNone) {
            c = {t.rule == Stricter::Lower ? AuditParams::kNoLimit : 0, lawProvenance(*law, *rule), true};
            if (!rule->checked) {
                out.verifyBeforeUse << key;
            }
            c.from.note = QCoreApplication::translate("Catalog", "the law sets no such limit") +
                          (rule->note.isEmpty() ? QString() : QStringLiteral("; ") + rule->note);
        } else if (!c.set && t.reference) {
            ThresholdProvenance p;
            p.origin = Origin::Ilo;
            p.source = QLatin1String(t.referenceSource);
            c = {*t.reference, p, true};
        }
        return c;
    }

    // The widest window is the stricter one: earlier start, later end.
    void resolveNight(const QString& startKey, const QString& endKey, int& start, int& end)
    {
        if (const LegalRule* rule = lawRule(startKey); rule && rule->value.isString()) {
            const int s = clockSeconds(rule->value.toString());
            if (s >= 12 * 3600 && (start < 0 || s < start)) {
                start = s;
                out.provenance.insert(startKey, lawProvenance(*law, *rule));
                if (!rule->checked) {
                    out.verifyBeforeUse << startKey;
                }
            }
        }
        if (const LegalRule* rule = lawRule(endKey); rule && rule->value.isString()) {
            const int s = clockSeconds(rule->value.toString());
            if (s >= 0 && s < 12 * 3600 && (end < 0 || s > end)) {
                end = s;
                out.provenance.insert(endKey, lawProvenance(*law, *rule));
                if (!rule->checked) {
                    out.verifyBeforeUse << endKey;
                }
            }
        }
    }

    void resolveTiers(AuditParams& p)
    {
        const LegalRule* rule = lawRule(QStringLiteral("overtime_premium_tiers"));
        if (!rule || !rule->value.isArray()) {
            return;
        }
        for (const QJsonValue& v : rule->value.toArray()) {
            const QJsonObject tier = v.toObject();
            p.overtimePremiumTiers << AuditParams::PremiumTier{tier.value(QStringLiteral("after_hours")).toDouble(),
                                                               tier.value(QStringLiteral("per")).toString() ==
                                                                   QLatin1String("week"),
                                                               tier.value(QStringLiteral("premium")).toDouble()};
        }
        out.provenance.insert(QStringLiteral("overtime_premium_tiers"), lawProvenance(*law, *rule));
        if (!rule->checked) {
            out.verifyBeforeUse << QStringLiteral("overtime_premium_tiers");
        }
    }

    void resolveHolidays(AuditParams& p, const QDate& first, const QDate& last)
    {
        if (!law || law->holidays.isEmpty()) {
            return;
        }
        for (const PublicHoliday& h : law->holidays) {
            if (h.date >= first && h.date <= last) {
                p.holidays << h.date;
            }
        }
        ThresholdProvenance prov = lawProvenance(*law, law->holidaySource);
        prov.note =
            QCoreApplication::translate("Catalog", "%n public holiday(s) from %1 to %2", "", int(p.holidays.size()))
                .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
        out.provenance.insert(QStringLiteral("holidays"), prov);
        if (!law->holidaySource.checked) {
            out.verifyBeforeUse << QStringLiteral("holidays");
        }
    }
};

QString provenanceText(const ThresholdProvenance& p)
{
    return p.source;
}

} // namespace

QJsonObject ThresholdProvenance::toJson() const
{
    static const char* origins[] = {"code", "law", "ilo_reference", "audit_override", "derived"};
    QJsonObject o{{QStringLiteral("origin"), QLatin1String(origins[int(origin)])},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("checked"), checked}};
    if (!sourceUrl.isEmpty()) {
        o.insert(QStringLiteral("source_url"), sourceUrl);
    }
    if (from.isValid()) {
        o.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    }
    if (until.isValid()) {
        o.insert(QStringLiteral("until"), until.toString(Qt::ISODate));
    }
    if (!note.isEmpty()) {
        o.insert(QStringLiteral("note"), note);
    }
    return o;
}

QJsonObject ResolvedParams::toJson(bool withSources) const
{
    QJsonObject o = params.toJson();
    if (withSources) {
        QJsonObject s;
        for (auto it = sources.constBegin(); it != sources.constEnd(); ++it) {
            s.insert(it.key(), it.value());
        }
        o.insert(QStringLiteral("sources"), s);
        QJsonObject p;
        for (auto it = provenance.constBegin(); it != provenance.constEnd(); ++it) {
            p.insert(it.key(), it.value().toJson());
        }
        o.insert(QStringLiteral("provenance"), p);
        o.insert(QStringLiteral("verify_before_use"), QJsonArray::fromStringList(verifyBeforeUse));
        if (date.isValid()) {
            o.insert(QStringLiteral("in_force_on"), date.toString(Qt::ISODate));
        }
    }
    return o;
}

Result<ResolvedParams> ParamsResolver::resolve(const QStringList& codes, const QString& country,
                                               const QJsonObject& overrides, const ResolveOptions& options)
{
    return resolve(CatalogRegistry::builtIn(), codes, country, overrides, options);
}

Result<ResolvedParams> ParamsResolver::resolve(const CatalogRegistry& registry, const QStringList& codes,
                                               const QString& country, const QJsonObject& overrides,
                                               const ResolveOptions& options)
{
    ResolvedParams out;
    QList<const Catalog*> catalogs;
    out.params.codes.clear();
    for (const QString& code : codes) {
        const Catalog* c = registry.find(code);
        if (!c) {
            QStringList known;
            for (const Catalog& k : registry.catalogs()) {
                known << k.id;
            }
            return Result<ResolvedParams>::failure(
                QCoreApplication::translate("Catalog", "unknown code \"%1\" (known: %2)")
                    .arg(code, known.join(QStringLiteral(", "))));
        }
        if (!out.params.codes.contains(c->id)) {
            out.params.codes << c->id;
            catalogs << c;
        }
    }
    if (out.params.codes.isEmpty()) {
        return Result<ResolvedParams>::failure(QCoreApplication::translate("Catalog", "choose at least one code"));
    }

    std::optional<CountryRules> law;
    QString region = options.region.isEmpty() ? overrides.value(QStringLiteral("region")).toString() : options.region;
    if (!country.isEmpty()) {
        Result<CountryRules> rules = CountryRules::builtIn(country);
        if (!rules) {
            return Result<ResolvedParams>::failure(rules.error());
        }
        law = rules.take();
        out.params.country = law->country;
        out.params.currency = law->currency;
        out.regions = law->regionNames();
        if (region.isEmpty()) {
            region = law->defaultRegion;
        } else if (const CountryRegion* known = law->findRegion(region)) {
            region = known->name;
        } else {
            return Result<ResolvedParams>::failure(
                QCoreApplication::translate("Catalog", "%1 has no region \"%2\" (regions: %3)")
                    .arg(law->name, region, out.regions.join(QStringLiteral(", "))));
        }
    }
    out.date = options.date.isValid() ? options.date : QDate::currentDate();
    AuditParams& p = out.params;
    p.region = law ? region : QString();
    // The period only picks the wage steps and holidays; which records count is params.json's
    // period_start/period_end, set by the auditor.

    Resolution resolution{catalogs, law ? &*law : nullptr, region, options.industry, out.date, out};
    QHash<QString, double> value;
    for (const Threshold& t : thresholds()) {
        const Candidate c = resolution.resolveNumber(t);
        if (c.set) {
            value.insert(QLatin1String(t.key), c.value);
            out.provenance.insert(QLatin1String(t.key), c.from);
        }
    }
    const auto number = [&](const char* key, double fallback) {
        return value.value(QLatin1String(key), fallback);
    };
    const double none = AuditParams::kNoLimit;
    p.minimumAge = int(number("minimum_age", 15));
    p.youngWorkerAge = int(number("young_worker_age", 18));
    p.regularHoursPerDay = number("regular_hours_per_day", 8);
    p.regularHoursPerWeek = number("regular_hours_per_week", 48);
    p.maxOvertimeHoursPerDay = number("max_overtime_hours_per_day", none);
    p.maxOvertimeHoursPerWeek = number("max_overtime_hours_per_week", none);
    p.maxOvertimeHoursPerMonth = number("max_overtime_hours_per_month", none);
    p.maxOvertimeHoursPerYear = number("max_overtime_hours_per_year", none);
    p.maxTotalHoursPerDay = number("max_total_hours_per_day", none);
    p.maxTotalHoursPerWeek = number("max_total_hours_per_week", none);
    p.overtimePremium = number("overtime_premium", 1.25);
    p.restDayPremium = number("rest_day_premium", 0);
    p.holidayPremium = number("holiday_premium", 0);
    p.nightPremium = number("night_premium", 0);
    p.maxConsecutiveDays = int(number("max_consecutive_days", 6));
    p.youngWorkerMaxHoursPerDay = number("young_worker_max_hours_per_day", none);
    p.youngWorkerMaxHoursPerWeek = number("young_worker_max_hours_per_week", none);
    // Total can never exceed regular + overtime once both are set.
    if (std::isfinite(p.maxOvertimeHoursPerWeek) &&
        p.regularHoursPerWeek + p.maxOvertimeHoursPerWeek < p.maxTotalHoursPerWeek) {
        p.maxTotalHoursPerWeek = p.regularHoursPerWeek + p.maxOvertimeHoursPerWeek;
        ThresholdProvenance derived;
        derived.origin = Origin::Derived;
        derived.source = QCoreApplication::translate("Catalog", "regular_hours_per_week + max_overtime_hours_per_week");
        out.provenance.insert(QStringLiteral("max_total_hours_per_week"), derived);
    }

    ThresholdProvenance ilo;
    ilo.origin = Origin::Ilo;
    ilo.source = QStringLiteral("ILO C171 reference (22:00)");
    out.provenance.insert(QStringLiteral("night_start"), ilo);
    ilo.source = QStringLiteral("ILO C171 reference (06:00)");
    out.provenance.insert(QStringLiteral("night_end"), ilo);
    p.nightStartSeconds = 22 * 3600;
    p.nightEndSeconds = 6 * 3600;
    if (law) {
        resolution.resolveNight(QStringLiteral("night_start"), QStringLiteral("night_end"), p.nightStartSeconds,
                                p.nightEndSeconds);
        resolution.resolveNight(QStringLiteral("young_worker_night_start"), QStringLiteral("young_worker_night_end"),
                                p.youngWorkerNightStartSeconds, p.youngWorkerNightEndSeconds);
        resolution.resolveTiers(p);
        const QDate first = options.periodStart.isValid() ? options.periodStart : QDate(out.date.year(), 1, 1);
        const QDate last = options.periodEnd.isValid() ? options.periodEnd : QDate(out.date.year(), 12, 31);
        resolution.resolveHolidays(p, first, last);
        applyMinimumWage(*law, region, out, first, last);
    }

    // The audit's own figures win: the auditor has checked them on site.
    if (!overrides.isEmpty()) {
        Result<AuditParams> overridden = AuditParams::fromJson(overrides, p);
        if (!overridden) {
            return Result<ResolvedParams>::failure(overridden.error());
        }
        p = overridden.take();
        if (overrides.contains(QStringLiteral("minimum_wage_hourly")) &&
            !overrides.contains(QStringLiteral("minimum_wage_schedule"))) {
            p.minimumWageSchedule.clear(); // the auditor's one figure holds for the whole period
        }
        for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
            if (it.key() == QLatin1String("format_version") || it.key() == QLatin1String("region") ||
                it.key() == QLatin1String("override_reasons")) {
                continue;
            }
            ThresholdProvenance own;
            own.origin = Origin::Override;
            own.source = QCoreApplication::translate("Catalog", "audit override");
            own.checked = true;
            own.note = overrides.value(QStringLiteral("override_reasons")).toObject().value(it.key()).toString();
            out.provenance.insert(it.key(), own);
            out.verifyBeforeUse.removeAll(it.key());
        }
    }
    out.verifyBeforeUse.removeDuplicates();
    for (auto it = out.provenance.constBegin(); it != out.provenance.constEnd(); ++it) {
        out.sources.insert(it.key(), provenanceText(it.value()));
    }
    return out;
}

} // namespace fieldbook
