#include "app/records/FieldParsers.h"

#include <QDate>
#include <charconv>
#include <cmath>

namespace fieldbook::fieldparse {

namespace {

bool digits(std::string_view text, size_t pos, size_t count, int* out)
{
    int value = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') {
            return false;
        }
        value = value * 10 + (c - '0');
    }
    *out = value;
    return true;
}

} // namespace

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
        text.remove_suffix(1);
    }
    return text;
}

bool date(std::string_view text, JulianDay* out)
{
    text = trim(text);
    int y = 0;
    int m = 0;
    int d = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digits(text, 0, 4, &y) || !digits(text, 5, 2, &m) ||
        !digits(text, 8, 2, &d)) {
        return false;
    }
    const QDate qd(y, m, d);
    if (!qd.isValid()) {
        return false;
    }
    *out = qd.toJulianDay();
    return true;
}

bool clockTime(std::string_view text, int* secondsOut)
{
    text = trim(text);
    int h = 0;
    int m = 0;
    int s = 0;
    if (text.size() != 5 && text.size() != 8) {
        return false;
    }
    if (text[2] != ':' || !digits(text, 0, 2, &h) || !digits(text, 3, 2, &m)) {
        return false;
    }
    if (text.size() == 8 && (text[5] != ':' || !digits(text, 6, 2, &s))) {
        return false;
    }
    if (h > 23 || m > 59 || s > 59) {
        return false;
    }
    *secondsOut = h * 3600 + m * 60 + s;
    return true;
}

bool dateTime(std::string_view text, JulianDay* day, int* seconds)
{
    text = trim(text);
    if (text.size() < 16 || (text[10] != ' ' && text[10] != 'T')) {
        return false;
    }
    return date(text.substr(0, 10), day) && clockTime(text.substr(11), seconds);
}

bool decimal(std::string_view text, double* out)
{
    text = trim(text);
    if (text.empty()) {
        return false;
    }
    if (text.front() == '+') {
        text.remove_prefix(1);
    }
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value, std::chars_format::fixed);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
        return false;
    }
    *out = value;
    return true;
}

bool integer(std::string_view text, int* out)
{
    text = trim(text);
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) {
        return false;
    }
    *out = value;
    return true;
}

} // namespace fieldbook::fieldparse
