#include "ui/interviews/ManagementInterviewPage.h"

#include "app/fieldwork/PhaseProgressCalculator.h"
#include "ui/interviews/InterviewsPanel.h"
#include "ui/workspace/StatusMessage.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fieldbook {

ManagementInterviewPage::ManagementInterviewPage(WorkspaceContext& context, QWidget* parent)
    : WorkspacePage(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("interviewProgress"));
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    m_interviews = new InterviewsPanel(context, QStringLiteral("management"), this);
    layout->addWidget(m_interviews, 1);
    connect(m_interviews, &InterviewsPanel::message, this,
            [this](const QString& text) { showStatusMessage(this, text); });
    connect(m_interviews, &InterviewsPanel::changed, this, [this] {
        updateHeader();
        emit progressChanged();
    });
}

void ManagementInterviewPage::reload()
{
    m_interviews->reload();
    updateHeader();
}

void ManagementInterviewPage::updateHeader()
{
    m_header->setText(tr("%1 of %2 planned management interviews held (at least HR, production, health and "
                         "safety) · %3 answers given · Ctrl+Shift+N new interview")
                          .arg(m_interviews->interviewCount())
                          .arg(PhaseProgressCalculator::kManagementInterviewsPlanned)
                          .arg(m_interviews->answeredCount()));
}

} // namespace fieldbook
