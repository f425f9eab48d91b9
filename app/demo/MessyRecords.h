#pragma once

#include "app/demo/FactoryGenerator.h"

namespace fieldbook {

// What a real, compliant factory's exports carry on top of the tidy generator's records
// (`fieldbook-cli generate --realism messy`, issue 15): every lawful irregularity the checks must
// understand, none of them a violation.
//   - paid leave: each leave day of the roster is paid at the regular rate (payroll leave_hours);
//   - public holidays of the params on which an employee did not work are paid (holiday_hours);
//   - forgotten punches: about 0.4 % of the time rows lose their clock-in or clock-out, while pay
//     keeps the hours worked;
//   - supervisors' hand entries: about 2 % of rows rounded to the half hour and marked `manual`;
//   - each time row names the worker's department (the optional column of real exports), and about
//     3 % of workers are transferred to another department on a day inside the period;
//   - the gate: about 15 % of day workers live in a dormitory inside the gate and pass it only
//     going to town some evenings; about 30 % go out to eat at noon;
//   - rehires: about 1 % of workers were employed before under another number (same ID, same
//     birth date, the old employment ended before the new one started).
// Deterministic for a seed.
class MessyRecords
{
public:
    static void apply(GeneratedFactory& factory, quint64 seed);
};

} // namespace fieldbook
