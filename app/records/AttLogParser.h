#pragma once

#include "app/records/ParsedFile.h"

#include <QByteArrayView>

namespace fieldbook {

// ZKTeco attendance log (`*_attlog.dat`, formats.md section 1): one punch a line, tab separated:
// PIN (may be left-padded with spaces), `YYYY-MM-DD HH:MM:SS`, state (0 check-in, 1 check-out,
// 4 overtime-in, 5 overtime-out), then fields we ignore.
//
// Punches are paired per worker in time order: an in followed by an out less than 24 hours later
// becomes one time record dated on the in's day (so a night shift crossing midnight pairs).
// A punch that cannot be paired that way is reported (non-blocking) and never guessed.
// An unknown state or an unreadable line is a bad row.
class AttLogParser
{
public:
    ParsedFile parse(QByteArrayView data, const QString& fileName);

    static constexpr int kMaxShiftSeconds = 24 * 3600;
};

} // namespace fieldbook
