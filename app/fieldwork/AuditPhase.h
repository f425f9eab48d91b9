#pragma once

#include <QList>
#include <QString>

namespace fieldbook {

// The phases of a visit, in the order an audit runs (issue: fieldwork desktop).
// Ids are stored in audits.current_phase and phase_notes.phase: never rename them.
enum class AuditPhase
{
    Plan,
    OpeningMeeting,
    SiteTour,
    DocumentReview,
    WorkerInterviews,
    ManagementInterview,
    RecordAnalysis,
    Findings,
    ClosingMeeting,
    Report,
};

QList<AuditPhase> allAuditPhases();
QString auditPhaseId(AuditPhase phase); // "plan", "opening_meeting", ...
bool auditPhaseFromId(const QString& id, AuditPhase* phase);
QString auditPhaseTitle(AuditPhase phase); // translated, for people

// Progress of a phase: how much of its work is done.
struct PhaseProgress
{
    int done = 0;
    int total = 0;
    double fraction() const
    {
        return total > 0 ? double(done) / total : 0.0;
    }
};

} // namespace fieldbook
