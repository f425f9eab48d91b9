#pragma once

#include "ui/workspace/WorkspacePage.h"

namespace fieldbook {

class ChecklistPhasePage : public WorkspacePage
{
    Q_OBJECT

public:
    ChecklistPhasePage(AuditPhase phase, WorkspaceContext& context, QWidget* parent = nullptr);

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
