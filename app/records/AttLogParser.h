#pragma once

#include "app/records/ParsedFile.h"

#include <QByteArrayView>

namespace fieldbook {

// ZKTeco attendance log (`*_attlog.dat`, formats.md section 1 and docs/record-files.md "Time
// clocks"): one punch a line, PIN (may be left-padded with spaces), `YYYY-MM-DD HH:MM:SS`, state
// (0 check-in, 1 check-out, 4 overtime-in, 5 overtime-out), then fields we ignore. The fields are
// separated by tabs, `|` or runs of spaces, as the devices and their tools write them
// (AttLogLine); a line without a state is a punch of unknown direction, paired by order.
//
// Punches are paired by PunchPairing (the pairing the punch CSV shares): an in followed by an out
// less than 24 hours later becomes one time record dated on the in's day. A punch that cannot be
// paired is reported (non-blocking) and never guessed. An unknown state or an unreadable line is
// a bad row naming its line and field.
class AttLogParser
{
public:
    ParsedFile parse(QByteArrayView data, const QString& fileName);

    static constexpr int kMaxShiftSeconds = 24 * 3600;
};

} // namespace fieldbook
