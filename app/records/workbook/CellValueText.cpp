#include "app/records/workbook/CellValueText.h"

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
    qint64 seconds = std::llround(value * 86400.0);
    qint64 days = seconds / 86400;
    seconds %= 86400;
    QString date;
    if (kind != NumberFormatKind::Time) {
        QDate day;
        if (date1904) {
            day = QDate(1904, 1, 1).addDays(days);
        } else if (days == 60) {
            return QStringLiteral("1900-02-29"); // not a real day; shown as Excel shows it
        } else {
            // Serial 1 is 1900-01-01; from 61 on, the fictitious 29 February is one day too many.
            day = QDate(1899, 12, 31).addDays(days < 60 ? days : days - 1);
        }
        date = day.toString(QStringLiteral("yyyy-MM-dd"));
    }
    if (kind == NumberFormatKind::Date) {
        return date;
    }
    const qint64 hours = seconds / 3600;
    const qint64 minutes = seconds / 60 % 60;
    const qint64 secs = seconds % 60;
    QString time = QStringLiteral("%1:%2").arg(hours, 2, 10, QLatin1Char('0')).arg(minutes, 2, 10, QLatin1Char('0'));
    if (secs != 0) {
        time += QStringLiteral(":%1").arg(secs, 2, 10, QLatin1Char('0'));
    }
    if (kind == NumberFormatKind::Time) {
        // As Excel shows a time format: the time of day, whatever date the serial also holds.
        return time;
    }
    return date + QLatin1Char(' ') + time;
}

} // namespace fieldbook::cellvaluetext
