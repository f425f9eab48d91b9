#pragma once

#include "app/records/RecordSet.h"

#include <QByteArrayView>
#include <QString>

namespace fieldbook {

// How the numeric dates of a file are ordered. Decided from the whole file (ValueConventionScan)
// or said by the auditor; never guessed row by row.
enum class DateOrder
{
    Unknown,    // not decided (a file with ISO dates only needs no decision)
    DayFirst,   // dmy: 05/01/2026 is 5 January
    MonthFirst, // mdy: 05/01/2026 is 1 May
    YearFirst   // ymd: 2026/05/01
};

// "dmy", "mdy", "ymd", "" for Unknown.
QString dateOrderName(DateOrder order);
// Accepts dmy/mdy/ymd (any case, also "day-first", "month-first", "year-first"); false otherwise.
bool parseDateOrderName(const QString& name, DateOrder* order);

// The decimal mark of a number column: decided from the whole column like dates.
enum class DecimalMark
{
    Unknown,
    Point, // 1,234.56
    Comma  // 1.234,56 and 1 234,56
};

QString decimalMarkName(DecimalMark mark); // "point", "comma", ""
bool parseDecimalMarkName(const QString& name, DecimalMark* mark);

// What a canonical column holds, for the readers of local forms and the pre-scan that decides them.
enum class ValueType
{
    Text,
    Date,
    Time,
    Timestamp,
    Number, // hours, minutes, units
    Money
};
ValueType valueTypeOfColumn(const QString& canonicalColumn);

// The local forms factories' exports write values in (formats.md wants ISO dates, 24-hour times
// and plain decimals; these are read only when the canonical fast path failed). Each returns false
// for text that is none of the forms it knows.
namespace valueforms {

// Two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999.
int expandTwoDigitYear(int year);

// A date of three numbers ("05/01/2026", "5-1-26", "05.01.2026"): true with its parts when the
// text has that shape, the first part not being a four-digit year. Used by the pre-scan.
struct NumericDate
{
    int first = 0;
    int second = 0;
    int year = 0;
};
bool splitDayMonthDate(QByteArrayView text, NumericDate* out);

// Every local date form: d/m/y or m/d/y (with `order`), y/m/d, 2026年5月1日, 1-May-2026, 01 May 2026,
// May 1, 2026, Excel serial numbers (1900 system, 20000-80000), a date followed by 00:00[:00].
bool parseDate(QByteArrayView text, DateOrder order, JulianDay* out);

// 8:00, 8:00 AM, 8.00 a.m., 08.00, 8h00, 上午8:00, 5:30 CH, Excel day fractions (0.333333);
// four digits (0800) only when `fourDigits` (a column that can only hold times).
bool parseTime(QByteArrayView text, bool fourDigits, int* seconds);

// A date and a time in local forms separated by spaces or 'T' ("05/01/2026 8:00 AM", an Excel
// serial with a fraction).
bool parseTimestamp(QByteArrayView text, DateOrder order, JulianDay* date, int* seconds);

// What one value says about its column's decimal mark: Point or Comma when it decides, Unknown
// when it could be either ("1,234", "1.234") or has no mark at all.
DecimalMark decimalEvidence(QByteArrayView text);
// True when the value has a '.' or ',' that could be a decimal mark or a thousands separator.
bool hasAmbiguousMark(QByteArrayView text);

// A number with thousands separators (commas, points, spaces, no-break spaces), a decimal mark
// `mark` (Unknown: only values without any mark), currency symbols or codes before or after,
// and negatives as -1, 1-, (1) or −1.
bool parseNumber(QByteArrayView text, DecimalMark mark, double* out);

} // namespace valueforms
} // namespace fieldbook
