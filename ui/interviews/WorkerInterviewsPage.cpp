#include "ui/interviews/WorkerInterviewsPage.h"

#include "app/interviews/InterviewSampler.h"
#include "ui/interviews/InterviewsPanel.h"
#include "ui/interviews/SamplePanel.h"
#include "ui/workspace/StatusMessage.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fieldbook {

WorkerInterviewsPage::WorkerInterviewsPage(WorkspaceContext& context, QWidget* parent) : WorkspacePage(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("interviewProgress"));
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workerInterviewTabs"));
    m_interviews = new InterviewsPanel(context, QStringLiteral("worker"), m_tabs);
    m_sample = new SamplePanel(context, m_tabs);
    m_tabs->addTab(m_interviews, tr("Interviews"));
    m_tabs->addTab(m_sample, tr("Sample: who to interview"));
    layout->addWidget(m_tabs, 1);

    const auto status = [this](const QString& text) {
        showStatusMessage(this, text);
    };
    connect(m_interviews, &InterviewsPanel::message, this, status);
    connect(m_sample, &SamplePanel::message, this, status);
    connect(m_interviews, &InterviewsPanel::changed, this, [this] {
        updateHeader();
        emit progressChanged();
    });
    connect(m_sample, &SamplePanel::changed, this, [this] {
        updateHeader();
        emit progressChanged();
    });
    connect(m_sample, &SamplePanel::interviewRequested, this, &WorkerInterviewsPage::interviewWorker);
}

void WorkerInterviewsPage::reload()
{
    m_sample->reload();
    m_interviews->reload();
    if (!m_loaded) {
        // The sample comes first in a visit; once interviews exist they are what the auditor works on.
        m_tabs->setCurrentWidget(m_interviews->interviewCount() > 0 ? static_cast<QWidget*>(m_interviews)
                                                                    : static_cast<QWidget*>(m_sample));
        m_loaded = true;
    }
    updateHeader();
}

void WorkerInterviewsPage::updateHeader()
{
    const PhaseProgress p = progress();
    m_header->setText(tr("%1 of %2 planned workers interviewed (%3 interviews) · %4 answers given · keys: "
                         "Ctrl+Shift+N new interview, Ctrl+Shift+G new group interview")
                          .arg(m_interviews->participantCount())
                          .arg(p.total)
                          .arg(m_interviews->interviewCount())
                          .arg(m_interviews->answeredCount()));
}

void WorkerInterviewsPage::interviewWorker(const RegisterWorker& worker, const QString& format)
{
    m_tabs->setCurrentWidget(m_interviews);
    m_interviews->newInterview(format, &worker);
}

} // namespace fieldbook
