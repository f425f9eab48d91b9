#include "app/codes/ParamsResolver.h"
#include "app/codes/CatalogRegistry.h"
#include "app/codes/CountryRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTime>
#include <functional>

namespace fieldbook {

namespace {

enum class Stricter
{
    Higher,
    Lower
};

// One numeric threshold being resolved: the current value and its source.
struct Candidate
{
    double value;
    QString source;
    bool set = false;
};

void offer(Candidate& c, double value, const QString& source, Stricter rule)
{
    const bool better = !c.set || (rule == Stricter::Higher ? value > c.value : value < c.value);
    if (better) {
        c = {value, source, true};
    } else if (value == c.value && !c.source.contains(source)) {
        c.source += QStringLiteral("; ") + source; // equally strict: name both
    }
}

// The clause of each code that sets a threshold, so the source names it.
QString clauseFor(const QString& code, const QString& key)
{
    const bool age = key == QLatin1String("minimum_age") || key == QLatin1String("young_worker_age");
    if (code == QLatin1String("sa8000")) {
        return age ? QStringLiteral("1") : QStringLiteral("7");
    }
    if (code == QLatin1String("rba")) {
        return age ? QStringLiteral("A2") : QStringLiteral("A3");
    }
    if (code == QLatin1String("wrap")) {
        return age ? QStringLiteral("3") : QStringLiteral("6");
    }
    return {};
}

int clockSeconds(const QString& hhmm)
{
    const QTime t = QTime::fromString(hhmm, QStringLiteral("HH:mm"));
    return t.isValid() ? t.msecsSinceStartOfDay() / 1000 : -1;
}

} // namespace

QJsonObject ResolvedParams::toJson(bool withSources) const
{
    QJsonObject o = params.toJson();
    if (withSources) {
        QJsonObject s;
        for (auto it = sources.constBegin(); it != sources.constEnd(); ++it) {
            s.insert(it.key(), it.value());
        }
        o.insert(QStringLiteral("sources"), s);
        o.insert(QStringLiteral("verify_before_use"), QJsonArray::fromStringList(verifyBeforeUse));
    }
    return o;
}

Result<ResolvedParams> ParamsResolver::resolve(const QStringList& codes, const QString& country,
                                               const QJsonObject& overrides)
{
    return resolve(CatalogRegistry::builtIn(), codes, country, overrides);
}

Result<ResolvedParams> ParamsResolver::resolve(const CatalogRegistry& registry, const QStringList& codes,
                                               const QString& country, const QJsonObject& overrides)
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
    if (!country.isEmpty()) {
        Result<CountryRules> rules = CountryRules::builtIn(country);
        if (!rules) {
            return Result<ResolvedParams>::failure(rules.error());
        }
        law = rules.take();
        out.params.country = law->country;
        out.params.currency = law->currency;
    }

    struct Threshold
    {
        QString key;
        Stricter rule;
        double iloDefault;
        QString iloSource;
    };
    const QList<Threshold> thresholds = {
        {QStringLiteral("minimum_age"), Stricter::Higher, 15, QStringLiteral("ILO C138 art. 2")},
        {QStringLiteral("young_worker_age"), Stricter::Higher, 18, QStringLiteral("ILO C138 art. 3")},
        {QStringLiteral("regular_hours_per_day"), Stricter::Lower, 8, QStringLiteral("ILO C1 art. 2")},
        {QStringLiteral("regular_hours_per_week"), Stricter::Lower, 48, QStringLiteral("ILO C1 art. 2")},
        {QStringLiteral("max_overtime_hours_per_week"), Stricter::Lower, 12, QStringLiteral("SA8000 7.3 reference")},
        {QStringLiteral("max_total_hours_per_week"), Stricter::Lower, 60, QStringLiteral("RBA A3 reference")},
        {QStringLiteral("overtime_premium"), Stricter::Higher, 1.25, QStringLiteral("ILO C1 art. 6")},
        {QStringLiteral("max_consecutive_days"), Stricter::Lower, 6, QStringLiteral("ILO C14 art. 2")},
    };
    // The code key for the regular-hours limit is named for what it is in the catalogs.
    const QHash<QString, QString> catalogKey = {
        {QStringLiteral("regular_hours_per_week"), QStringLiteral("max_regular_hours_per_week")}};

    QHash<QString, Candidate> resolved;
    for (const Threshold& t : thresholds) {
        Candidate c;
        for (const Catalog* catalog : catalogs) {
            const QString key = catalogKey.value(t.key, t.key);
            if (catalog->thresholds.contains(key)) {
                const QString clause = clauseFor(catalog->id, t.key);
                offer(c, catalog->thresholds.value(key).toDouble(),
                      catalog->edition + (clause.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(clause)), t.rule);
            }
        }
        if (law && law->rules.contains(t.key)) {
            const LegalRule& rule = law->rules.value(t.key);
            offer(c, rule.value.toDouble(), law->country + QStringLiteral(": ") + rule.source, t.rule);
            out.verifyBeforeUse << t.key;
        }
        if (!c.set) {
            c = {t.iloDefault, t.iloSource, true};
        }
        resolved.insert(t.key, c);
        out.sources.insert(t.key, c.source);
    }
    AuditParams& p = out.params;
    p.minimumAge = int(resolved.value(QStringLiteral("minimum_age")).value);
    p.youngWorkerAge = int(resolved.value(QStringLiteral("young_worker_age")).value);
    p.regularHoursPerDay = resolved.value(QStringLiteral("regular_hours_per_day")).value;
    p.regularHoursPerWeek = resolved.value(QStringLiteral("regular_hours_per_week")).value;
    p.maxOvertimeHoursPerWeek = resolved.value(QStringLiteral("max_overtime_hours_per_week")).value;
    p.maxTotalHoursPerWeek = resolved.value(QStringLiteral("max_total_hours_per_week")).value;
    p.overtimePremium = resolved.value(QStringLiteral("overtime_premium")).value;
    p.maxConsecutiveDays = int(resolved.value(QStringLiteral("max_consecutive_days")).value);
    // Total can never exceed regular + overtime once both are resolved.
    if (p.regularHoursPerWeek + p.maxOvertimeHoursPerWeek < p.maxTotalHoursPerWeek) {
        p.maxTotalHoursPerWeek = p.regularHoursPerWeek + p.maxOvertimeHoursPerWeek;
        out.sources.insert(
            QStringLiteral("max_total_hours_per_week"),
            QCoreApplication::translate("Catalog", "regular_hours_per_week + max_overtime_hours_per_week"));
    }

    // Night: the widest window is the stricter one (earlier start, later end).
    p.nightStartSeconds = 22 * 3600;
    p.nightEndSeconds = 6 * 3600;
    out.sources.insert(QStringLiteral("night_start"), QStringLiteral("ILO C171 reference (22:00)"));
    out.sources.insert(QStringLiteral("night_end"), QStringLiteral("ILO C171 reference (06:00)"));
    if (law) {
        if (law->rules.contains(QStringLiteral("night_start"))) {
            const LegalRule& rule = law->rules.value(QStringLiteral("night_start"));
            const int s = clockSeconds(rule.value.toString());
            if (s >= 12 * 3600 && s < p.nightStartSeconds) {
                p.nightStartSeconds = s;
                out.sources.insert(QStringLiteral("night_start"), law->country + QStringLiteral(": ") + rule.source);
                out.verifyBeforeUse << QStringLiteral("night_start");
            }
        }
        if (law->rules.contains(QStringLiteral("night_end"))) {
            const LegalRule& rule = law->rules.value(QStringLiteral("night_end"));
            const int s = clockSeconds(rule.value.toString());
            if (s >= 0 && s < 12 * 3600 && s > p.nightEndSeconds) {
                p.nightEndSeconds = s;
                out.sources.insert(QStringLiteral("night_end"), law->country + QStringLiteral(": ") + rule.source);
                out.verifyBeforeUse << QStringLiteral("night_end");
            }
        }
        if (law->minimumWage.hourly > 0) {
            p.minimumWageHourly = law->minimumWage.hourly;
            out.sources.insert(QStringLiteral("minimum_wage_hourly"),
                               QStringLiteral("%1: %2, %3, effective %4")
                                   .arg(law->country, law->minimumWage.source, law->minimumWage.region,
                                        law->minimumWage.effectiveDate.toString(Qt::ISODate)));
            out.verifyBeforeUse << QStringLiteral("minimum_wage_hourly");
            out.minimumWageNote = out.sources.value(QStringLiteral("minimum_wage_hourly"));
        }
    }

    // The audit's own figures win: the auditor has checked them on site.
    if (!overrides.isEmpty()) {
        Result<AuditParams> overridden = AuditParams::fromJson(overrides, p);
        if (!overridden) {
            return Result<ResolvedParams>::failure(overridden.error());
        }
        p = overridden.take();
        for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
            if (it.key() != QLatin1String("format_version")) {
                out.sources.insert(it.key(), QCoreApplication::translate("Catalog", "audit override"));
                out.verifyBeforeUse.removeAll(it.key());
            }
        }
    }
    return out;
}

} // namespace fieldbook
