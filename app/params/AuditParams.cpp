#include "app/params/AuditParams.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTime>
#include <algorithm>
#include <cmath>

namespace fieldbook {

namespace {

QString timeText(int seconds)
{
    return QTime(0, 0).addSecs(seconds).toString(QStringLiteral("HH:mm"));
}

// Reads one key into `target` with the converter; records the first error.
template <typename T, typename Convert>
void readKey(const QJsonObject& json, const char* key, T& target, QString& error, Convert convert)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull() || !error.isEmpty()) {
        return;
    }
    if (!convert(v, target)) {
        error = QCoreApplication::translate("AuditParams", "\"%1\" has an invalid value").arg(QLatin1String(key));
    }
}

bool toNumber(const QJsonValue& v, double& out)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0) {
        return false;
    }
    out = v.toDouble();
    return true;
}

bool toInt(const QJsonValue& v, int& out)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0 || v.toDouble() > 1e9) {
        return false;
    }
    out = int(v.toDouble());
    return true;
}

bool toText(const QJsonValue& v, QString& out)
{
    if (!v.isString()) {
        return false;
    }
    out = v.toString();
    return true;
}

bool toDate(const QJsonValue& v, QDate& out)
{
    if (!v.isString()) {
        return false;
    }
    const QDate date = QDate::fromString(v.toString(), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid()) {
        return false;
    }
    out = date;
    return true;
}

bool toClock(const QJsonValue& v, int& out)
{
    if (!v.isString()) {
        return false;
    }
    QTime t = QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
    if (!t.isValid()) {
        t = QTime::fromString(v.toString(), QStringLiteral("HH:mm:ss"));
    }
    if (!t.isValid()) {
        return false;
    }
    out = t.msecsSinceStartOfDay() / 1000;
    return true;
}

bool toCodes(const QJsonValue& v, QStringList& out)
{
    if (v.isString()) {
        out = {v.toString().toLower()};
        return !out.first().isEmpty();
    }
    if (!v.isArray() || v.toArray().isEmpty()) {
        return false;
    }
    out.clear();
    for (const QJsonValue& c : v.toArray()) {
        if (!c.isString()) {
            return false;
        }
        out.append(c.toString().toLower());
    }
    return true;
}

QString invalidValue(const QString& key)
{
    return QCoreApplication::translate("AuditParams", "\"%1\" has an invalid value").arg(key);
}

// A version-2 cap: a number, or null for "the law sets no such cap". Absent keys keep `target`.
void readCap(const QJsonObject& json, const char* key, double& target, QString& error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || !error.isEmpty()) {
        return;
    }
    if (v.isNull()) {
        target = AuditParams::kNoLimit;
        return;
    }
    if (!toNumber(v, target)) {
        error = invalidValue(QLatin1String(key));
    }
}

// A version-2 premium or multiplier: a number, or null for "not set" (0).
void readOptionalNumber(const QJsonObject& json, const char* key, double& target, QString& error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || !error.isEmpty()) {
        return;
    }
    if (v.isNull()) {
        target = 0;
        return;
    }
    if (!toNumber(v, target)) {
        error = invalidValue(QLatin1String(key));
    }
}

void readClockOrUnset(const QJsonObject& json, const char* key, int& target, QString& error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || !error.isEmpty()) {
        return;
    }
    if (v.isNull()) {
        target = -1;
        return;
    }
    if (!toClock(v, target)) {
        error = invalidValue(QLatin1String(key));
    }
}

// Reads an optional list under `key`: absent keeps `target`, null empties it, anything else must be a
// list whose every element `readOne(element, "key[i]", out)` accepts (it sets `error` and returns false
// otherwise). `target` changes only when the whole list was read.
template <typename T, typename ReadOne>
bool readList(const QJsonObject& json, const QString& key, QList<T>& list, QString& error, ReadOne readOne)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || !error.isEmpty()) {
        return false;
    }
    list.clear();
    if (v.isNull()) {
        return true;
    }
    if (!v.isArray()) {
        error = invalidValue(key);
        return false;
    }
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        T item;
        if (!readOne(array.at(i), QStringLiteral("%1[%2]").arg(key).arg(i), item)) {
            return false;
        }
        list.append(item);
    }
    return true;
}

void readTiers(const QJsonObject& json, QList<AuditParams::PremiumTier>& target, QString& error)
{
    QList<AuditParams::PremiumTier> tiers;
    const bool read =
        readList(json, QStringLiteral("overtime_premium_tiers"), tiers, error,
                 [&error](const QJsonValue& v, const QString& at, AuditParams::PremiumTier& tier) {
                     if (!v.isObject()) {
                         error = invalidValue(at);
                         return false;
                     }
                     const QJsonObject o = v.toObject();
                     if (!toNumber(o.value(QLatin1String("after_hours")), tier.afterHours)) {
                         error = invalidValue(at + QStringLiteral(".after_hours"));
                         return false;
                     }
                     const QString per = o.value(QLatin1String("per")).toString();
                     if (per != QLatin1String("day") && per != QLatin1String("week")) {
                         error = QCoreApplication::translate("AuditParams", "\"%1\" must be \"day\" or \"week\"")
                                     .arg(at + QStringLiteral(".per"));
                         return false;
                     }
                     tier.perWeek = per == QLatin1String("week");
                     if (!toNumber(o.value(QLatin1String("premium")), tier.premium) || tier.premium <= 0) {
                         error = invalidValue(at + QStringLiteral(".premium"));
                         return false;
                     }
                     return true;
                 });
    if (read) {
        target = tiers;
    }
}

void readHolidays(const QJsonObject& json, QList<QDate>& target, QString& error)
{
    QList<QDate> days;
    const bool read = readList(json, QStringLiteral("holidays"), days, error,
                               [&error](const QJsonValue& v, const QString& at, QDate& day) {
                                   if (!toDate(v, day)) {
                                       error = invalidValue(at);
                                       return false;
                                   }
                                   return true;
                               });
    if (read) {
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        target = days;
    }
}

void readSchedule(const QJsonObject& json, QList<AuditParams::MinimumWageStep>& target, QString& error)
{
    const QString key = QStringLiteral("minimum_wage_schedule");
    QList<AuditParams::MinimumWageStep> steps;
    const bool read = readList(
        json, key, steps, error, [&error](const QJsonValue& v, const QString& at, AuditParams::MinimumWageStep& step) {
            if (!v.isObject()) {
                error = invalidValue(at);
                return false;
            }
            const QJsonObject o = v.toObject();
            if (!toDate(o.value(QLatin1String("from")), step.from)) {
                error = invalidValue(at + QStringLiteral(".from"));
                return false;
            }
            const std::pair<const char*, double*> amounts[] = {
                {"hourly", &step.hourly}, {"monthly", &step.monthly}, {"daily", &step.daily}};
            for (const auto& [name, amount] : amounts) {
                const QJsonValue a = o.value(QLatin1String(name));
                if (!a.isUndefined() && !a.isNull() && !toNumber(a, *amount)) {
                    error = invalidValue(at + QLatin1Char('.') + QLatin1String(name));
                    return false;
                }
            }
            if (step.hourly <= 0 && step.monthly <= 0 && step.daily <= 0) {
                error = QCoreApplication::translate("AuditParams", "\"%1\" needs an hourly, daily or monthly amount")
                            .arg(at);
                return false;
            }
            return true;
        });
    if (!read) {
        return;
    }
    std::sort(steps.begin(), steps.end(), [](const auto& a, const auto& b) { return a.from < b.from; });
    for (qsizetype i = 1; i < steps.size(); ++i) {
        if (steps.at(i).from == steps.at(i - 1).from) {
            error = QCoreApplication::translate("AuditParams", "\"%1\" has two steps from %2")
                        .arg(key, steps.at(i).from.toString(Qt::ISODate));
            return;
        }
    }
    target = steps;
}

QJsonValue capValue(double cap)
{
    return std::isfinite(cap) ? QJsonValue(cap) : QJsonValue(QJsonValue::Null);
}

} // namespace

double AuditParams::minimumWageHourlyOn(const QDate& day) const
{
    const MinimumWageStep* inForce = nullptr;
    for (const MinimumWageStep& step : minimumWageSchedule) {
        if (step.from <= day) {
            inForce = &step;
        }
    }
    if (inForce == nullptr) {
        return minimumWageHourly;
    }
    if (inForce->hourly > 0) {
        return inForce->hourly;
    }
    if (inForce->daily > 0 && regularHoursPerDay > 0) {
        return inForce->daily / regularHoursPerDay;
    }
    if (inForce->monthly > 0 && regularHoursPerWeek > 0 && std::isfinite(regularHoursPerWeek)) {
        return inForce->monthly / (regularHoursPerWeek * 52.0 / 12.0);
    }
    return minimumWageHourly;
}

bool AuditParams::hasVersion2Fields() const
{
    return !region.isEmpty() || std::isfinite(maxOvertimeHoursPerDay) || std::isfinite(maxOvertimeHoursPerMonth) ||
           std::isfinite(maxOvertimeHoursPerYear) || std::isfinite(maxTotalHoursPerDay) ||
           !overtimePremiumTiers.isEmpty() || restDayPremium > 0 || holidayPremium > 0 || nightPremium > 0 ||
           !holidays.isEmpty() || std::isfinite(youngWorkerMaxHoursPerDay) ||
           std::isfinite(youngWorkerMaxHoursPerWeek) || youngWorkerNightStartSeconds >= 0 ||
           youngWorkerNightEndSeconds >= 0 || !minimumWageSchedule.isEmpty() ||
           !std::isfinite(maxOvertimeHoursPerWeek) || !std::isfinite(maxTotalHoursPerWeek);
}

Result<AuditParams> AuditParams::fromJson(const QJsonObject& json, const AuditParams& base)
{
    AuditParams p = base;
    QString error;
    readKey(json, "format_version", p.formatVersion, error, toInt);
    if (error.isEmpty() && p.formatVersion != 1 && p.formatVersion != 2) {
        error = QCoreApplication::translate("AuditParams",
                                            "format_version %1 is not supported (this version reads 1 and 2)")
                    .arg(p.formatVersion);
    }
    // Version 1 keeps its meaning: a null is "keep the value", version-2 keys are unknown keys.
    const bool v2 = p.formatVersion >= 2;
    readKey(json, "code", p.codes, error, toCodes);
    readKey(json, "country", p.country, error, toText);
    readKey(json, "currency", p.currency, error, toText);
    readKey(json, "audit_date", p.auditDate, error, toDate);
    readKey(json, "period_start", p.periodStart, error, toDate);
    readKey(json, "period_end", p.periodEnd, error, toDate);
    readKey(json, "minimum_wage_hourly", p.minimumWageHourly, error, toNumber);
    readKey(json, "regular_hours_per_day", p.regularHoursPerDay, error, toNumber);
    readKey(json, "regular_hours_per_week", p.regularHoursPerWeek, error, toNumber);
    if (v2) {
        readCap(json, "max_overtime_hours_per_week", p.maxOvertimeHoursPerWeek, error);
        readCap(json, "max_total_hours_per_week", p.maxTotalHoursPerWeek, error);
    } else {
        readKey(json, "max_overtime_hours_per_week", p.maxOvertimeHoursPerWeek, error, toNumber);
        readKey(json, "max_total_hours_per_week", p.maxTotalHoursPerWeek, error, toNumber);
    }
    readKey(json, "overtime_premium", p.overtimePremium, error, toNumber);
    readKey(json, "minimum_age", p.minimumAge, error, toInt);
    readKey(json, "young_worker_age", p.youngWorkerAge, error, toInt);
    readKey(json, "night_start", p.nightStartSeconds, error, toClock);
    readKey(json, "night_end", p.nightEndSeconds, error, toClock);
    readKey(json, "max_consecutive_days", p.maxConsecutiveDays, error, toInt);
    if (v2) {
        readKey(json, "region", p.region, error, toText);
        readCap(json, "max_overtime_hours_per_day", p.maxOvertimeHoursPerDay, error);
        readCap(json, "max_overtime_hours_per_month", p.maxOvertimeHoursPerMonth, error);
        readCap(json, "max_overtime_hours_per_year", p.maxOvertimeHoursPerYear, error);
        readCap(json, "max_total_hours_per_day", p.maxTotalHoursPerDay, error);
        readTiers(json, p.overtimePremiumTiers, error);
        readOptionalNumber(json, "rest_day_premium", p.restDayPremium, error);
        readOptionalNumber(json, "holiday_premium", p.holidayPremium, error);
        readOptionalNumber(json, "night_premium", p.nightPremium, error);
        readHolidays(json, p.holidays, error);
        readCap(json, "young_worker_max_hours_per_day", p.youngWorkerMaxHoursPerDay, error);
        readCap(json, "young_worker_max_hours_per_week", p.youngWorkerMaxHoursPerWeek, error);
        readClockOrUnset(json, "young_worker_night_start", p.youngWorkerNightStartSeconds, error);
        readClockOrUnset(json, "young_worker_night_end", p.youngWorkerNightEndSeconds, error);
        readSchedule(json, p.minimumWageSchedule, error);
        if (error.isEmpty() && (p.youngWorkerNightStartSeconds < 0) != (p.youngWorkerNightEndSeconds < 0)) {
            error = QCoreApplication::translate(
                "AuditParams", "\"young_worker_night_start\" and \"young_worker_night_end\" go together");
        }
    }
    if (!error.isEmpty()) {
        return Result<AuditParams>::failure(error);
    }
    if (p.periodStart.isValid() && p.periodEnd.isValid() && p.periodEnd < p.periodStart) {
        return Result<AuditParams>::failure(
            QCoreApplication::translate("AuditParams", "period_end is before period_start"));
    }
    p.country = p.country.toUpper();
    return p;
}

Result<AuditParams> AuditParams::fromFile(const QString& path, const AuditParams& base)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<AuditParams>::failure(
            QCoreApplication::translate("AuditParams", "%1: cannot read: %2").arg(path, file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Result<AuditParams>::failure(
            QCoreApplication::translate("AuditParams", "%1: not a JSON object (%2 at byte %3)")
                .arg(path, parseError.errorString())
                .arg(parseError.offset));
    }
    Result<AuditParams> p = fromJson(doc.object(), base);
    if (!p) {
        return Result<AuditParams>::failure(QStringLiteral("%1: %2").arg(path, p.error()));
    }
    return p;
}

Result<AuditParams> AuditParams::fromJson(const QJsonObject& json)
{
    return fromJson(json, AuditParams());
}

Result<AuditParams> AuditParams::fromFile(const QString& path)
{
    return fromFile(path, AuditParams());
}

QJsonObject AuditParams::toJson() const
{
    QJsonObject o;
    const bool v2 = formatVersion >= 2 || hasVersion2Fields();
    o.insert(QStringLiteral("format_version"), v2 ? 2 : 1);
    o.insert(QStringLiteral("code"),
             codes.size() == 1 ? QJsonValue(codes.first()) : QJsonValue(QJsonArray::fromStringList(codes)));
    if (!country.isEmpty()) {
        o.insert(QStringLiteral("country"), country);
    }
    if (!currency.isEmpty()) {
        o.insert(QStringLiteral("currency"), currency);
    }
    if (auditDate.isValid()) {
        o.insert(QStringLiteral("audit_date"), auditDate.toString(Qt::ISODate));
    }
    if (periodStart.isValid()) {
        o.insert(QStringLiteral("period_start"), periodStart.toString(Qt::ISODate));
    }
    if (periodEnd.isValid()) {
        o.insert(QStringLiteral("period_end"), periodEnd.toString(Qt::ISODate));
    }
    o.insert(QStringLiteral("minimum_wage_hourly"), minimumWageHourly);
    o.insert(QStringLiteral("regular_hours_per_day"), regularHoursPerDay);
    o.insert(QStringLiteral("regular_hours_per_week"), regularHoursPerWeek);
    o.insert(QStringLiteral("max_overtime_hours_per_week"), capValue(maxOvertimeHoursPerWeek));
    o.insert(QStringLiteral("max_total_hours_per_week"), capValue(maxTotalHoursPerWeek));
    o.insert(QStringLiteral("overtime_premium"), overtimePremium);
    o.insert(QStringLiteral("minimum_age"), minimumAge);
    o.insert(QStringLiteral("young_worker_age"), youngWorkerAge);
    o.insert(QStringLiteral("night_start"), timeText(nightStartSeconds));
    o.insert(QStringLiteral("night_end"), timeText(nightEndSeconds));
    o.insert(QStringLiteral("max_consecutive_days"), maxConsecutiveDays);
    if (!v2) {
        return o;
    }
    if (!region.isEmpty()) {
        o.insert(QStringLiteral("region"), region);
    }
    const std::pair<const char*, double> caps[] = {
        {"max_overtime_hours_per_day", maxOvertimeHoursPerDay},
        {"max_overtime_hours_per_month", maxOvertimeHoursPerMonth},
        {"max_overtime_hours_per_year", maxOvertimeHoursPerYear},
        {"max_total_hours_per_day", maxTotalHoursPerDay},
        {"young_worker_max_hours_per_day", youngWorkerMaxHoursPerDay},
        {"young_worker_max_hours_per_week", youngWorkerMaxHoursPerWeek},
    };
    for (const auto& [key, cap] : caps) {
        if (std::isfinite(cap)) {
            o.insert(QLatin1String(key), cap);
        }
    }
    if (!overtimePremiumTiers.isEmpty()) {
        QJsonArray tiers;
        for (const PremiumTier& tier : overtimePremiumTiers) {
            tiers.append(
                QJsonObject{{QStringLiteral("after_hours"), tier.afterHours},
                            {QStringLiteral("per"), tier.perWeek ? QStringLiteral("week") : QStringLiteral("day")},
                            {QStringLiteral("premium"), tier.premium}});
        }
        o.insert(QStringLiteral("overtime_premium_tiers"), tiers);
    }
    const std::pair<const char*, double> premiums[] = {
        {"rest_day_premium", restDayPremium}, {"holiday_premium", holidayPremium}, {"night_premium", nightPremium}};
    for (const auto& [key, premium] : premiums) {
        if (premium > 0) {
            o.insert(QLatin1String(key), premium);
        }
    }
    if (!holidays.isEmpty()) {
        QJsonArray days;
        for (const QDate& day : holidays) {
            days.append(day.toString(Qt::ISODate));
        }
        o.insert(QStringLiteral("holidays"), days);
    }
    if (youngWorkerNightStartSeconds >= 0 && youngWorkerNightEndSeconds >= 0) {
        o.insert(QStringLiteral("young_worker_night_start"), timeText(youngWorkerNightStartSeconds));
        o.insert(QStringLiteral("young_worker_night_end"), timeText(youngWorkerNightEndSeconds));
    }
    if (!minimumWageSchedule.isEmpty()) {
        QJsonArray steps;
        for (const MinimumWageStep& step : minimumWageSchedule) {
            QJsonObject s{{QStringLiteral("from"), step.from.toString(Qt::ISODate)}};
            if (step.hourly > 0) {
                s.insert(QStringLiteral("hourly"), step.hourly);
            }
            if (step.monthly > 0) {
                s.insert(QStringLiteral("monthly"), step.monthly);
            }
            if (step.daily > 0) {
                s.insert(QStringLiteral("daily"), step.daily);
            }
            steps.append(s);
        }
        o.insert(QStringLiteral("minimum_wage_schedule"), steps);
    }
    return o;
}

} // namespace fieldbook
