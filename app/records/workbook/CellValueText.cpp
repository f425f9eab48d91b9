#include "app/records/workbook/CellValueText.h"

#include "app/records/RecordFormatting.h"

#include <QDate>
#include <charconv>
#include <cmath>

namespace fieldbook::cellvaluetext {

QByteArray number(double value)
{
    if (value == 0) {
        return QByteArrayLiteral("0"); // -0 too
    }
    char buffer[400];
    const double magnitude = std::fabs(value);
    // Fixed notation for what a factory's sheet holds (money, hours, ids); the general form, with
    // an exponent when shorter, only for magnitudes no record column has.
    const std::chars_format format =
        magnitude >= 1e-6 && magnitude < 1e21 ? std::chars_format::fixed : std::chars_format::general;
    const std::to_chars_result result = std::to_chars(buffer, buffer + sizeof buffer, value, format);
    return QByteArray(buffer, result.ptr - buffer);
}

QString serial(double value, NumberFormatKind kind, bool date1904)
{
    if (!std::isfinite(value) || value < 0 || value >= 2958466) { // 2958466: 10000-01-01
        return {};
    }
    const qint64 rounded = std::llround(value * 86400.0);
    const qint64 days = rounded / 86400;
    const int seconds = int(rounded % 86400);
    // Formatted by hand: this runs for every date cell of a sheet, QDate::toString() is slow.
    char out[20];
    int size = 0;
    if (kind != NumberFormatKind::Time) {
        if (!date1904 && days == 60) {
            return QStringLiteral("1900-02-29"); // not a real day; shown as Excel shows it
        }
        // 1904: serial 0 is 1904-01-01. 1900: serial 1 is 1900-01-01, and from 61 on the
        // fictitious 29 February is one day too many.
        const qint64 julian = date1904 ? QDate(1904, 1, 1).toJulianDay() + days
                                       : QDate(1899, 12, 31).toJulianDay() + (days < 60 ? days : days - 1);
        recordformat::writeDate(out, JulianDay(julian));
        size = 10;
    }
    if (kind == NumberFormatKind::Date) {
        return QString::fromLatin1(out, size);
    }
    if (size > 0) {
        out[size++] = ' ';
    }
    // As Excel shows a time format: the time of day, whatever date the serial also holds.
    recordformat::writeTime(out + size, seconds);
    size += seconds % 60 == 0 ? 5 : 8; // HH:MM, or HH:MM:SS when the seconds are not zero
    return QString::fromLatin1(out, size);
}

} // namespace fieldbook::cellvaluetext
