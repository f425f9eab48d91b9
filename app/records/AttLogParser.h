#pragma once

#include "app/records/ParsedFile.h"

namespace fieldbook {

// ZKTeco attendance log (`*_attlog.dat`): one punch a line, tab separated — user PIN (may be
// left-padded with spaces), `YYYY-MM-DD HH:MM:SS`, state (0 check-in, 1 check-out, 4 overtime-in,
// 5 overtime-out), verify mode, further fields ignored. Punches are paired per worker in time
// order into time records (an out may fall on the next day: night shift). A punch that cannot be
// paired is reported as a warning, never guessed into a record.
class AttLogParser
{
public:
    // Longest span accepted between an in and its out; beyond it the two are not one segment.
    static constexpr int kMaxSegmentSeconds = 20 * 3600;

    static ParsedFile parse(const QString& fileName, const QByteArray& data);
};

} // namespace fieldbook
