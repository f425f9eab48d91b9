#include "app/records/AttLogLine.h"
#include "app/records/FieldParsing.h"

namespace fieldbook {

namespace {

constexpr int kFieldsRead = 4; // PIN, date-time (or date and time), state

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// Splits into at most `max` fields. Tabs or '|' (whichever the line holds, tabs first) separate
// fields and spaces around them are padding; without either, runs of spaces separate tokens.
int split(QByteArrayView line, QByteArrayView* fields, int max)
{
    char separator = 0;
    if (line.contains('\t')) {
        separator = '\t';
    } else if (line.contains('|')) {
        separator = '|';
    }
    int count = 0;
    const qsizetype size = line.size();
    qsizetype i = 0;
    if (separator) {
        qsizetype start = 0;
        for (; i <= size && count < max; ++i) {
            if (i == size || line[i] == separator) {
                fields[count++] = fieldparsing::trimmed(line.sliced(start, i - start));
                start = i + 1;
            }
        }
    } else {
        while (count < max) {
            while (i < size && isBlank(line[i])) {
                ++i;
            }
            if (i == size) {
                break;
            }
            const qsizetype start = i;
            while (i < size && !isBlank(line[i])) {
                ++i;
            }
            fields[count++] = line.sliced(start, i - start);
        }
    }
    return count;
}

bool isPinByte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_' ||
           c == '.';
}

} // namespace

AttLogLine::Error AttLogLine::read(QByteArrayView line, AttLogLine* out)
{
    QByteArrayView fields[kFieldsRead];
    const int count = split(line, fields, kFieldsRead);
    if (count < 2) {
        return Error::NoTimestamp;
    }
    out->pin = fields[0];
    if (out->pin.isEmpty()) {
        return Error::EmptyPin;
    }
    if (fieldparsing::hasControlBytes(out->pin) || out->pin.size() > kMaxPinBytes) {
        return Error::BadPin;
    }
    int next = 2;
    out->timestamp = fields[1];
    if (!fieldparsing::parseTimestamp(fields[1], &out->date, &out->seconds)) {
        // The date and the time as two fields (space-separated lines, or tools that split them).
        if (count < 3 || !fieldparsing::parseDate(fields[1], &out->date)) {
            return Error::BadTimestamp;
        }
        out->timestamp = QByteArrayView(fields[1].data(), fields[2].data() + fields[2].size() - fields[1].data());
        if (!fieldparsing::parseTime(fields[2], &out->seconds)) {
            return Error::BadTimestamp;
        }
        next = 3;
    }
    out->state = next < count ? fields[next] : QByteArrayView();
    return Error::None;
}

bool AttLogLine::looksLikePunch(QByteArrayView line)
{
    AttLogLine punch;
    if (read(line, &punch) != Error::None) {
        return false;
    }
    for (const char c : punch.pin) {
        if (!isPinByte(c)) {
            return false;
        }
    }
    // Clocks write their states as numbers: "Printed 2026-05-04 08:00:00 by admin" is no punch.
    for (const char c : punch.state) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

} // namespace fieldbook
