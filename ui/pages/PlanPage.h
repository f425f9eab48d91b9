#pragma once

#include "ui/workspace/WorkspacePage.h"

namespace fieldbook {

class PlanPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit PlanPage(WorkspaceContext& context, QWidget* parent = nullptr);

    AuditPhase phase() const override
    {
        return AuditPhase::Plan;
    }
    PhaseProgress progress() const override;
    void reload() override;
};

} // namespace fieldbook
