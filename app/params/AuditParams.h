#pragma once

#include "database/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <limits>

namespace fieldbook {

// The thresholds the checks apply: formats.md section 2 (`params.json`), format_version 1 and 2.
// Resolved from the code(s) and the country profile (stricter rule wins, app/codes/), then
// overridden by a params.json or the audit's own overrides. Defaults below are SA8000's.
struct AuditParams
{
    int formatVersion = 1;
    QStringList codes = {QStringLiteral("sa8000")};
    QString country;
    QString currency;
    QDate auditDate;
    QDate periodStart; // records outside the period are ignored; invalid = no bound
    QDate periodEnd;
    double minimumWageHourly = 0; // 0 = unknown: the minimum-wage check does not run
    double regularHoursPerDay = 8;
    double regularHoursPerWeek = 48;
    double maxOvertimeHoursPerWeek = 12;
    double maxTotalHoursPerWeek = 60;
    double overtimePremium = 1.25;
    int minimumAge = 15;
    int youngWorkerAge = 18;
    int nightStartSeconds = 22 * 3600;
    int nightEndSeconds = 6 * 3600;
    int maxConsecutiveDays = 6;

    // Version 2 (formats.md section 2): every field optional; kNoLimit = "the law sets no such cap".
    // maxOvertimeHoursPerWeek and maxTotalHoursPerWeek above may be kNoLimit too (JSON null).
    static constexpr double kNoLimit = std::numeric_limits<double>::infinity();

    struct PremiumTier
    {
        double afterHours = 0;
        bool perWeek = false; // "per": "day" | "week"
        double premium = 0;
    };
    struct MinimumWageStep
    {
        QDate from;
        double hourly = 0;
        double monthly = 0;
        double daily = 0;
    };

    QString region;
    double maxOvertimeHoursPerDay = kNoLimit;
    double maxOvertimeHoursPerMonth = kNoLimit; // calendar month
    double maxOvertimeHoursPerYear = kNoLimit;  // calendar year (counted over the records present)
    double maxTotalHoursPerDay = kNoLimit;
    QList<PremiumTier> overtimePremiumTiers;
    double restDayPremium = 0; // 0 = not set
    double holidayPremium = 0; // 0 = not set
    double nightPremium = 0;   // extra share, 0.3 = +30 %; 0 = not set
    QList<QDate> holidays;
    double youngWorkerMaxHoursPerDay = kNoLimit;
    double youngWorkerMaxHoursPerWeek = kNoLimit;
    int youngWorkerNightStartSeconds = -1; // -1 = same window as adults
    int youngWorkerNightEndSeconds = -1;
    QList<MinimumWageStep> minimumWageSchedule; // sorted by from

    // The hourly minimum in force on a day: the schedule's step, else minimumWageHourly (0 = unknown).
    // A step with only a monthly (or daily) figure is turned into an hourly one over the regular
    // week (monthly / (regular_hours_per_week x 52 / 12)) or the regular day.
    double minimumWageHourlyOn(const QDate& day) const;
    // Whether any version-2 field differs from "not set" (toJson then writes format_version 2).
    bool hasVersion2Fields() const;

    // Reads params.json: every key optional, unknown keys ignored, wrong types reported with the key.
    // `base` supplies the values of keys that are absent.
    static Result<AuditParams> fromJson(const QJsonObject& json, const AuditParams& base);
    static Result<AuditParams> fromFile(const QString& path, const AuditParams& base);
    static Result<AuditParams> fromJson(const QJsonObject& json);
    static Result<AuditParams> fromFile(const QString& path);
    QJsonObject toJson() const;
};

} // namespace fieldbook
