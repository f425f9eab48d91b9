#include "app/analysis/Analyzer.h"
#include "app/analysis/AnalysisInput.h"
#include "app/analysis/CheckRegistry.h"

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace fieldbook {

Analyzer::Analyzer(AuditParams params) : m_params(std::move(params)), m_checks(CheckRegistry::allChecks())
{}

void Analyzer::setChecks(std::vector<std::shared_ptr<const Check>> checks)
{
    m_checks = std::move(checks);
}

void Analyzer::setProgress(Progress progress)
{
    m_progress = std::move(progress);
}

void Analyzer::setCancelFlag(const std::atomic<bool>* cancel)
{
    m_cancel = cancel;
}

AnalysisResult Analyzer::run(const RecordSet& records) const
{
    return runOn(AnalysisInput(records, m_params));
}

AnalysisResult Analyzer::run(RecordSet&& records) const
{
    return runOn(AnalysisInput(std::move(records), m_params));
}

AnalysisResult Analyzer::runOn(const AnalysisInput& input) const
{
    AnalysisResult result;
    const RecordSet& kept = input.records();
    result.recordCounts.insert(QStringLiteral("workers"), int(kept.workers.size()));
    result.recordCounts.insert(QStringLiteral("time_records"), int(kept.timeRecords.size()));
    result.recordCounts.insert(QStringLiteral("payroll"), int(kept.payroll.size()));
    if (!kept.production.empty()) {
        result.recordCounts.insert(QStringLiteral("production"), int(kept.production.size()));
    }
    if (!kept.gateEvents.empty()) {
        result.recordCounts.insert(QStringLiteral("gate_log"), int(kept.gateEvents.size()));
    }
    if (!kept.interviews.empty()) {
        result.recordCounts.insert(QStringLiteral("interviews"), int(kept.interviews.size()));
    }

    std::vector<std::shared_ptr<const Check>> applicable;
    for (const auto& check : m_checks) {
        if (check->applies(input)) {
            applicable.push_back(check);
            result.checksRun.append(check->name());
        } else {
            result.checksSkipped.append(check->name());
        }
    }
    const int total = int(applicable.size());
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};
    const auto runOne = [&](const std::shared_ptr<const Check>& check) -> QList<Flag> {
        if (m_cancel && m_cancel->load()) {
            cancelled = true;
            return {};
        }
        QList<Flag> flags = check->run(input);
        const int finished = ++done;
        if (m_progress) {
            m_progress(finished, total);
        }
        return flags;
    };
    // The checks are independent and only read the input: run them side by side. A pool of our own,
    // so a GUI that calls run() from a global-pool task cannot starve it.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    const QList<QList<Flag>> perCheck = QtConcurrent::blockingMapped<QList<QList<Flag>>>(&pool, applicable, runOne);
    for (const QList<Flag>& flags : perCheck) {
        result.flags += flags;
    }
    result.cancelled = cancelled.load();
    sortFlags(result.flags);
    return result;
}

void Analyzer::sortFlags(QList<Flag>& flags)
{
    std::stable_sort(flags.begin(), flags.end(), [](const Flag& a, const Flag& b) {
        if (a.severity != b.severity) {
            return a.severity > b.severity;
        }
        if (a.check != b.check) {
            return a.check < b.check;
        }
        const QString wa = a.workers.value(0);
        const QString wb = b.workers.value(0);
        if (wa != wb) {
            return wa < wb;
        }
        const QString da = a.dates.value(0);
        const QString db = b.dates.value(0);
        if (da != db) {
            return da < db;
        }
        if (a.subject != b.subject) {
            return a.subject < b.subject;
        }
        return a.summary < b.summary;
    });
}

} // namespace fieldbook
