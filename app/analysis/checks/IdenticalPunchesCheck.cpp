#include "app/analysis/checks/IdenticalPunchesCheck.h"
#include "app/analysis/checks/CheckSupport.h"
#include "app/analysis/stats/Distributions.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <algorithm>
#include <map>

namespace fieldbook {

using namespace checks;

namespace {

constexpr int kMinutes = 24 * 60;
// The chance model smooths the department's own punch-minute histogram over +-2 minutes: a queue
// at the clock spreads over a few minutes, one hand filling the cards does not.
constexpr int kSmoothing = 2;
constexpr int kMinimumCount = 5;
// Besides being improbable, the heap must be big: at least 3x the chance expectation and a
// third of the department that day (a busload arriving together is neither).
constexpr double kMinimumRatio = 3.0;
constexpr double kMinimumShare = 1.0 / 3.0;

struct DayPunches
{
    std::vector<std::pair<int, int>> punches; // (minute, worker)
    int median = 0;                           // the day's median minute: where the bell rang that day
};

// Minute `minute` relative to `median`, in [-12 h, 12 h), as an index into an offsets histogram.
size_t offsetIndex(int minute, int median)
{
    int offset = minute - median;
    if (offset < -kMinutes / 2) {
        offset += kMinutes;
    } else if (offset >= kMinutes / 2) {
        offset -= kMinutes;
    }
    return size_t(offset + kMinutes / 2);
}

// The histogram smoothed over +-kSmoothing minutes, as probabilities.
std::vector<double> smoothedChance(const std::vector<double>& histogram, double total)
{
    std::vector<double> chance(kMinutes, 0.0);
    for (int m = 0; m < kMinutes; ++m) {
        double sum = 0;
        for (int d = -kSmoothing; d <= kSmoothing; ++d) {
            sum += histogram[size_t((m + d + kMinutes) % kMinutes)];
        }
        chance[size_t(m)] = sum / (2 * kSmoothing + 1) / total;
    }
    return chance;
}

// Chance of any minute reaching k of `present` punches (union bound), stopping once past `level`.
double anyMinuteTail(int k, int present, const std::vector<double>& chance, double level)
{
    double pValue = 0;
    for (int m = 0; m < kMinutes && pValue < level; ++m) {
        if (chance[size_t(m)] > 0) {
            pValue += stats::binomialUpperTail(k, present, chance[size_t(m)]);
        }
    }
    return pValue;
}

struct Heap
{
    JulianDay date;
    bool in;
    int minute;
    int count;
    int present;
    double expected;
    double pValue;
    std::vector<int> workers;
};

} // namespace

QStringList IdenticalPunchesCheck::clauses() const
{
    return hoursClauses() + recordsClauses();
}

CheckDescription IdenticalPunchesCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Identical punches"),
            QT_TRANSLATE_NOOP("CheckExplanations",
                              "Many workers punched in or out at exactly the same minute on the same day, more "
                              "than chance allows: time cards may have been filled in by one hand."),
            QStringLiteral("time_records"), QStringLiteral("punch_minutes")};
}

bool IdenticalPunchesCheck::applies(const AnalysisInput& input) const
{
    return !input.records().timeRecords.empty();
}

QList<Flag> IdenticalPunchesCheck::run(const AnalysisInput& input) const
{
    // department -> direction (0 in, 1 out) -> date -> punches
    QHash<QString, std::array<std::map<JulianDay, DayPunches>, 2>> byDepartment;
    for (int w = 0; w < input.workerCount(); ++w) {
        const QString registered = input.department(w);
        for (const WorkDay& day : input.days(w)) {
            if (input.isDeclaredManual(day)) {
                continue; // a supervisor's declared entry for a forgotten card, not the clock
            }
            // The time records' own department (a line, a loan to another line) when they say,
            // else the register's: cards are filled in line by line, and a line of 24 is lost in
            // a department of 200.
            auto& directions = byDepartment[day.department.isEmpty() ? registered : day.department];
            directions[0][day.date].punches.emplace_back((day.firstIn / 60) % kMinutes, w);
            directions[1][day.date].punches.emplace_back((day.lastOut / 60) % kMinutes, w);
        }
    }
    long long tests = 0;
    for (const auto& directions : byDepartment) {
        tests += static_cast<long long>(directions[0].size() + directions[1].size());
    }
    const double level = perTestLevel(kFamilyAlpha, tests);

    QList<Flag> flags;
    for (auto it = byDepartment.begin(); it != byDepartment.end(); ++it) {
        std::vector<Heap> heaps;
        for (int direction = 0; direction < 2; ++direction) {
            auto& days = it.value()[size_t(direction)];
            // Two chance models, and a heap must be improbable under both: the department's own
            // punch minutes over the period, and the same minutes relative to each day's median.
            // The second keeps a day when the bell moved (a half-day Saturday, the first day after
            // a holiday) from looking like one hand: the queue at the clock keeps its usual spread
            // around the new time. One hand writing the cards has no spread at all.
            std::vector<double> histogram(kMinutes, 0.0);
            std::vector<double> offsets(kMinutes, 0.0);
            double total = 0;
            for (auto& [date, day] : days) {
                std::vector<int> minutes;
                minutes.reserve(day.punches.size());
                for (const auto& [minute, worker] : day.punches) {
                    histogram[size_t(minute)] += 1;
                    minutes.push_back(minute);
                    total += 1;
                }
                std::nth_element(minutes.begin(), minutes.begin() + long(minutes.size() / 2), minutes.end());
                day.median = minutes[minutes.size() / 2];
                for (const int minute : minutes) {
                    offsets[offsetIndex(minute, day.median)] += 1;
                }
            }
            const std::vector<double> chance = smoothedChance(histogram, total);
            const std::vector<double> relativeChance = smoothedChance(offsets, total);
            for (const auto& [date, day] : days) {
                const int present = int(day.punches.size());
                std::map<int, int> counts;
                for (const auto& [minute, worker] : day.punches) {
                    ++counts[minute];
                }
                int modal = -1;
                int k = 0;
                for (const auto& [minute, count] : counts) {
                    if (count > k) {
                        k = count;
                        modal = minute;
                    }
                }
                const double expected =
                    present * std::max(chance[size_t(modal)], relativeChance[offsetIndex(modal, day.median)]);
                if (k < kMinimumCount || k < kMinimumRatio * expected || k < kMinimumShare * present) {
                    continue;
                }
                const double pValue = std::max(anyMinuteTail(k, present, chance, level),
                                               anyMinuteTail(k, present, relativeChance, level));
                if (pValue >= level) {
                    continue;
                }
                Heap heap{date, direction == 0, modal, k, present, expected, pValue, {}};
                for (const auto& [minute, worker] : day.punches) {
                    if (minute == modal) {
                        heap.workers.push_back(worker);
                    }
                }
                heaps.push_back(std::move(heap));
            }
        }
        if (heaps.empty()) {
            continue;
        }
        const Heap* worst = &heaps.front();
        std::set<int> workers;
        std::set<JulianDay> dates;
        QJsonArray days;
        for (const Heap& heap : heaps) {
            if (double(heap.count) / heap.present > double(worst->count) / worst->present) {
                worst = &heap;
            }
            workers.insert(heap.workers.begin(), heap.workers.end());
            dates.insert(heap.date);
            days.append(
                QJsonObject{{QStringLiteral("date"), AnalysisInput::isoDate(heap.date)},
                            {QStringLiteral("direction"), heap.in ? QStringLiteral("in") : QStringLiteral("out")},
                            {QStringLiteral("time"), AnalysisInput::clockText(heap.minute * 60)},
                            {QStringLiteral("workers_at_time"), heap.count},
                            {QStringLiteral("workers_present"), heap.present},
                            {QStringLiteral("expected_by_chance"), std::round(heap.expected * 100) / 100},
                            {QStringLiteral("p_value"), heap.pValue}});
        }
        const QString department =
            it.key().isEmpty() ? QCoreApplication::translate("Checks", "(no department)") : it.key();
        Flag flag = makeFlag(input, double(worst->count) / worst->present >= 0.5 ? Severity::High : Severity::Medium);
        flag.workers = workerIdList(input, workers);
        flag.dates = dateList(dates);
        flag.subject = QStringLiteral("department:") + it.key();
        const QString what = worst->in ? QCoreApplication::translate("Checks", "punched in")
                                       : QCoreApplication::translate("Checks", "punched out");
        flag.summary =
            QCoreApplication::translate("Checks", "%1 of %2 workers in %3 %4 at exactly %5 on %6 (%7 day(s) like this)")
                .arg(worst->count)
                .arg(worst->present)
                .arg(department, what, AnalysisInput::clockText(worst->minute * 60),
                     AnalysisInput::isoDate(worst->date))
                .arg(dates.size());
        flag.evidence.insert(QStringLiteral("department"), it.key());
        flag.evidence.insert(QStringLiteral("days"), days);
        flag.evidence.insert(QStringLiteral("significance_level"), level);
        flag.evidence.insert(QStringLiteral("department_days_tested"), double(tests));
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
