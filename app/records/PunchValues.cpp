#include "app/records/PunchValues.h"
#include "app/records/FieldParsing.h"

#include <QByteArray>

namespace fieldbook::punchvalues {

namespace {

// 1 or 2 digits, then the end of `v` or a non-digit at *pos.
bool number(QByteArrayView v, qsizetype* pos, int maxDigits, int* out)
{
    int value = 0;
    int count = 0;
    while (*pos < v.size() && v[*pos] >= '0' && v[*pos] <= '9') {
        if (++count > maxDigits) {
            return false;
        }
        value = value * 10 + (v[*pos] - '0');
        ++*pos;
    }
    *out = value;
    return count > 0;
}

} // namespace

bool parseDate(QByteArrayView v, JulianDay* out)
{
    if (v.size() != 10 || (v[4] != '-' && v[4] != '/') || v[7] != v[4]) {
        return false;
    }
    int y = 0;
    int m = 0;
    int d = 0;
    if (!fieldparsing::digits(v.data(), 4, &y) || !fieldparsing::digits(v.data() + 5, 2, &m) ||
        !fieldparsing::digits(v.data() + 8, 2, &d)) {
        return false;
    }
    if (y < 1900 || m < 1 || m > 12 || d < 1 || d > fieldparsing::daysInMonth(y, m)) {
        return false;
    }
    *out = fieldparsing::julianDay(y, m, d);
    return true;
}

bool parseTime(QByteArrayView v, int* seconds)
{
    qsizetype pos = 0;
    int h = 0;
    int m = 0;
    int s = 0;
    if (!number(v, &pos, 2, &h) || pos >= v.size() || v[pos] != ':') {
        return false;
    }
    ++pos;
    const qsizetype minuteStart = pos;
    if (!number(v, &pos, 2, &m) || pos - minuteStart != 2) {
        return false;
    }
    if (pos < v.size()) {
        if (v[pos] != ':') {
            return false;
        }
        ++pos;
        const qsizetype secondStart = pos;
        if (!number(v, &pos, 2, &s) || pos - secondStart != 2 || pos != v.size()) {
            return false;
        }
    }
    if (h > 23 || m > 59 || s > 59) {
        return false;
    }
    *seconds = h * 3600 + m * 60 + s;
    return true;
}

bool parseDateTime(QByteArrayView v, JulianDay* date, int* seconds)
{
    if (v.size() < 15 || (v[10] != ' ' && v[10] != 'T')) {
        return false;
    }
    return parseDate(v.first(10), date) && parseTime(fieldparsing::trimmed(v.sliced(11)), seconds);
}

std::optional<Punch::Direction> parseCheckType(QByteArrayView v)
{
    // Compared without case, spaces, '-', '_' and '/': "C/In", "c-in" and "CIn" are one word.
    QByteArray word;
    for (const char c : v) {
        if (c != ' ' && c != '-' && c != '_' && c != '/' && c != '\t') {
            word += char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
    }
    using D = Punch::Direction;
    static const std::pair<const char*, D> words[] = {{"", D::Unknown},     {"c", D::Unknown},
                                                      {"in", D::In},        {"i", D::In},
                                                      {"cin", D::In},       {"checkin", D::In},
                                                      {"clockin", D::In},   {"punchin", D::In},
                                                      {"signin", D::In},    {"entry", D::In},
                                                      {"breakin", D::In},   {"overtimein", D::In},
                                                      {"otin", D::In},      {"0", D::In},
                                                      {"3", D::In},         {"4", D::In},
                                                      {"out", D::Out},      {"o", D::Out},
                                                      {"cout", D::Out},     {"checkout", D::Out},
                                                      {"clockout", D::Out}, {"punchout", D::Out},
                                                      {"signout", D::Out},  {"exit", D::Out},
                                                      {"breakout", D::Out}, {"overtimeout", D::Out},
                                                      {"otout", D::Out},    {"1", D::Out},
                                                      {"2", D::Out},        {"5", D::Out}};
    for (const auto& [text, direction] : words) {
        if (word == text) {
            return direction;
        }
    }
    return std::nullopt;
}

} // namespace fieldbook::punchvalues
