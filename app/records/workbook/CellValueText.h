#pragma once

#include "app/records/workbook/CellStyles.h"

#include <QByteArray>
#include <QString>

namespace fieldbook {

// How the import writes a cell's value as text, in the record-file contract's forms.
namespace cellvaluetext {

// The shortest decimal that reads back as the same double, without an exponent for ordinary
// magnitudes and without ".0" for integers: 42, 0.1, 1234.5.
QByteArray number(double value);

// An Excel serial number as the contract's date (YYYY-MM-DD), time (HH:MM, or HH:MM:SS when the
// seconds are not zero) or both, rounded to the nearest second (serials are floating point and off
// by microseconds). In the 1900 system serial 60 is the fictitious 1900-02-29 of Lotus 1-2-3 and
// serials below 61 are a day later than they would be without it. Null when the serial is not a
// date Excel can show (negative, or after 9999-12-31).
QString serial(double value, NumberFormatKind kind, bool date1904);

} // namespace cellvaluetext

} // namespace fieldbook
