#pragma once

#include "ui/workspace/WorkspacePage.h"

namespace fieldbook {

// Stands in for a phase whose page is not built yet: says so plainly instead of an empty area.
class PlaceholderPage : public WorkspacePage
{
    Q_OBJECT

public:
    PlaceholderPage(AuditPhase phase, WorkspaceContext& context, QWidget* parent = nullptr);

    AuditPhase phase() const override
    {
        return m_phase;
    }
    void reload() override
    {}

private:
    AuditPhase m_phase;
};

} // namespace fieldbook
