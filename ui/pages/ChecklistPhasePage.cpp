#include "ui/pages/ChecklistPhasePage.h"

#include "ui/checklist/ChecklistWidget.h"
#include "ui/workspace/StatusMessage.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fieldbook {

QString ChecklistPhasePage::methodOf(AuditPhase phase)
{
    switch (phase) {
    case AuditPhase::SiteTour:
        return QStringLiteral("observation");
    case AuditPhase::DocumentReview:
        return QStringLiteral("document_review");
    default:
        return {};
    }
}

ChecklistPhasePage::ChecklistPhasePage(AuditPhase phase, WorkspaceContext& context, QWidget* parent)
    : WorkspacePage(context, parent), m_phase(phase)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(phase == AuditPhase::SiteTour
                                 ? tr("Walk the site and answer what you can see. Take photos as evidence.")
                                 : tr("Read the documents and records each question names, and note what you found."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_checklist = new ChecklistWidget(context, methodOf(phase), this);
    layout->addWidget(m_checklist, 1);
    connect(m_checklist, &ChecklistWidget::message, this,
            [this](const QString& text) { showStatusMessage(this, text); });
    connect(&context, &WorkspaceContext::auditDataChanged, this, [this](DataArea area) {
        if (area == DataArea::Checklist) {
            emit progressChanged();
        }
    });
}

void ChecklistPhasePage::flushEdits()
{
    WorkspacePage::flushEdits();
    m_checklist->flushEdits();
}

QVariant ChecklistPhasePage::viewState() const
{
    return m_checklist->viewState();
}

void ChecklistPhasePage::restoreViewState(const QVariant& state)
{
    m_checklist->restoreViewState(state.toMap());
}

void ChecklistPhasePage::reload()
{
    m_checklist->reload();
}

} // namespace fieldbook
