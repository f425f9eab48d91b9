#pragma once

#include "ui/workspace/WorkspacePage.h"

namespace fieldbook {

class FindingsPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit FindingsPage(WorkspaceContext& context, QWidget* parent = nullptr);

    AuditPhase phase() const override
    {
        return AuditPhase::Findings;
    }
    PhaseProgress progress() const override;
    void reload() override;
};

} // namespace fieldbook
