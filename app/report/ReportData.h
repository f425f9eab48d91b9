#pragma once

#include "app/analysis/FlagDisposition.h"
#include "app/fieldwork/ComplianceStats.h"
#include "app/params/ParamsResolver.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace fieldbook {

// Everything the PDF report shows about one audit, gathered from the store by ReportDataLoader.
// Deliberately holds no personal data: no worker names, ids or interview free text, only counts
// and aggregates (docs/architecture.md, "Personal data").
struct ReportTeamMember
{
    QString name; // auditors are named in the report; workers never are
    QString role;
    QString gender;
};

struct ReportFinding
{
    QString title;
    QString description;
    QString severity;
    QString status;
    QString section;
    QStringList clauses;       // "code:clause" of every code
    QString evidenceText;      // what the auditor saw, as written
    QStringList evidenceFiles; // file names of attached evidence (see the appendix for hashes)
    QString rootCause;
    int number = 0; // F-01, F-02 ... in report order
};

struct ReportCorrectiveAction
{
    int findingNumber = 0;
    QString findingTitle;
    QString corrective;
    QString preventive;
    QString responsible;
    QString dueDate;
    QString status;
};

// A count per value of one interview attribute (kind, format, location, department, gender).
using ReportTally = QList<QPair<QString, int>>;

struct ReportInterviewSummary
{
    int interviews = 0;
    int participants = 0;
    ReportTally byKind;
    ReportTally byFormat;
    ReportTally byLocation;
    ReportTally byDepartment;
    ReportTally byGender;
    // Structured answers: averages over the interviews that gave one (count beside each).
    double meanStatedWeeklyHours = -1;
    int statedWeeklyHoursCount = 0;
    double meanStatedMonthlyPay = -1;
    int statedMonthlyPayCount = 0;
    int overtimeVoluntaryYes = 0;
    int overtimeVoluntaryNo = 0;
    int coachingSuspected = 0;
};

struct ReportRecordImport
{
    QString kind;
    QString fileName;
    int rows = 0;
    int quarantined = 0;
    QString sha256;
};

struct ReportFlagGroup
{
    QString checkName;
    QString severity;
    int total = 0;
    int open = 0;
    int confirmed = 0;
    int dismissed = 0;
    QStringList dismissalReasons; // distinct reasons the auditor gave
};

// One flag of the latest analysis and the auditor's decision on it, for the annex that shows a
// reviewer what was set aside. No summary: summaries name workers; the counts and dates do not.
struct ReportFlag
{
    QString checkName;
    QString severity;
    FlagDisposition disposition = FlagDisposition::Open;
    QString reason;        // the auditor's reason for a dismissal (or a confirmation's note)
    int findingNumber = 0; // F-nn of the finding it was confirmed as; 0: none
    int workers = 0;
    QString firstDate;
    QString lastDate;
};

struct ReportEvidence
{
    QString fileName;
    qint64 sizeBytes = 0;
    QString sha256;
    QString attachedTo; // "Finding F-02", a checklist section, or "Audit"
};

struct ReportData
{
    // Cover
    QString auditUuid;
    QString title;
    QString facilityName;
    QString facilityAddress;
    QString facilityCity;
    QString country;
    QString industry;
    int headcount = -1;
    QString language;
    QString auditType;
    QString status;
    QString startDate;
    QString endDate;
    QString periodStart;
    QString periodEnd;
    QString scope;
    QString paidBy;
    QString announcement;
    QStringList codes; // catalog ids with edition where known, e.g. "sa8000:2014"
    QList<ReportTeamMember> team;

    // Compliance
    QList<ComplianceCount> bySection;
    QList<ComplianceCount> byCode;
    int questions = 0;

    QList<ReportFinding> findings;
    QList<ReportCorrectiveAction> actions;
    ReportInterviewSummary interviews;
    QList<ReportRecordImport> imports;
    int analysisRuns = 0;
    QString lastAnalysisAt;
    QList<ReportFlagGroup> flags;
    QList<ReportFlag> flagList;        // every flag of the latest analysis, in the order of `flags`
    QHash<qint64, int> findingNumbers; // findings.id -> F-nn number, for the flag annex
    QList<ReportEvidence> evidence;
    std::optional<ResolvedParams> thresholds; // as the checks apply them, with sources

    // severity -> count, for findings (not withdrawn) and flags (not stale)
    QMap<QString, int> findingsBySeverity() const;
    QMap<QString, int> flagsBySeverity() const;
};

} // namespace fieldbook
