#include "ui/workspace/PlaceholderPage.h"

#include "ui/workspace/WorkspaceContext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fieldbook {

PlaceholderPage::PlaceholderPage(AuditPhase phase, WorkspaceContext& context, QWidget* parent)
    : WorkspacePage(context, parent), m_phase(phase)
{
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("The %1 page is not available in this build yet.").arg(auditPhaseTitle(phase)), this);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    layout->addWidget(label);
}

} // namespace fieldbook
