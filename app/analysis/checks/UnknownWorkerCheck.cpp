#include "app/analysis/checks/UnknownWorkerCheck.h"
#include "app/analysis/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fieldbook {

using namespace checks;

QStringList UnknownWorkerCheck::clauses() const
{
    return recordsClauses() + ageClauses();
}

CheckDescription UnknownWorkerCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Unknown worker"),
            QT_TRANSLATE_NOOP("CheckExplanations",
                              "Records for worker ids missing from the register: hidden or unregistered "
                              "workers?"),
            QStringLiteral("time_records"), QString()};
}

bool UnknownWorkerCheck::applies(const AnalysisInput& input) const
{
    return !input.records().workers.empty();
}

QList<Flag> UnknownWorkerCheck::run(const AnalysisInput& input) const
{
    const size_t n = size_t(input.workerCount());
    std::vector<int> time(n, 0), pay(n, 0), gate(n, 0);
    for (const TimeRecord& r : input.records().timeRecords) {
        if (r.worker >= 0 && size_t(r.worker) < n && input.registerEntry(r.worker) < 0) {
            ++time[size_t(r.worker)];
        }
    }
    for (const PayrollRecord& r : input.records().payroll) {
        if (r.worker >= 0 && size_t(r.worker) < n && input.registerEntry(r.worker) < 0) {
            ++pay[size_t(r.worker)];
        }
    }
    for (const GateEvent& r : input.records().gateEvents) {
        if (r.worker >= 0 && size_t(r.worker) < n && input.registerEntry(r.worker) < 0) {
            ++gate[size_t(r.worker)];
        }
    }
    std::set<int> unknown;
    std::set<JulianDay> dates;
    QJsonArray perWorker;
    for (size_t w = 0; w < n; ++w) {
        if (time[w] + pay[w] + gate[w] == 0) {
            continue;
        }
        unknown.insert(int(w));
        for (const WorkDay& day : input.days(int(w))) {
            dates.insert(day.date);
        }
        perWorker.append(QJsonObject{{QStringLiteral("worker"), input.records().workerId(int(w))},
                                     {QStringLiteral("time_records"), time[w]},
                                     {QStringLiteral("payroll_rows"), pay[w]},
                                     {QStringLiteral("gate_events"), gate[w]}});
    }
    if (unknown.empty()) {
        return {};
    }
    // Workers who clock in but are not on the register are hidden workers: often the youngest.
    Flag flag = makeFlag(input, Severity::High);
    flag.workers = workerIdList(input, unknown);
    flag.dates = dateList(dates);
    flag.subject = QStringLiteral("register");
    flag.summary = QCoreApplication::translate("Checks", "%1 worker id(s) in the records are missing from the register")
                       .arg(unknown.size());
    flag.evidence.insert(QStringLiteral("workers"), perWorker);
    return {flag};
}

} // namespace fieldbook
