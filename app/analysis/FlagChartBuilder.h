#pragma once

#include "app/analysis/FlagChartData.h"
#include "app/analysis/FlagStore.h"
#include "app/params/AuditParams.h"
#include "database/Result.h"

#include <optional>

namespace fieldbook {

class AuditRecordQuery;
class Database;

// Computes, from the store, the chart that explains a flag faster than its table:
//  - punch_minutes (round_times, identical_punches, uniform_times): how the minutes 0-59 of the
//    flag's time-in and time-out punches spread, against the flat spread of honest punches;
//  - weekly_hours (excessive_hours, hours_cap_pattern, no_rest_day): each worker's hours per week,
//    Monday to Sunday, against the weekly limit in force and the regular week;
//  - benford (benford_deviation): the first digits of the amounts the check tested against
//    Benford's expected shares;
//  - production_hours (production_hours_mismatch): per production day, the hours the output needs
//    (units x SAM / 60) against the hours in the department's time records.
class FlagChartBuilder
{
public:
    // Workers drawn in one weekly-hours chart; more would be lines nobody can tell apart.
    static constexpr int kMaxWorkersDrawn = 6;

    // `params`: the thresholds the flag was raised under (limits drawn, audit period).
    FlagChartBuilder(const Database& db, qint64 auditId, AuditParams params);

    // The chart kind of a check, or an empty string when a table says it all.
    static QString chartKindFor(const QString& check);
    // Day and month on a chart's date axis, in the interface language's order ("8 Dec", "12月8日").
    static QString shortDateFormat();
    // No value for a check without a chart.
    Result<std::optional<FlagChartData>> build(const StoredFlag& flag) const;

private:
    Result<FlagChartData> punchMinutes(const AuditRecordQuery& query, const StoredFlag& flag) const;
    Result<FlagChartData> weeklyHours(const AuditRecordQuery& query, const StoredFlag& flag) const;
    Result<FlagChartData> benford(const AuditRecordQuery& query, const StoredFlag& flag) const;
    Result<FlagChartData> productionHours(const AuditRecordQuery& query, const StoredFlag& flag) const;

    const Database& m_db;
    qint64 m_auditId;
    AuditParams m_params;
};

} // namespace fieldbook
