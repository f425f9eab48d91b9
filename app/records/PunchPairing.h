#pragma once

#include "app/records/RecordSet.h"

#include <QString>
#include <cstdint>
#include <functional>
#include <vector>

namespace fieldbook {

// One time-clock punch as read from a ZKTeco attendance log or a punch-per-row CSV export.
struct Punch
{
    enum class Direction : std::uint8_t
    {
        In,
        Out,
        Unknown // the export says nothing (no state column, empty or ambiguous check type): order decides
    };

    int worker = -1;
    JulianDay date = kNoDate;
    int seconds = 0;
    Direction direction = Direction::Unknown;
    int line = 0;
    // Where the punch's line is in the file, so an issue can show it without keeping a copy per punch.
    qsizetype rawOffset = 0;
    qsizetype rawSize = 0;

    std::int64_t instant() const
    {
        return date * 86400 + seconds;
    }
};

// Pairs punches into time records: the one pairing of every time-clock layout (the attlog and the
// punch CSV), so both read the same shifts out of the same punches.
//
// Per worker, in time order: an in followed by an out less than 24 hours later is one time record
// dated on the in's day (a night shift crossing midnight pairs). A punch of unknown direction is
// an out when an in is waiting less than 24 hours before it, else an in. A punch that cannot be
// paired is reported (non-blocking), never guessed. A worker-day with more punches than any clock
// records (kMaxPunchesPerDay) is not paired at all but reported once: a machine wrote it.
class PunchPairing
{
public:
    static constexpr int kMaxShiftSeconds = 24 * 3600;
    static constexpr int kMaxPunchesPerDay = 48;

    struct Outcome
    {
        int unpaired = 0;
        int floodedPunches = 0; // punches of worker-days over kMaxPunchesPerDay, left out
    };

    // reason is translated; blocking marks a punch left out (a flooded day), not merely unpaired.
    using Report = std::function<void(const Punch& punch, const QString& reason, bool blocking)>;

    // Sorts `punches` and appends the time records to `out`.
    static Outcome pair(std::vector<Punch>& punches, std::vector<TimeRecord>& out, const Report& report);
};

} // namespace fieldbook
