#include "ui/pages/FindingsPage.h"

#include "app/fieldwork/PhaseProgressCalculator.h"
#include "ui/workspace/WorkspaceContext.h"

namespace fieldbook {

FindingsPage::FindingsPage(WorkspaceContext& context, QWidget* parent) : WorkspacePage(context, parent)
{}

PhaseProgress FindingsPage::progress() const
{
    return PhaseProgressCalculator(context().database(), context().auditId()).progress(phase());
}

void FindingsPage::reload()
{}

} // namespace fieldbook
