#pragma once

#include <QWidget>

class QChartView;
class QTableWidget;
class QLabel;

namespace fieldbook {

class WorkspaceContext;

// The findings dashboard: compliance per section and per code (horizontal bars), findings by
// severity, and for a follow-up audit the status of the earlier audit's corrective actions.
class ComplianceDashboard : public QWidget
{
    Q_OBJECT

public:
    explicit ComplianceDashboard(WorkspaceContext& context, QWidget* parent = nullptr);

    void reload();
    QTableWidget* previousActionsTable() const
    {
        return m_previous;
    }

private:
    WorkspaceContext& m_context;
    QChartView* m_sections = nullptr;
    QChartView* m_codes = nullptr;
    QChartView* m_severity = nullptr;
    QLabel* m_previousLabel = nullptr;
    QTableWidget* m_previous = nullptr;
};

} // namespace fieldbook
