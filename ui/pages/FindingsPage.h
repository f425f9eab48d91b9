#pragma once

#include "ui/workspace/WorkspacePage.h"

class QTableView;
class QTabWidget;

namespace fieldbook {

class ComplianceDashboard;
class FindingEditor;
class FindingListModel;

// Findings and corrective actions: the list of findings beside the selected one's editor, and a
// dashboard tab with compliance and severity charts.
class FindingsPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit FindingsPage(WorkspaceContext& context, QWidget* parent = nullptr);

    AuditPhase phase() const override
    {
        return AuditPhase::Findings;
    }
    void reload() override;
    QVariant viewState() const override;
    void restoreViewState(const QVariant& state) override;

    // Creates a blank finding and selects it; returns its uuid.
    QString newFinding();
    bool selectFinding(const QString& uuid);
    FindingEditor* editor() const
    {
        return m_editor;
    }
    FindingListModel* listModel() const
    {
        return m_model;
    }
    ComplianceDashboard* dashboard() const
    {
        return m_dashboard;
    }
    QTabWidget* tabs() const
    {
        return m_tabs;
    }

private:
    void reloadList();
    void onCurrentRowChanged();

    FindingListModel* m_model = nullptr;
    QTableView* m_list = nullptr;
    FindingEditor* m_editor = nullptr;
    ComplianceDashboard* m_dashboard = nullptr;
    QTabWidget* m_tabs = nullptr;
    bool m_dashboardStale = true;
};

} // namespace fieldbook
