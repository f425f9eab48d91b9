#include "ui/pages/ReportPage.h"

#include "app/fieldwork/PhaseProgressCalculator.h"
#include "ui/workspace/WorkspaceContext.h"

namespace fieldbook {

ReportPage::ReportPage(WorkspaceContext& context, QWidget* parent) : WorkspacePage(context, parent)
{}

PhaseProgress ReportPage::progress() const
{
    return PhaseProgressCalculator(context().database(), context().auditId()).progress(phase());
}

void ReportPage::reload()
{}

} // namespace fieldbook
