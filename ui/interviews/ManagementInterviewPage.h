#pragma once

#include "ui/workspace/WorkspacePage.h"

class QLabel;

namespace fieldbook {

class InterviewsPanel;

// Phase "Management interview": interviews with managers (HR, production, health and safety...),
// each with its role and the checklist's management-interview questions.
class ManagementInterviewPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit ManagementInterviewPage(WorkspaceContext& context, QWidget* parent = nullptr);

    AuditPhase phase() const override
    {
        return AuditPhase::ManagementInterview;
    }
    void reload() override;

    InterviewsPanel* interviews() const
    {
        return m_interviews;
    }

private:
    void updateHeader();

    QLabel* m_header = nullptr;
    InterviewsPanel* m_interviews = nullptr;
};

} // namespace fieldbook
