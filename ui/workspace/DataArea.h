#pragma once

#include <QMetaType>

namespace fieldbook {

// What part of an audit an edit touched, announced by WorkspaceContext::auditDataChanged() so
// that the pages showing that part reload (and nothing else does). One value per kind of data a
// page shows; an edit names the area of the page that owns the data, not the table it wrote.
enum class DataArea
{
    Plan,              // audit, facility and profile (the Plan page)
    Thresholds,        // the audit's params_json: thresholds and the reasons for overrides
    Team,              // audit_team
    Checklist,         // checklist answers and notes
    Evidence,          // evidence files of questions and findings
    InterviewPlan,     // the interview sample
    Interviews,        // interviews and their answers
    Records,           // imported factory records
    Analysis,          // analysis runs and flag decisions
    Findings,          // findings
    CorrectiveActions, // corrective actions of findings
    Meetings,          // opening/closing meeting notes and agenda (phase_notes)
    Sync               // packages imported, conflicts resolved
};

} // namespace fieldbook

Q_DECLARE_METATYPE(fieldbook::DataArea)
