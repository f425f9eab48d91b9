#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace fieldbook {

class WorkspaceContext;

// The thresholds in force for the audit (minimum age, hour limits by day, week, month and year,
// premiums, minimum wage and its changes, night windows, young workers' limits), each with where it
// comes from — code, country law or the auditor — the date it is in force from, and whether the
// law's figure was checked against the primary text ("verify before use" where not). The region
// (wage zone, province) is chosen here. The auditor can edit a figure
// after checking it on site; the edit is stored as the audit's override (undoable), and
// "Use the rule" removes it again.
class ThresholdsGroup : public QGroupBox
{
    Q_OBJECT

public:
    ThresholdsGroup(WorkspaceContext& context, QWidget* parent = nullptr);
    void reload();
    // Sets (or, with an empty value, removes) the audit's override for a params.json key.
    bool setOverride(const QString& key, const QString& value);
    // Keeps why the auditor changed a figure beside it (params_json "override_reasons", so the
    // audit trail holds it with the figure).
    bool setReason(const QString& key, const QString& reason);
    QTableWidget* table() const
    {
        return m_table;
    }

private:
    void onItemChanged(QTableWidgetItem* item);

    WorkspaceContext& m_context;
    QTableWidget* m_table = nullptr;
    QComboBox* m_region = nullptr;
    QLabel* m_regionLabel = nullptr;
    QLabel* m_date = nullptr;
    bool m_loading = false;
};

} // namespace fieldbook
