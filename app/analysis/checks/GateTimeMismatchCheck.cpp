#include "app/analysis/checks/GateTimeMismatchCheck.h"
#include "app/analysis/checks/CheckSupport.h"
#include "app/analysis/stats/Robust.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <map>

namespace fieldbook {

using namespace checks;

namespace {
constexpr qint64 kDay = 24 * 3600;
// On site this long beyond the recorded hours is "well outside" them at the least; the factory's own
// spread of gate-to-clock gaps (median + 8 MAD) raises the bar where queues and canteens are slow.
constexpr qint64 kMinimumGap = 60 * 60;
constexpr double kMadFactor = 8.0;
// A presence this long with no time record at all is an unrecorded day.
constexpr qint64 kUnrecordedDay = 2 * 3600;
// Nobody stays on site this long: an entry older than this lost its exit.
constexpr qint64 kMaximumPresence = 20 * 3600;
// A single forgotten punch happens; a pattern needs several days.
constexpr int kMinimumDays = 3;
// On site through the small hours with no work recorded then: the worker sleeps inside the gate (a
// dormitory on site). The gate then shows when residents go to town, not when they work: from
// this many such nights on, the worker's gate log is set aside, and said so.
constexpr qint64 kSmallHoursFrom = 2 * 3600;
constexpr qint64 kSmallHoursTo = 4 * 3600;
constexpr int kResidentNights = 2;

struct Presence
{
    int worker;
    JulianDay date;
    qint64 gap; // seconds on site outside the recorded span; -1: no recorded span at all
    qint64 length;
    bool overnight = false; // through the small hours with no work recorded then
};
} // namespace

QStringList GateTimeMismatchCheck::clauses() const
{
    return hoursClauses() + recordsClauses();
}

CheckDescription GateTimeMismatchCheck::description() const
{
    return {
        QT_TRANSLATE_NOOP("CheckTitles", "Gate log vs recorded hours"),
        QT_TRANSLATE_NOOP("CheckExplanations", "The gate log shows workers on site well outside their recorded hours."),
        QStringLiteral("gate_and_time"), QString()};
}

bool GateTimeMismatchCheck::applies(const AnalysisInput& input) const
{
    return !input.records().gateEvents.empty() && !input.records().timeRecords.empty();
}

QList<Flag> GateTimeMismatchCheck::run(const AnalysisInput& input) const
{
    const auto& events = input.records().gateEvents;
    std::vector<int> order(events.size());
    for (size_t i = 0; i < order.size(); ++i) {
        order[i] = int(i);
    }
    const auto at = [&](const GateEvent& e) {
        return qint64(e.date) * kDay + e.time;
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const GateEvent& x = events[size_t(a)];
        const GateEvent& y = events[size_t(b)];
        return x.worker != y.worker ? x.worker < y.worker : at(x) < at(y);
    });

    std::vector<Presence> presences;
    size_t i = 0;
    while (i < order.size()) {
        const int worker = events[size_t(order[i])].worker;
        size_t end = i;
        while (end < order.size() && events[size_t(order[end])].worker == worker) {
            ++end;
        }
        const std::vector<WorkDay>* days = worker >= 0 && worker < input.workerCount() ? &input.days(worker) : nullptr;
        qint64 open = -1;
        for (size_t j = i; j < end; ++j) {
            const GateEvent& e = events[size_t(order[j])];
            if (e.in) {
                // A second entry keeps the first, unless the exit in between was lost long ago.
                if (open < 0 || at(e) - open > kMaximumPresence) {
                    open = at(e);
                }
                continue;
            }
            if (open < 0) {
                continue; // an exit with no entry: nothing to compare
            }
            const qint64 from = open;
            const qint64 to = at(e);
            open = -1;
            qint64 spanStart = -1;
            qint64 spanEnd = -1;
            if (days) {
                // Recorded spans overlapping the presence (days are sorted; look a day either side).
                const JulianDay first = from / kDay - 1;
                auto it = std::lower_bound(days->begin(), days->end(), first,
                                           [](const WorkDay& d, JulianDay day) { return d.date < day; });
                for (; it != days->end() && it->date <= to / kDay; ++it) {
                    const qint64 s = qint64(it->date) * kDay + it->firstIn;
                    const qint64 f = qint64(it->date) * kDay + it->lastOut;
                    if (s < to && f > from) {
                        spanStart = spanStart < 0 ? s : std::min(spanStart, s);
                        spanEnd = std::max(spanEnd, f);
                    }
                }
            }
            if (spanStart < 0 && worker >= 0 && worker < input.workerCount()) {
                // A day with a forgotten punch: on site, hours unknown. Nothing to compare.
                const std::vector<JulianDay>& forgotten = input.missingPunchDays(worker);
                const JulianDay day = from / kDay;
                if (std::binary_search(forgotten.begin(), forgotten.end(), day) ||
                    std::binary_search(forgotten.begin(), forgotten.end(), day - 1)) {
                    continue;
                }
            }
            Presence p{worker, from / kDay, -1, to - from};
            if (spanStart >= 0) {
                p.gap = std::max<qint64>(0, spanStart - from) + std::max<qint64>(0, to - spanEnd);
            }
            for (qint64 night = (from / kDay) * kDay; night < to && !p.overnight; night += kDay) {
                const qint64 a = night + kSmallHoursFrom;
                const qint64 b = night + kSmallHoursTo;
                const bool worked = spanStart >= 0 && spanStart < b && spanEnd > a;
                p.overnight = from <= a && to >= b && !worked;
            }
            presences.push_back(p);
        }
        i = end;
    }

    // Residents of an on-site dormitory: their gate log is not a record of their working day.
    std::map<int, int> overnights;
    for (const Presence& p : presences) {
        overnights[p.worker] += p.overnight ? 1 : 0;
    }
    std::set<int> residents;
    for (const auto& [worker, nights] : overnights) {
        if (nights >= kResidentNights) {
            residents.insert(worker);
        }
    }
    std::vector<double> gaps;
    for (const Presence& p : presences) {
        if (p.gap >= 0 && !residents.count(p.worker)) {
            gaps.push_back(double(p.gap));
        }
    }
    const double threshold =
        std::max(double(kMinimumGap), stats::median(gaps) + kMadFactor * stats::medianAbsoluteDeviation(gaps));

    struct Days
    {
        std::set<JulianDay> outside;
        std::set<JulianDay> unrecorded;
        qint64 worstGap = 0;
    };
    std::map<int, Days> byWorker;
    for (const Presence& p : presences) {
        if (residents.count(p.worker)) {
            continue;
        }
        if (p.gap < 0 && p.length >= kUnrecordedDay) {
            byWorker[p.worker].unrecorded.insert(p.date);
        } else if (p.gap > threshold) {
            Days& d = byWorker[p.worker];
            d.outside.insert(p.date);
            d.worstGap = std::max(d.worstGap, p.gap);
        }
    }
    QList<Flag> flags;
    for (const auto& [worker, d] : byWorker) {
        const int count = int(d.outside.size() + d.unrecorded.size());
        if (count < kMinimumDays) {
            continue;
        }
        std::set<JulianDay> dates = d.outside;
        dates.insert(d.unrecorded.begin(), d.unrecorded.end());
        Flag flag = makeFlag(input, count >= 10 ? Severity::High : Severity::Medium);
        flag.workers = {input.records().workerId(worker)};
        flag.dates = dateList(dates);
        flag.summary =
            QCoreApplication::translate(
                "Checks",
                "%1 was on site %2 day(s) with no time record and %3 day(s) over %4 h beyond the recorded hours")
                .arg(flag.workers.first())
                .arg(d.unrecorded.size())
                .arg(d.outside.size())
                .arg(QString::number(threshold / 3600.0, 'f', 1));
        flag.evidence.insert(QStringLiteral("days_without_time_record"), int(d.unrecorded.size()));
        flag.evidence.insert(QStringLiteral("days_outside_recorded_hours"), int(d.outside.size()));
        flag.evidence.insert(QStringLiteral("largest_gap_hours"), std::round(d.worstGap / 360.0) / 10);
        flag.evidence.insert(QStringLiteral("threshold_hours"), threshold / 3600.0);
        flag.evidence.insert(QStringLiteral("factory_median_gap_minutes"), stats::median(gaps) / 60.0);
        flags.append(flag);
    }
    if (!residents.empty()) {
        // Said, not hidden: whose gate log could not be compared, and why.
        Flag flag = makeFlag(input, Severity::Info);
        flag.workers = workerIdList(input, residents);
        flag.subject = QStringLiteral("residents");
        flag.summary =
            QCoreApplication::translate("Checks", "%1 worker(s) stay on site overnight (a dormitory inside the "
                                                  "gate): the gate log cannot show their working hours and was "
                                                  "not compared with their time records")
                .arg(residents.size());
        flag.evidence.insert(QStringLiteral("workers_staying_overnight"), int(residents.size()));
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
