#pragma once

#include "app/records/PunchPairing.h"

#include <QByteArrayView>
#include <optional>

namespace fieldbook::punchvalues {

// The values of a punch-per-row CSV as time-attendance software writes them (ZKTime, ZKBioTime,
// att2000 and their kin), read from bytes. Only the forms these exports use and that cannot be
// misread: the year first (`2026-05-04`, `2026/05/04`), 24-hour times with one or two hour digits
// (`8:01`, `08:01:22`). Day-first or month-first dates and 12-hour times are the general field
// parsers' business, decided for a whole column, never here.

bool parseDate(QByteArrayView v, JulianDay* out);
bool parseTime(QByteArrayView v, int* seconds);
// A date and a time separated by spaces or a 'T'.
bool parseDateTime(QByteArrayView v, JulianDay* date, int* seconds);

// The direction a check-type word gives: "Check In", "C/In", "I", "0" (ZKTeco state) ... are in;
// "Check Out", "C/Out", "O", "Break Out", "1" ... are out; break-in and overtime-in are in. Empty, or
// a word that says nothing ("C"), is Unknown: pairing goes by order. nullopt: a word Fieldbook does
// not know, which is reported rather than guessed.
std::optional<Punch::Direction> parseCheckType(QByteArrayView v);

} // namespace fieldbook::punchvalues
