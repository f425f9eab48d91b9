#include "app/records/PunchPairing.h"

#include <QCoreApplication>
#include <algorithm>

namespace fieldbook {

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names. The context stays
// "AttLogParser": these sentences were the attlog's before the punch CSV shared them.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AttLogParser)
};

// Leaves out the punches of worker-days over the limit (reported once per day) and returns how many.
int dropFloodedDays(std::vector<Punch>& punches, const PunchPairing::Report& report)
{
    int dropped = 0;
    size_t keep = 0;
    for (size_t i = 0; i < punches.size();) {
        size_t end = i + 1;
        while (end < punches.size() && punches[end].worker == punches[i].worker &&
               punches[end].date == punches[i].date) {
            ++end;
        }
        const size_t count = end - i;
        if (count > size_t(PunchPairing::kMaxPunchesPerDay)) {
            report(punches[i + size_t(PunchPairing::kMaxPunchesPerDay)],
                   Tr::tr("%1 punches for this worker on one day (more than %2): not a clock's record; "
                          "the day's punches are left out")
                       .arg(count)
                       .arg(PunchPairing::kMaxPunchesPerDay),
                   true);
            dropped += int(count);
        } else {
            for (size_t k = i; k < end; ++k) {
                punches[keep++] = punches[k];
            }
        }
        i = end;
    }
    punches.resize(keep);
    return dropped;
}

} // namespace

PunchPairing::Outcome PunchPairing::pair(std::vector<Punch>& punches, std::vector<TimeRecord>& out,
                                         const Report& report)
{
    Outcome outcome;
    std::stable_sort(punches.begin(), punches.end(), [](const Punch& a, const Punch& b) {
        return a.worker != b.worker ? a.worker < b.worker : a.instant() < b.instant();
    });
    outcome.floodedPunches = dropFloodedDays(punches, report);
    auto unpaired = [&](const Punch& punch, const QString& reason) {
        ++outcome.unpaired;
        report(punch, reason, false);
    };
    out.reserve(out.size() + punches.size() / 2);
    const Punch* pending = nullptr;
    for (const Punch& punch : punches) {
        if (pending && pending->worker != punch.worker) {
            unpaired(*pending, Tr::tr("check-in without a matching check-out"));
            pending = nullptr;
        }
        const std::int64_t span = pending ? punch.instant() - pending->instant() : 0;
        const bool closes = pending && span > 0 && span < kMaxShiftSeconds;
        const bool in =
            punch.direction == Punch::Direction::In || (punch.direction == Punch::Direction::Unknown && !closes);
        if (in) {
            if (pending) {
                unpaired(*pending, Tr::tr("check-in without a matching check-out"));
            }
            pending = &punch;
            continue;
        }
        if (!pending) {
            unpaired(punch, Tr::tr("check-out without a matching check-in"));
            continue;
        }
        if (!closes) {
            unpaired(*pending, Tr::tr("check-in without a matching check-out"));
            unpaired(punch, Tr::tr("check-out more than 24 hours after the last check-in"));
            pending = nullptr;
            continue;
        }
        TimeRecord r;
        r.worker = punch.worker;
        r.date = pending->date;
        r.timeIn = pending->seconds;
        r.timeOut = punch.seconds;
        r.line = pending->line;
        out.push_back(r);
        pending = nullptr;
    }
    if (pending) {
        unpaired(*pending, Tr::tr("check-in without a matching check-out"));
    }
    return outcome;
}

} // namespace fieldbook
