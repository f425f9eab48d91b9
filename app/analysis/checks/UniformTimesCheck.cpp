#include "app/analysis/checks/UniformTimesCheck.h"
#include "app/analysis/checks/CheckSupport.h"
#include "app/analysis/stats/Distributions.h"
#include "app/analysis/stats/Robust.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <map>

namespace fieldbook {

using namespace checks;

namespace {
constexpr int kMinimumDays = 10;
// A third, not a half: cards kept at one pair on every other day are the same pen (subtlety
// curve, docs/checks.md); honest workers repeat a pair on a few percent of days.
constexpr double kMinimumShare = 1.0 / 3.0;
// Bounds of the chance share of a worker's most frequent (in, out) minute pair: real punches
// scatter by a few minutes each way, so even a very regular person repeats a pair on a few
// percent of days; the factory's own median is used between these bounds.
constexpr double kChanceFloor = 0.02;
constexpr double kChanceCeiling = 0.2;

struct Repetition
{
    int worker;
    int days;
    int repeats;
    int in;
    int out;
};
} // namespace

QStringList UniformTimesCheck::clauses() const
{
    return hoursClauses() + recordsClauses();
}

CheckDescription UniformTimesCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Same times every day"),
            QT_TRANSLATE_NOOP("CheckExplanations",
                              "A worker's in and out times are (nearly) the same day after day. Real punches "
                              "vary by a few minutes."),
            QStringLiteral("time_records"), QStringLiteral("punch_minutes")};
}

bool UniformTimesCheck::applies(const AnalysisInput& input) const
{
    return !input.records().timeRecords.empty();
}

QList<Flag> UniformTimesCheck::run(const AnalysisInput& input) const
{
    std::vector<Repetition> repetitions;
    std::vector<double> shares;
    for (int w = 0; w < input.workerCount(); ++w) {
        const std::vector<WorkDay>& days = input.days(w);
        if (int(days.size()) < kMinimumDays) {
            continue;
        }
        std::map<std::pair<int, int>, int> pairs;
        for (const WorkDay& day : days) {
            if (!input.isDeclaredManual(day)) {
                ++pairs[{day.firstIn / 60, day.lastOut / 60}];
            }
        }
        Repetition r{w, int(days.size()), 0, 0, 0};
        for (const auto& [pair, count] : pairs) {
            if (count > r.repeats) {
                r.repeats = count;
                r.in = pair.first;
                r.out = pair.second;
            }
        }
        repetitions.push_back(r);
        shares.push_back(double(r.repeats) / r.days);
    }
    const double chance = std::clamp(stats::median(shares), kChanceFloor, kChanceCeiling);
    const double level = perTestLevel(kFamilyAlpha, static_cast<long long>(repetitions.size()));

    QHash<QString, std::vector<std::pair<Repetition, double>>> byDepartment;
    for (const Repetition& r : repetitions) {
        if (double(r.repeats) / r.days < kMinimumShare) {
            continue;
        }
        const double pValue = stats::binomialUpperTail(r.repeats, r.days, chance);
        if (pValue < level) {
            byDepartment[input.department(r.worker)].push_back({r, pValue});
        }
    }
    QList<Flag> flags;
    for (auto it = byDepartment.cbegin(); it != byDepartment.cend(); ++it) {
        std::set<int> workers;
        QJsonArray perWorker;
        const Repetition* worst = nullptr;
        for (const auto& [r, pValue] : it.value()) {
            workers.insert(r.worker);
            if (!worst || double(r.repeats) / r.days > double(worst->repeats) / worst->days) {
                worst = &r;
            }
            perWorker.append(QJsonObject{{QStringLiteral("worker"), input.records().workerId(r.worker)},
                                         {QStringLiteral("days"), r.days},
                                         {QStringLiteral("days_at_same_times"), r.repeats},
                                         {QStringLiteral("in"), AnalysisInput::clockText(r.in * 60)},
                                         {QStringLiteral("out"), AnalysisInput::clockText(r.out * 60)},
                                         {QStringLiteral("p_value"), pValue}});
        }
        std::set<JulianDay> dates;
        for (const int w : workers) {
            for (const WorkDay& day : input.days(w)) {
                dates.insert(day.date);
            }
        }
        Flag flag = makeFlag(input, workers.size() >= 3 ? Severity::High : Severity::Medium);
        flag.workers = workerIdList(input, workers);
        flag.dates = dateList(dates);
        flag.subject = QStringLiteral("department:") + it.key();
        flag.summary =
            QCoreApplication::translate(
                "Checks", "%1 worker(s) in %2 punched the same times day after day, e.g. %3 on %4 of %5 days at %6–%7")
                .arg(workers.size())
                .arg(it.key().isEmpty() ? QCoreApplication::translate("Checks", "(no department)") : it.key(),
                     input.records().workerId(worst->worker))
                .arg(worst->repeats)
                .arg(worst->days)
                .arg(AnalysisInput::clockText(worst->in * 60), AnalysisInput::clockText(worst->out * 60));
        flag.evidence.insert(QStringLiteral("department"), it.key());
        flag.evidence.insert(QStringLiteral("workers"), perWorker);
        flag.evidence.insert(QStringLiteral("chance_share"), chance);
        flag.evidence.insert(QStringLiteral("significance_level"), level);
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
