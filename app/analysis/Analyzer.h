#pragma once

#include "app/analysis/Check.h"
#include "app/analysis/Flag.h"
#include "app/params/AuditParams.h"
#include "app/records/RecordSet.h"

#include <QJsonObject>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace fieldbook {

struct AnalysisResult
{
    QList<Flag> flags;        // sorted: severity (worst first), check, first worker, first date, summary
    QJsonObject recordCounts; // formats.md "records": what was analysed, inside the period
    QStringList checksRun;
    QStringList checksSkipped; // not applicable: the records they need are absent
    bool cancelled = false;
};

// Runs the checks on a record set: filters to the params' period, runs the applicable checks in
// parallel (QtConcurrent, never on the GUI thread: call run() from a background thread there), and
// sorts the flags so the same records always give the same output.
class Analyzer
{
public:
    using Progress = std::function<void(int done, int total)>;

    explicit Analyzer(AuditParams params);
    void setChecks(std::vector<std::shared_ptr<const Check>> checks); // default: every check
    void setProgress(Progress progress);                              // called from worker threads
    // Checked between checks: a cancelled run stops starting new checks and returns what it has.
    void setCancelFlag(const std::atomic<bool>* cancel);

    AnalysisResult run(const RecordSet& records) const;
    // The same with records the caller gives away: analysed where they lie, not copied.
    AnalysisResult run(RecordSet&& records) const;

    static void sortFlags(QList<Flag>& flags);

private:
    AnalysisResult runOn(const AnalysisInput& input) const;

    AuditParams m_params;
    std::vector<std::shared_ptr<const Check>> m_checks;
    Progress m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace fieldbook
