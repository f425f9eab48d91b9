#include "app/params/ThresholdLabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <cmath>

namespace fieldbook {

namespace {

struct Label
{
    const char* key;
    const char* title;
};

const QList<Label>& labels()
{
    static const QList<Label> list = {
        {"minimum_age", QT_TRANSLATE_NOOP("Thresholds", "Minimum working age")},
        {"young_worker_age", QT_TRANSLATE_NOOP("Thresholds", "Young worker below age")},
        {"regular_hours_per_day", QT_TRANSLATE_NOOP("Thresholds", "Regular hours a day")},
        {"regular_hours_per_week", QT_TRANSLATE_NOOP("Thresholds", "Regular hours a week")},
        {"max_overtime_hours_per_day", QT_TRANSLATE_NOOP("Thresholds", "Overtime hours a day, at most")},
        {"max_overtime_hours_per_week", QT_TRANSLATE_NOOP("Thresholds", "Overtime hours a week, at most")},
        {"max_overtime_hours_per_month", QT_TRANSLATE_NOOP("Thresholds", "Overtime hours a month, at most")},
        {"max_overtime_hours_per_year", QT_TRANSLATE_NOOP("Thresholds", "Overtime hours a year, at most")},
        {"max_total_hours_per_day", QT_TRANSLATE_NOOP("Thresholds", "Total hours a day, at most")},
        {"max_total_hours_per_week", QT_TRANSLATE_NOOP("Thresholds", "Total hours a week, at most")},
        {"overtime_premium", QT_TRANSLATE_NOOP("Thresholds", "Overtime pay, times the regular rate")},
        {"overtime_premium_tiers", QT_TRANSLATE_NOOP("Thresholds", "Higher overtime rates")},
        {"rest_day_premium", QT_TRANSLATE_NOOP("Thresholds", "Rest-day work, times the regular rate")},
        {"holiday_premium", QT_TRANSLATE_NOOP("Thresholds", "Public-holiday work, times the regular rate")},
        {"night_premium", QT_TRANSLATE_NOOP("Thresholds", "Night work, extra share of the rate")},
        {"max_consecutive_days", QT_TRANSLATE_NOOP("Thresholds", "Working days in a row, at most")},
        {"minimum_wage_hourly", QT_TRANSLATE_NOOP("Thresholds", "Minimum wage an hour")},
        {"minimum_wage_schedule", QT_TRANSLATE_NOOP("Thresholds", "Minimum wage changes in the period")},
        {"night_start", QT_TRANSLATE_NOOP("Thresholds", "Night work starts")},
        {"night_end", QT_TRANSLATE_NOOP("Thresholds", "Night work ends")},
        {"young_worker_max_hours_per_day", QT_TRANSLATE_NOOP("Thresholds", "Young workers: hours a day, at most")},
        {"young_worker_max_hours_per_week", QT_TRANSLATE_NOOP("Thresholds", "Young workers: hours a week, at most")},
        {"young_worker_night_start", QT_TRANSLATE_NOOP("Thresholds", "Young workers: night starts")},
        {"young_worker_night_end", QT_TRANSLATE_NOOP("Thresholds", "Young workers: night ends")},
        {"holidays", QT_TRANSLATE_NOOP("Thresholds", "Public holidays in the period")},
    };
    return list;
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 10);
}

QString clock(int seconds)
{
    return QStringLiteral("%1:%2")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

const QStringList& ThresholdLabels::keys()
{
    static const QStringList list = [] {
        QStringList k;
        for (const Label& l : labels()) {
            k << QLatin1String(l.key);
        }
        return k;
    }();
    return list;
}

QString ThresholdLabels::title(const QString& key)
{
    for (const Label& l : labels()) {
        if (key == QLatin1String(l.key)) {
            return QCoreApplication::translate("Thresholds", l.title);
        }
    }
    return key;
}

double ThresholdLabels::figure(const AuditParams& p, const QString& key)
{
    const QHash<QString, double> figures = {
        {QStringLiteral("minimum_age"), p.minimumAge},
        {QStringLiteral("young_worker_age"), p.youngWorkerAge},
        {QStringLiteral("regular_hours_per_day"), p.regularHoursPerDay},
        {QStringLiteral("regular_hours_per_week"), p.regularHoursPerWeek},
        {QStringLiteral("max_overtime_hours_per_day"), p.maxOvertimeHoursPerDay},
        {QStringLiteral("max_overtime_hours_per_week"), p.maxOvertimeHoursPerWeek},
        {QStringLiteral("max_overtime_hours_per_month"), p.maxOvertimeHoursPerMonth},
        {QStringLiteral("max_overtime_hours_per_year"), p.maxOvertimeHoursPerYear},
        {QStringLiteral("max_total_hours_per_day"), p.maxTotalHoursPerDay},
        {QStringLiteral("max_total_hours_per_week"), p.maxTotalHoursPerWeek},
        {QStringLiteral("overtime_premium"), p.overtimePremium},
        {QStringLiteral("rest_day_premium"), p.restDayPremium},
        {QStringLiteral("holiday_premium"), p.holidayPremium},
        {QStringLiteral("night_premium"), p.nightPremium},
        {QStringLiteral("max_consecutive_days"), p.maxConsecutiveDays},
        {QStringLiteral("minimum_wage_hourly"), p.minimumWageHourly},
        {QStringLiteral("young_worker_max_hours_per_day"), p.youngWorkerMaxHoursPerDay},
        {QStringLiteral("young_worker_max_hours_per_week"), p.youngWorkerMaxHoursPerWeek},
    };
    return figures.value(key, AuditParams::kNoLimit);
}

QString ThresholdLabels::value(const ResolvedParams& resolved, const QString& key)
{
    const AuditParams& p = resolved.params;
    if (key == QLatin1String("overtime_premium_tiers")) {
        QStringList tiers;
        for (const AuditParams::PremiumTier& t : p.overtimePremiumTiers) {
            tiers << (t.perWeek ? QCoreApplication::translate("Thresholds", "%1x after %2 h of overtime a week")
                                : QCoreApplication::translate("Thresholds", "%1x after %2 h of overtime a day"))
                         .arg(number(t.premium), number(t.afterHours));
        }
        return tiers.join(QStringLiteral("; "));
    }
    if (key == QLatin1String("minimum_wage_schedule")) {
        QStringList steps;
        for (const AuditParams::MinimumWageStep& s : p.minimumWageSchedule) {
            steps << QCoreApplication::translate("Thresholds", "%1 from %2")
                         .arg(number(s.hourly), s.from.toString(Qt::ISODate));
        }
        return steps.join(QStringLiteral("; "));
    }
    if (key == QLatin1String("holidays")) {
        QStringList days;
        for (const QDate& d : p.holidays) {
            days << d.toString(Qt::ISODate);
        }
        return days.join(QStringLiteral(", "));
    }
    if (key == QLatin1String("young_worker_night_start") || key == QLatin1String("young_worker_night_end")) {
        const int s =
            key.endsWith(QLatin1String("start")) ? p.youngWorkerNightStartSeconds : p.youngWorkerNightEndSeconds;
        return s < 0 ? QCoreApplication::translate("Thresholds", "as for adults") : clock(s);
    }
    if (key == QLatin1String("night_start") || key == QLatin1String("night_end")) {
        return clock(key == QLatin1String("night_start") ? p.nightStartSeconds : p.nightEndSeconds);
    }
    const double d = figure(p, key);
    if (std::isinf(d)) {
        return QCoreApplication::translate("Thresholds", "no limit");
    }
    if (d == 0 && (key.endsWith(QLatin1String("_premium")) || key == QLatin1String("minimum_wage_hourly"))) {
        return QCoreApplication::translate("Thresholds", "not set");
    }
    if (key == QLatin1String("minimum_wage_hourly")) {
        return QLocale().toString(d, 'f', 2);
    }
    return number(d);
}

QString ThresholdLabels::standing(const ThresholdProvenance& provenance)
{
    switch (provenance.origin) {
    case ThresholdProvenance::Origin::Law:
        return provenance.checked ? QCoreApplication::translate("Thresholds", "checked against the primary text")
                                  : QCoreApplication::translate("Thresholds", "verify before use");
    case ThresholdProvenance::Origin::Code:
        return QCoreApplication::translate("Thresholds", "code of conduct");
    case ThresholdProvenance::Origin::Ilo:
        return QCoreApplication::translate("Thresholds", "ILO reference");
    case ThresholdProvenance::Origin::Override:
        return QCoreApplication::translate("Thresholds", "your figure");
    case ThresholdProvenance::Origin::Derived:
        return QCoreApplication::translate("Thresholds", "derived");
    }
    return {};
}

QString ThresholdLabels::inForce(const ThresholdProvenance& provenance)
{
    if (!provenance.from.isValid()) {
        return {};
    }
    if (provenance.until.isValid()) {
        return QCoreApplication::translate("Thresholds", "in force %1 to %2")
            .arg(provenance.from.toString(Qt::ISODate), provenance.until.toString(Qt::ISODate));
    }
    return QCoreApplication::translate("Thresholds", "in force from %1").arg(provenance.from.toString(Qt::ISODate));
}

bool ThresholdLabels::isShown(const ResolvedParams& resolved, const QString& key)
{
    static const QStringList alwaysShown = {QStringLiteral("minimum_age"),
                                            QStringLiteral("young_worker_age"),
                                            QStringLiteral("regular_hours_per_day"),
                                            QStringLiteral("regular_hours_per_week"),
                                            QStringLiteral("max_overtime_hours_per_week"),
                                            QStringLiteral("max_total_hours_per_week"),
                                            QStringLiteral("overtime_premium"),
                                            QStringLiteral("max_consecutive_days"),
                                            QStringLiteral("minimum_wage_hourly"),
                                            QStringLiteral("night_start"),
                                            QStringLiteral("night_end")};
    return alwaysShown.contains(key) || resolved.provenance.contains(key);
}

} // namespace fieldbook
