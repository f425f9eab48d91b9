#pragma once

#include "app/records/RecordSet.h"

#include <string_view>

namespace fieldbook::fieldparse {

// Parsers straight from the file's bytes: no QString per field, since a factory's records run
// to hundreds of thousands of rows. Each returns false for anything that is not exactly the
// form formats.md specifies.

std::string_view trim(std::string_view text);
bool date(std::string_view text, JulianDay* out);                   // YYYY-MM-DD, a real calendar date
bool clockTime(std::string_view text, int* secondsOut);             // HH:MM or HH:MM:SS, 24-hour
bool dateTime(std::string_view text, JulianDay* day, int* seconds); // "YYYY-MM-DD HH:MM[:SS]" (or 'T')
bool decimal(std::string_view text, double* out);                   // plain decimal number, '.' separator
bool integer(std::string_view text, int* out);

} // namespace fieldbook::fieldparse
