#pragma once

#include "ui/workspace/WorkspacePage.h"

class QLabel;
class QTabWidget;

namespace fieldbook {

class InterviewsPanel;
class SamplePanel;
struct RegisterWorker;

// Phase "Worker interviews": the interviews held (list and form) and the sample that says how
// many and which workers to interview. Opens on the sample until the first interview exists.
class WorkerInterviewsPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit WorkerInterviewsPage(WorkspaceContext& context, QWidget* parent = nullptr);

    AuditPhase phase() const override
    {
        return AuditPhase::WorkerInterviews;
    }
    void reload() override;

    InterviewsPanel* interviews() const
    {
        return m_interviews;
    }
    SamplePanel* sample() const
    {
        return m_sample;
    }
    QTabWidget* tabs() const
    {
        return m_tabs;
    }

private:
    void updateHeader();
    void interviewWorker(const RegisterWorker& worker, const QString& format);

    QLabel* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    InterviewsPanel* m_interviews = nullptr;
    SamplePanel* m_sample = nullptr;
    bool m_loaded = false;
};

} // namespace fieldbook
