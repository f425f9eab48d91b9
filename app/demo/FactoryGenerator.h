#pragma once

#include "app/params/AuditParams.h"
#include "app/records/RecordSet.h"

#include <QDate>
#include <QString>
#include <cstdint>
#include <vector>

namespace fieldbook {

// What kind of factory to generate. Everything is drawn from one std::mt19937_64 seeded with
// `seed`, so the same profile and params give the same factory, byte for byte.
struct FactoryProfile
{
    int workers = 600;
    int days = 91;
    QDate start; // invalid: params.periodStart, else 2025-12-01 (a Monday)
    quint64 seed = 1;
    bool nightShift = true; // a night team (20:00 to about 05:00, crossing midnight)
    QString country = QStringLiteral("CN");
    double leaveRate = 0.02; // chance of a single day of leave or absence
    double turnover = 0.06;  // share of workers hired, and share leaving, during the period
    double attlogShare = 0;  // share of workers whose punches come from a ZKTeco clock
    bool production = true;
    bool gateLog = true;
};

struct GeneratedDepartment
{
    QString name;
    int workers = 0;
    double overtimeLevel = 0;   // typical extra overtime hours per week
    double standardMinutes = 0; // SAM per unit; 0 = not a producing department
};

// How one worker was generated: the ground truth the tests compare the records with.
struct GeneratedWorker
{
    int worker = -1;
    int department = -1;
    bool nightShift = false;
    bool attlog = false;          // punches written to the ZKTeco log instead of time_records.csv
    int habitualEarlySeconds = 0; // arrives this long before the shift starts, give or take
    double hourlyRate = 0;
};

enum class RosterDay : std::uint8_t
{
    NotEmployed,
    Worked,
    RestDay,
    Leave
};

struct GeneratedFactory
{
    RecordSet records;
    AuditParams params; // the params it was generated against, with the period filled in
    QDate start;
    QDate end; // inclusive
    std::vector<GeneratedDepartment> departments;
    std::vector<GeneratedWorker> workers; // index = interned worker
    std::vector<RosterDay> roster;        // worker * days + day

    int days() const
    {
        return int(start.daysTo(end)) + 1;
    }
    RosterDay rosterDay(int worker, int day) const
    {
        return roster[size_t(worker) * size_t(days()) + size_t(day)];
    }
};

// Synthetic factories: realistic and compliant by default (habitual arrival times with jitter,
// overtime varying by department and week within the params, a rest day every week, leave,
// a night team, hires and leavers, payroll consistent with the time records, production below
// the recorded hours' capacity, gate events around the punches). Planted problems are added on
// top by the analysis side (app/demo/PatternPlanter).
class FactoryGenerator
{
public:
    static GeneratedFactory generate(const FactoryProfile& profile, const AuditParams& params);

    static QDate defaultStart()
    {
        return QDate(2025, 12, 1);
    }
};

} // namespace fieldbook
