#include "ui/pages/ChecklistPhasePage.h"

#include "app/fieldwork/PhaseProgressCalculator.h"
#include "ui/workspace/WorkspaceContext.h"

namespace fieldbook {

ChecklistPhasePage::ChecklistPhasePage(AuditPhase phase, WorkspaceContext& context, QWidget* parent)
    : WorkspacePage(context, parent), m_phase(phase)
{}

PhaseProgress ChecklistPhasePage::progress() const
{
    return PhaseProgressCalculator(context().database(), context().auditId()).progress(phase());
}

void ChecklistPhasePage::reload()
{}

} // namespace fieldbook
