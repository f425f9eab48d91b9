#include "app/params/MinimumWageResolution.h"
#include "app/codes/CountryRules.h"
#include "app/params/ParamsResolver.h"

#include <QCoreApplication>

namespace fieldbook {

namespace {

// Weeks in a month on average: 52 weeks / 12 months.
constexpr double kWeeksPerMonth = 52.0 / 12.0;

double lawFigure(const CountryRules& law, const QString& key, const QString& region, const QDate& day, double fallback)
{
    const LegalRule* rule = law.ruleOn(key, day, region);
    return rule && rule->value.isDouble() && rule->value.toDouble() > 0 ? rule->value.toDouble() : fallback;
}

struct HourlyFigure
{
    double hourly = 0;
    QString derivation; // empty when the law states the hourly figure
};

HourlyFigure hourlyOf(const CountryRules& law, const MinimumWage& w, const QString& region)
{
    if (w.hourly > 0) {
        return {w.hourly, {}};
    }
    const QDate day = w.from;
    if (w.monthly > 0) {
        const double weekly = lawFigure(law, QStringLiteral("regular_hours_per_week"), region, day, 48);
        const double hours = weekly * kWeeksPerMonth;
        return {w.monthly / hours, QCoreApplication::translate("Catalog", "%1 a month / (%2 h a week x 52 / 12)")
                                       .arg(w.monthly, 0, 'f', 2)
                                       .arg(weekly)};
    }
    const double daily = lawFigure(law, QStringLiteral("regular_hours_per_day"), region, day, 8);
    return {w.daily / daily,
            QCoreApplication::translate("Catalog", "%1 a day / %2 h").arg(w.daily, 0, 'f', 2).arg(daily)};
}

ThresholdProvenance wageProvenance(const CountryRules& law, const MinimumWage& w, const QString& region,
                                   const QString& derivation)
{
    ThresholdProvenance p;
    p.origin = ThresholdProvenance::Origin::Law;
    p.source = QStringLiteral("%1: %2").arg(law.country, w.source);
    p.sourceUrl = w.sourceUrl;
    p.from = w.from;
    p.until = w.until;
    p.checked = w.checked;
    QStringList note;
    if (!region.isEmpty()) {
        note << region;
    }
    if (!w.sector.isEmpty()) {
        note << w.sector;
    }
    if (!derivation.isEmpty()) {
        note << derivation;
    }
    if (!w.note.isEmpty()) {
        note << w.note;
    }
    p.note = note.join(QStringLiteral("; "));
    return p;
}

} // namespace

void applyMinimumWage(const CountryRules& law, const QString& region, ResolvedParams& out, const QDate& first,
                      const QDate& last)
{
    const QList<MinimumWage> schedule = law.minimumWageSchedule(region);
    const MinimumWage* current = nullptr;
    QString currentDerivation;
    AuditParams& p = out.params;
    for (const MinimumWage& w : schedule) {
        const HourlyFigure hourly = hourlyOf(law, w, region);
        // A step belongs to the schedule when it is in force on any day of [first, last].
        const bool overlaps = w.from <= last && (!w.until.isValid() || w.until >= first);
        if (overlaps || w.inForceOn(out.date)) {
            p.minimumWageSchedule << AuditParams::MinimumWageStep{w.from, hourly.hourly, w.monthly, w.daily};
        }
        if (w.inForceOn(out.date) || (!current && w.from <= out.date)) {
            current = &w;
            currentDerivation = hourly.derivation;
            p.minimumWageHourly = hourly.hourly;
        }
    }
    if (!current) {
        p.minimumWageSchedule.clear(); // no minimum known in force yet: the check does not run
        return;
    }
    const ThresholdProvenance prov = wageProvenance(law, *current, region, currentDerivation);
    out.provenance.insert(QStringLiteral("minimum_wage_hourly"), prov);
    if (p.minimumWageSchedule.size() > 1) {
        ThresholdProvenance steps = prov;
        steps.note = QCoreApplication::translate("Catalog", "%n step(s) in the audit period", "",
                                                 int(p.minimumWageSchedule.size()));
        out.provenance.insert(QStringLiteral("minimum_wage_schedule"), steps);
    }
    if (!current->checked) {
        out.verifyBeforeUse << QStringLiteral("minimum_wage_hourly");
    }
    out.minimumWageNote = QStringLiteral("%1: %2, %3, effective %4")
                              .arg(law.country, current->source, region, current->from.toString(Qt::ISODate));
}

} // namespace fieldbook
