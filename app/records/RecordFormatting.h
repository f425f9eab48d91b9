#pragma once

#include "app/records/RecordSet.h"

#include <QByteArray>
#include <cmath>
#include <cstdio>

namespace fieldbook::recordformat {

// Writers of the formats.md forms straight into a byte buffer (the benchmark writes millions).

inline void civilFromJulian(JulianDay jd, int* y, int* m, int* d)
{
    // Inverse of the Julian day number of the proleptic Gregorian calendar (Richards' algorithm).
    std::int64_t f = jd + 1401 + (((4 * jd + 274277) / 146097) * 3) / 4 - 38;
    std::int64_t e = 4 * f + 3;
    std::int64_t g = (e % 1461) / 4;
    std::int64_t h = 5 * g + 2;
    *d = int((h % 153) / 5 + 1);
    *m = int(((h / 153 + 2) % 12) + 1);
    *y = int(e / 1461 - 4716 + (12 + 2 - *m) / 12);
}

inline void writeDigits(char* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

// YYYY-MM-DD into 10 bytes.
inline void writeDate(char* out, JulianDay jd)
{
    int y = 0;
    int m = 0;
    int d = 0;
    civilFromJulian(jd, &y, &m, &d);
    writeDigits(out, y, 4);
    out[4] = '-';
    writeDigits(out + 5, m, 2);
    out[7] = '-';
    writeDigits(out + 8, d, 2);
}

// HH:MM:SS into 8 bytes.
inline void writeTime(char* out, int seconds)
{
    writeDigits(out, seconds / 3600, 2);
    out[2] = ':';
    writeDigits(out + 3, seconds / 60 % 60, 2);
    out[5] = ':';
    writeDigits(out + 6, seconds % 60, 2);
}

inline void appendDigits(QByteArray& out, int value, int width)
{
    char buf[12];
    for (int i = width - 1; i >= 0; --i) {
        buf[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(buf, width);
}

inline void appendDate(QByteArray& out, JulianDay jd)
{
    char buf[10];
    writeDate(buf, jd);
    out.append(buf, 10);
}

inline QByteArray date(JulianDay jd)
{
    QByteArray out;
    if (jd != kNoDate) {
        appendDate(out, jd);
    }
    return out;
}

inline void appendTime(QByteArray& out, int seconds)
{
    char buf[8];
    writeTime(buf, seconds);
    out.append(buf, 8);
}

inline void appendInt(QByteArray& out, long long value)
{
    char buf[24];
    const int n = std::snprintf(buf, sizeof buf, "%lld", value);
    out.append(buf, n);
}

// Money and hours: up to two decimals, no trailing zeros.
inline void appendNumber(QByteArray& out, double value)
{
    const long long cents = std::llround(value * 100);
    if (cents < 0) {
        out.append('-');
    }
    const long long a = cents < 0 ? -cents : cents;
    appendInt(out, a / 100);
    const int rest = int(a % 100);
    if (rest != 0) {
        out.append('.');
        out.append(char('0' + rest / 10));
        if (rest % 10 != 0) {
            out.append(char('0' + rest % 10));
        }
    }
}

// RFC 4180: quote a cell holding a separator, a quote or a line break.
inline void appendText(QByteArray& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        out.append('"');
        for (char c : utf8) {
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    } else {
        out.append(utf8);
    }
}

} // namespace fieldbook::recordformat
