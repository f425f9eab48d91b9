#include "ui/pages/PlanPage.h"

#include "app/fieldwork/PhaseProgressCalculator.h"
#include "ui/workspace/WorkspaceContext.h"

namespace fieldbook {

PlanPage::PlanPage(WorkspaceContext& context, QWidget* parent) : WorkspacePage(context, parent)
{}

PhaseProgress PlanPage::progress() const
{
    return PhaseProgressCalculator(context().database(), context().auditId()).progress(phase());
}

void PlanPage::reload()
{}

} // namespace fieldbook
