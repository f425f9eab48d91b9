#include "app/analysis/AuditParams.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTime>

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
    if (!v.isDouble()) {
        return false;
    }
    out = v.toDouble();
    return out >= 0;
}

bool toInt(const QJsonValue& v, int& out)
{
    if (!v.isDouble() || v.toDouble() < 0) {
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
    out = QDate::fromString(v.toString(), Qt::ISODate);
    return out.isValid();
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

} // namespace

Result<AuditParams> AuditParams::fromJson(const QJsonObject& json, const AuditParams& base)
{
    AuditParams p = base;
    QString error;
    readKey(json, "format_version", p.formatVersion, error, toInt);
    if (error.isEmpty() && p.formatVersion != 1) {
        error = QCoreApplication::translate("AuditParams", "format_version %1 is not supported (this version reads 1)")
                    .arg(p.formatVersion);
    }
    readKey(json, "code", p.codes, error, toCodes);
    readKey(json, "country", p.country, error, toText);
    readKey(json, "currency", p.currency, error, toText);
    readKey(json, "audit_date", p.auditDate, error, toDate);
    readKey(json, "period_start", p.periodStart, error, toDate);
    readKey(json, "period_end", p.periodEnd, error, toDate);
    readKey(json, "minimum_wage_hourly", p.minimumWageHourly, error, toNumber);
    readKey(json, "regular_hours_per_day", p.regularHoursPerDay, error, toNumber);
    readKey(json, "regular_hours_per_week", p.regularHoursPerWeek, error, toNumber);
    readKey(json, "max_overtime_hours_per_week", p.maxOvertimeHoursPerWeek, error, toNumber);
    readKey(json, "max_total_hours_per_week", p.maxTotalHoursPerWeek, error, toNumber);
    readKey(json, "overtime_premium", p.overtimePremium, error, toNumber);
    readKey(json, "minimum_age", p.minimumAge, error, toInt);
    readKey(json, "young_worker_age", p.youngWorkerAge, error, toInt);
    readKey(json, "night_start", p.nightStartSeconds, error, toClock);
    readKey(json, "night_end", p.nightEndSeconds, error, toClock);
    readKey(json, "max_consecutive_days", p.maxConsecutiveDays, error, toInt);
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
    o.insert(QStringLiteral("format_version"), formatVersion);
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
    o.insert(QStringLiteral("max_overtime_hours_per_week"), maxOvertimeHoursPerWeek);
    o.insert(QStringLiteral("max_total_hours_per_week"), maxTotalHoursPerWeek);
    o.insert(QStringLiteral("overtime_premium"), overtimePremium);
    o.insert(QStringLiteral("minimum_age"), minimumAge);
    o.insert(QStringLiteral("young_worker_age"), youngWorkerAge);
    o.insert(QStringLiteral("night_start"), timeText(nightStartSeconds));
    o.insert(QStringLiteral("night_end"), timeText(nightEndSeconds));
    o.insert(QStringLiteral("max_consecutive_days"), maxConsecutiveDays);
    return o;
}

double AuditParams::minimumWageHourlyOn(const QDate& day) const
{
    double hourly = minimumWageHourly;
    for (const MinimumWageStep& step : minimumWageSchedule) {
        if (step.from <= day) {
            hourly = step.hourly;
        }
    }
    return hourly;
}

} // namespace fieldbook
