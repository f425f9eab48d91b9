#pragma once

#include <QGroupBox>

class QTableWidget;
class QTableWidgetItem;

namespace fieldbook {

class WorkspaceContext;

// The thresholds in force for the audit (minimum age, hour limits, premium, minimum wage, night
// window), each with where it comes from — code, country law or the auditor — and the mark
// "verify before use" on every figure taken from the country rules. The auditor can edit a figure
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
    QTableWidget* table() const
    {
        return m_table;
    }

private:
    void onItemChanged(QTableWidgetItem* item);

    WorkspaceContext& m_context;
    QTableWidget* m_table = nullptr;
    bool m_loading = false;
};

} // namespace fieldbook
