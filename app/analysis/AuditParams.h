#pragma once

#include "database/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fieldbook {

// The thresholds the checks apply: formats.md section 2 (`params.json`), format_version 1.
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

    // Reads params.json: every key optional, unknown keys ignored, wrong types reported with the key.
    // `base` supplies the values of keys that are absent.
    static Result<AuditParams> fromJson(const QJsonObject& json, const AuditParams& base);
    static Result<AuditParams> fromFile(const QString& path, const AuditParams& base);
    static Result<AuditParams> fromJson(const QJsonObject& json);
    static Result<AuditParams> fromFile(const QString& path);
    QJsonObject toJson() const;
};

} // namespace fieldbook
