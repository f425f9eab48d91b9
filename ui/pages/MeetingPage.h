#pragma once

#include "ui/workspace/WorkspacePage.h"

namespace fieldbook {

class MeetingPage : public WorkspacePage
{
    Q_OBJECT

public:
    MeetingPage(AuditPhase phase, WorkspaceContext& context, QWidget* parent = nullptr);

    AuditPhase phase() const override
    {
        return m_phase;
    }
    PhaseProgress progress() const override;
    void reload() override;

private:
    AuditPhase m_phase;
};

} // namespace fieldbook
