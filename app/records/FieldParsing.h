#pragma once

#include "app/records/RecordSet.h"

#include <QByteArrayView>
#include <charconv>

namespace fieldbook::fieldparsing {

// Parsers working straight on the file's bytes: no QString per cell on the hot path.
// Each returns false for text that is not exactly the expected form.

inline QByteArrayView trimmed(QByteArrayView v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && (v[b] == ' ' || v[b] == '\t')) {
        ++b;
    }
    while (e > b && (v[e - 1] == ' ' || v[e - 1] == '\t')) {
        --e;
    }
    return v.sliced(b, e - b);
}

// NUL, line breaks, escape and the other C0 controls, and DEL: never part of an id.
inline bool hasControlBytes(QByteArrayView v)
{
    for (const char c : v) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            return true;
        }
    }
    return false;
}

inline bool digits(const char* p, int n, int* out)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        const char c = p[i];
        if (c < '0' || c > '9') {
            return false;
        }
        value = value * 10 + (c - '0');
    }
    *out = value;
    return true;
}

// Julian day number of a proleptic Gregorian date (same as QDate::toJulianDay).
inline JulianDay julianDay(int y, int m, int d)
{
    const int a = (14 - m) / 12;
    const std::int64_t yy = std::int64_t(y) + 4800 - a;
    const int mm = m + 12 * a - 3;
    return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
}

inline bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

inline int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

// YYYY-MM-DD
// Always inlined: the readers call it for every date cell, where a call costs a tenth
// of the parse.
Q_ALWAYS_INLINE bool parseDate(QByteArrayView v, JulianDay* out)
{
    if (v.size() != 10 || v[4] != '-' || v[7] != '-') {
        return false;
    }
    int y = 0;
    int m = 0;
    int d = 0;
    if (!digits(v.data(), 4, &y) || !digits(v.data() + 5, 2, &m) || !digits(v.data() + 8, 2, &d)) {
        return false;
    }
    if (y < 1900 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
        return false;
    }
    *out = julianDay(y, m, d);
    return true;
}

// HH:MM or HH:MM:SS, 24-hour.
inline bool parseTime(QByteArrayView v, int* seconds)
{
    if ((v.size() != 5 && v.size() != 8) || v[2] != ':') {
        return false;
    }
    int h = 0;
    int m = 0;
    int s = 0;
    if (!digits(v.data(), 2, &h) || !digits(v.data() + 3, 2, &m)) {
        return false;
    }
    if (v.size() == 8 && (v[5] != ':' || !digits(v.data() + 6, 2, &s))) {
        return false;
    }
    if (h > 23 || m > 59 || s > 59) {
        return false;
    }
    *seconds = h * 3600 + m * 60 + s;
    return true;
}

// YYYY-MM-DD HH:MM[:SS] (a 'T' is accepted in place of the space).
inline bool parseTimestamp(QByteArrayView v, JulianDay* date, int* seconds)
{
    if (v.size() < 16 || (v[10] != ' ' && v[10] != 'T')) {
        return false;
    }
    return parseDate(v.first(10), date) && parseTime(v.sliced(11), seconds);
}

inline bool parseDouble(QByteArrayView v, double* out)
{
    if (v.isEmpty()) {
        return false;
    }
    const char* begin = v.data();
    if (*begin == '+') {
        ++begin;
    }
    const auto [end, ec] = std::from_chars(begin, v.data() + v.size(), *out);
    return ec == std::errc() && end == v.data() + v.size();
}

inline bool parseInt(QByteArrayView v, int* out)
{
    if (v.isEmpty()) {
        return false;
    }
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), *out);
    return ec == std::errc() && end == v.data() + v.size();
}

} // namespace fieldbook::fieldparsing
