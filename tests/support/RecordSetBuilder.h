#pragma once

#include "app/params/AuditParams.h"
#include "app/records/RecordSet.h"

#include <QString>

namespace fieldbook::test {

// Builds small RecordSets by hand for the check tests, in the units of formats.md.
class RecordSetBuilder
{
public:
    RecordSetBuilder& worker(const QString& id, const QString& birth, const QString& hire, const QString& department,
                             const QString& idNumber = QString(), const QString& termination = QString());
    RecordSetBuilder& time(const QString& id, const QString& date, const QString& in, const QString& out,
                           int breakMinutes = 0);
    RecordSetBuilder& pay(const QString& id, const QString& start, const QString& end, double regularHours,
                          double overtimeHours, double regularPay, double overtimePay, double bonus, double deductions,
                          double netPay);
    RecordSetBuilder& production(const QString& date, const QString& department, double units, double sam);
    RecordSetBuilder& gate(const QString& id, const QString& timestamp, bool in);

    RecordSet& records()
    {
        return m_records;
    }

    static JulianDay day(const QString& iso);
    static int clock(const QString& hhmm);

private:
    RecordSet m_records;
};

// A compliant factory with realistic noise: habitual arrival times per worker, a queue at the clock
// at shift end, overtime varying by department and week, leave, Sundays off, a night crew working
// across midnight, gate events around the punches, production at 55-80 % efficiency, payroll that matches
// the time records. Deterministic for a seed. Period: 2026-01-05 (Monday) for `days` days.
RecordSet cleanFactory(quint32 seed, int workers, int days);
AuditParams cleanFactoryParams(int days);

} // namespace fieldbook::test
