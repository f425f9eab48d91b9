#pragma once

#include "database/Result.h"

namespace fieldbook {

class Database;

// The demo audit's interviews: a drawn sample, an individual interview for each of its ten
// individual seats with structured answers (three state far more weekly hours than their
// department's records show, five give the same scripted answers), one group interview and two
// management interviews.
// So the interview checks have something to find and the screenshots are not empty. The demo
// store has no protector: notes and the link to the register stay NULL, as they would for an
// auditor who has not unlocked personal data.
class DemoInterviews
{
public:
    static constexpr quint64 kSampleSeed = 20260316;
    // Adds them once (nothing when the audit already has interviews).
    static Status add(const Database& db, qint64 auditId);
};

} // namespace fieldbook
