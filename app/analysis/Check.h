#pragma once

#include "app/analysis/AnalysisInput.h"
#include "app/analysis/Flag.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fieldbook {

// What a check tells people about itself, in one place that the GUI, the CLI and the PDF read
// (CheckDescriptions): a short title, a plain-language explanation, the records shown behind a
// flag (FlagRecordLoader) and its chart (FlagChartBuilder). TestCheckDescriptions walks every
// registered check and fails on a missing part.
struct CheckDescription
{
    const char* title = nullptr;       // QT_TRANSLATE_NOOP("CheckTitles", ...)
    const char* explanation = nullptr; // QT_TRANSLATE_NOOP("CheckExplanations", ...)
    // time_records, payroll, workers, production, gate_and_time or interviews
    QString records;
    // punch_minutes, weekly_hours, benford or production_hours; empty: no chart
    QString chart;
};

// One check: one kind of finding (formats.md's check names), one job.
// run() must be safe to call from a worker thread while other checks run: it only reads the input.
class Check
{
public:
    virtual ~Check() = default;
    virtual QString name() const = 0;
    // Every clause the check supports, for all codes ("sa8000:7", "rba:A3", "wrap:6").
    virtual QStringList clauses() const = 0;
    virtual CheckDescription description() const = 0;
    // False when the records it needs are absent (no production file, no interviews...).
    virtual bool applies(const AnalysisInput& input) const = 0;
    virtual QList<Flag> run(const AnalysisInput& input) const = 0;

protected:
    // A flag of this check with the clauses of the audit's codes filled in.
    Flag makeFlag(const AnalysisInput& input, Severity severity) const;
};

} // namespace fieldbook
