#include "ui/pages/MeetingPage.h"

#include "app/fieldwork/PhaseProgressCalculator.h"
#include "ui/workspace/WorkspaceContext.h"

namespace fieldbook {

MeetingPage::MeetingPage(AuditPhase phase, WorkspaceContext& context, QWidget* parent)
    : WorkspacePage(context, parent), m_phase(phase)
{}

PhaseProgress MeetingPage::progress() const
{
    return PhaseProgressCalculator(context().database(), context().auditId()).progress(phase());
}

void MeetingPage::reload()
{}

} // namespace fieldbook
