#include "app/analysis/checks/RoundTimesCheck.h"
#include "app/analysis/checks/CheckSupport.h"
#include "app/analysis/stats/Distributions.h"
#include "app/analysis/stats/Robust.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace fieldbook {

using namespace checks;

namespace {
constexpr int kMinimumPunches = 20;
// Chance model: each punch could have fallen anywhere within +-h minutes of where it fell, h
// from the worker's own spread (at least 7 minutes); the chance of a "round" minute is the share of
// round minutes in that window. Heaps must also be large: half the punches on the round minutes.
constexpr int kMinimumHalfWindow = 7;
constexpr double kMinimumShare = 0.5;

struct Preference
{
    int period; // 30: :00 and :30; 5: minutes ending in 0 or 5
    const char* label;
};
constexpr Preference kPreferences[] = {{30, ":00/:30"}, {5, ":x0/:x5"}};

struct Heaping
{
    int worker;
    int punches;
    int round;
    double expected;
    double pValue;
    const char* label;
};
} // namespace

QStringList RoundTimesCheck::clauses() const
{
    return hoursClauses() + recordsClauses();
}

CheckDescription RoundTimesCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Round punch times"),
            QT_TRANSLATE_NOOP("CheckExplanations",
                              "Punch minutes heap on :00, :30 or another digit more than chance allows: times "
                              "may have been written, not punched."),
            QStringLiteral("time_records"), QStringLiteral("punch_minutes")};
}

bool RoundTimesCheck::applies(const AnalysisInput& input) const
{
    return !input.records().timeRecords.empty();
}

QList<Flag> RoundTimesCheck::run(const AnalysisInput& input) const
{
    int tested = 0;
    std::vector<std::pair<int, std::vector<int>>> punchesByWorker;
    for (int w = 0; w < input.workerCount(); ++w) {
        const std::vector<WorkDay>& days = input.days(w);
        if (int(days.size()) * 2 < kMinimumPunches) {
            continue;
        }
        std::vector<int> minutes;
        minutes.reserve(days.size() * 2);
        for (const WorkDay& day : days) {
            if (input.isDeclaredManual(day)) {
                continue;
            }
            minutes.push_back(day.firstIn / 60);
            minutes.push_back(day.lastOut / 60);
        }
        punchesByWorker.emplace_back(w, std::move(minutes));
        ++tested;
    }
    const double level = perTestLevel(kFamilyAlpha, 2LL * tested);

    QHash<QString, std::vector<Heaping>> byDepartment;
    for (const auto& [worker, minutes] : punchesByWorker) {
        // The worker's spread: MAD of in-minutes around their median, scaled to a sd.
        std::vector<double> ins;
        for (size_t i = 0; i < minutes.size(); i += 2) {
            ins.push_back(minutes[i]);
        }
        const int halfWindow =
            std::max(kMinimumHalfWindow, int(std::ceil(1.4826 * stats::medianAbsoluteDeviation(ins))));
        for (const Preference& preference : kPreferences) {
            int round = 0;
            double expected = 0;
            for (const int minute : minutes) {
                if (minute % preference.period == 0) {
                    ++round;
                }
                // Multiples of the period in [minute - h, minute + h] (minutes are non-negative + offset).
                const int shift = 10 * preference.period * (halfWindow / preference.period + 2);
                const int lo = minute - halfWindow + shift;
                const int hi = minute + halfWindow + shift;
                const int inWindow = hi / preference.period - (lo - 1) / preference.period;
                expected += double(inWindow) / (2 * halfWindow + 1);
            }
            const int n = int(minutes.size());
            if (double(round) / n < kMinimumShare) {
                continue;
            }
            const double pValue = stats::binomialUpperTail(round, n, expected / n);
            if (pValue < level) {
                byDepartment[input.department(worker)].push_back(
                    {worker, n, round, expected, pValue, preference.label});
                break; // :00/:30 implies :x0/:x5; report the stronger preference only
            }
        }
    }
    QList<Flag> flags;
    for (auto it = byDepartment.cbegin(); it != byDepartment.cend(); ++it) {
        std::set<int> workers;
        std::set<JulianDay> dates;
        QJsonArray perWorker;
        const Heaping* worst = nullptr;
        for (const Heaping& h : it.value()) {
            workers.insert(h.worker);
            if (!worst || double(h.round) / h.punches > double(worst->round) / worst->punches) {
                worst = &h;
            }
            for (const WorkDay& day : input.days(h.worker)) {
                dates.insert(day.date);
            }
            perWorker.append(QJsonObject{{QStringLiteral("worker"), input.records().workerId(h.worker)},
                                         {QStringLiteral("punches"), h.punches},
                                         {QStringLiteral("on_round_minutes"), h.round},
                                         {QStringLiteral("round_minutes"), QLatin1String(h.label)},
                                         {QStringLiteral("expected_by_chance"), std::round(h.expected * 10) / 10},
                                         {QStringLiteral("p_value"), h.pValue}});
        }
        Flag flag = makeFlag(input, workers.size() >= 3 ? Severity::High : Severity::Medium);
        flag.workers = workerIdList(input, workers);
        flag.dates = dateList(dates);
        flag.subject = QStringLiteral("department:") + it.key();
        flag.summary =
            QCoreApplication::translate("Checks", "%1 worker(s) in %2 punch on round minutes far beyond chance, e.g. "
                                                  "%3: %4 of %5 punches on %6 (chance: %7)")
                .arg(workers.size())
                .arg(it.key().isEmpty() ? QCoreApplication::translate("Checks", "(no department)") : it.key(),
                     input.records().workerId(worst->worker))
                .arg(worst->round)
                .arg(worst->punches)
                .arg(QLatin1String(worst->label), QString::number(worst->expected, 'f', 1));
        flag.evidence.insert(QStringLiteral("department"), it.key());
        flag.evidence.insert(QStringLiteral("workers"), perWorker);
        flag.evidence.insert(QStringLiteral("significance_level"), level);
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
