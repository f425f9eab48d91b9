#pragma once

#include "ui/workspace/WorkspacePage.h"

namespace fieldbook {

class ChecklistWidget;

// Site tour and document review: the checklist, first filtered to the questions verified by
// observation or by reading documents (the filter can show every question).
class ChecklistPhasePage : public WorkspacePage
{
    Q_OBJECT

public:
    ChecklistPhasePage(AuditPhase phase, WorkspaceContext& context, QWidget* parent = nullptr);

    AuditPhase phase() const override
    {
        return m_phase;
    }
    void reload() override;
    void flushEdits() override;
    QVariant viewState() const override;
    void restoreViewState(const QVariant& state) override;

    ChecklistWidget* checklist() const
    {
        return m_checklist;
    }
    static QString methodOf(AuditPhase phase);

private:
    AuditPhase m_phase;
    ChecklistWidget* m_checklist = nullptr;
};

} // namespace fieldbook
