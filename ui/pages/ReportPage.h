#pragma once

#include "ui/workspace/WorkspacePage.h"

namespace fieldbook {

class ReportPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit ReportPage(WorkspaceContext& context, QWidget* parent = nullptr);

    AuditPhase phase() const override
    {
        return AuditPhase::Report;
    }
    PhaseProgress progress() const override;
    void reload() override;
};

} // namespace fieldbook
