#include "ui/workspace/PageFactory.h"

#include "ui/interviews/ManagementInterviewPage.h"
#include "ui/interviews/WorkerInterviewsPage.h"
#include "ui/pages/ChecklistPhasePage.h"
#include "ui/pages/FindingsPage.h"
#include "ui/pages/MeetingPage.h"
#include "ui/pages/PlanPage.h"
#include "ui/pages/ReportPage.h"
#include "ui/records/RecordAnalysisPage.h"
#include "ui/workspace/PlaceholderPage.h"

namespace fieldbook {

WorkspacePage* PageFactory::create(AuditPhase phase, WorkspaceContext& context, QWidget* parent)
{
    switch (phase) {
    case AuditPhase::Plan:
        return new PlanPage(context, parent);
    case AuditPhase::OpeningMeeting:
        return new MeetingPage(AuditPhase::OpeningMeeting, context, parent);
    case AuditPhase::SiteTour:
        return new ChecklistPhasePage(AuditPhase::SiteTour, context, parent);
    case AuditPhase::DocumentReview:
        return new ChecklistPhasePage(AuditPhase::DocumentReview, context, parent);

    case AuditPhase::WorkerInterviews:
        return new WorkerInterviewsPage(context, parent);

    case AuditPhase::ManagementInterview:
        return new ManagementInterviewPage(context, parent);

    case AuditPhase::RecordAnalysis:
        return new RecordAnalysisPage(context, parent);

    case AuditPhase::Findings:
        return new FindingsPage(context, parent);
    case AuditPhase::ClosingMeeting:
        return new MeetingPage(AuditPhase::ClosingMeeting, context, parent);
    case AuditPhase::Report:
        return new ReportPage(context, parent);
    }
    return nullptr;
}

} // namespace fieldbook
