#include "app/analysis/checks/MissingPunchesCheck.h"
#include "app/analysis/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>
#include <map>

namespace fieldbook {

using namespace checks;

namespace {
// Above this share of time rows, hours-based checks see too little of the time worked to be read
// without the paper cards: the flag says so at low severity.
constexpr double kIncompleteShare = 0.05;
} // namespace

QStringList MissingPunchesCheck::clauses() const
{
    return recordsClauses();
}

CheckDescription MissingPunchesCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Missing punches"),
            QT_TRANSLATE_NOOP("CheckExplanations",
                              "Time records with a forgotten clock-in or clock-out: the worker was present, the "
                              "hours are unknown and not counted. Ask for the paper card or the supervisor's "
                              "correction."),
            QStringLiteral("time_records"), QString()};
}

bool MissingPunchesCheck::applies(const AnalysisInput& input) const
{
    return !input.missingPunches().empty();
}

QList<Flag> MissingPunchesCheck::run(const AnalysisInput& input) const
{
    const std::vector<TimeRecord>& missing = input.missingPunches();
    std::set<int> workers;
    std::set<JulianDay> dates;
    int missingIn = 0;
    int missingOut = 0;
    std::map<int, int> perWorker;
    QJsonArray lines;
    for (const TimeRecord& r : missing) {
        workers.insert(r.worker);
        dates.insert(r.date);
        missingIn += (r.missing & TimeRecord::MissingIn) ? 1 : 0;
        missingOut += (r.missing & TimeRecord::MissingOut) ? 1 : 0;
        ++perWorker[r.worker];
        if (lines.size() < 200) {
            lines.append(r.line);
        }
    }
    const double rows = double(missing.size() + input.records().timeRecords.size());
    const double share = rows > 0 ? double(missing.size()) / rows : 0;
    Flag flag = makeFlag(input, share > kIncompleteShare ? Severity::Low : Severity::Info);
    flag.workers = workerIdList(input, workers);
    flag.dates = dateList(dates);
    flag.summary =
        QCoreApplication::translate("Checks", "%1 time record(s) of %2 worker(s) on %3 day(s) lack a clock-in or "
                                              "clock-out: present, hours unknown, not counted")
            .arg(missing.size())
            .arg(workers.size())
            .arg(dates.size());
    int most = 0;
    for (const auto& [worker, count] : perWorker) {
        most = std::max(most, count);
    }
    flag.evidence.insert(QStringLiteral("rows"), qint64(missing.size()));
    flag.evidence.insert(QStringLiteral("missing_time_in"), missingIn);
    flag.evidence.insert(QStringLiteral("missing_time_out"), missingOut);
    flag.evidence.insert(QStringLiteral("share_of_time_rows"), std::round(share * 10000) / 10000);
    flag.evidence.insert(QStringLiteral("most_for_one_worker"), most);
    flag.evidence.insert(QStringLiteral("lines"), lines);
    return {flag};
}

} // namespace fieldbook
