#pragma once

#include "app/records/RecordSet.h"

#include <QByteArrayView>

namespace fieldbook {

// One line of a ZKTeco attendance log as the devices and their tools really write it, read
// straight from the bytes: fields separated by tabs, by `|`, or by runs of spaces; the PIN padded
// with spaces or not; the date-time as one field (`2026-05-04 08:01:22`) or, where spaces separate
// the fields, as two tokens; the state (0 check-in, 1 check-out, 4 overtime-in, 5 overtime-out),
// the verify mode, the work code and further fields present or absent; trailing separators and
// blank fields ignored. The line end (`\n`, `\r\n`) is removed by the caller.
struct AttLogLine
{
    enum class Error
    {
        None,
        NoTimestamp, // fewer than two fields: not PIN then date-time
        EmptyPin,
        BadPin,       // control byte or longer than kMaxPinBytes
        BadTimestamp, // the second field is not a date-time (nor a date and a time)
    };

    static constexpr qsizetype kMaxPinBytes = 128;

    QByteArrayView pin;
    QByteArrayView timestamp; // as written: one field, or the date and time tokens with what lies between
    QByteArrayView state;     // empty when the line has none
    JulianDay date = kNoDate;
    int seconds = 0;

    // Reads `line`; on an error the fields read so far are set (timestamp: the text that failed).
    static Error read(QByteArrayView line, AttLogLine* out);
    // True when `line` reads as a punch and its PIN looks like one a clock gives (letters, digits,
    // '-', '_', '.'): the test that recognises an attendance log by its content.
    static bool looksLikePunch(QByteArrayView line);
};

} // namespace fieldbook
