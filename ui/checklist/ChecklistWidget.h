#pragma once

#include "ui/workspace/DataArea.h"
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;

namespace fieldbook {

class ChecklistFilterModel;
class ChecklistModel;
class QuestionPanel;
class WorkspaceContext;

// The checklist: the question tree with its filters on the left, the selected question on the
// right. Keyboard: 1–5 answer, F8 / Ctrl+J next unanswered, Ctrl+R raise a finding.
class ChecklistWidget : public QWidget
{
    Q_OBJECT

public:
    // `method`: the verification method shown at first (empty = all questions).
    ChecklistWidget(WorkspaceContext& context, const QString& method, QWidget* parent = nullptr);

    void reload();
    bool selectItem(qint64 itemId);
    // Saves notes still waiting for their timer.
    void flushEdits();
    // The selected question, search text and filters; restored after a rebuild.
    QVariantMap viewState() const;
    void restoreViewState(const QVariantMap& state);
    // Moves to the next unanswered question after the current one (wrapping); false when none.
    bool nextUnanswered();
    bool answerCurrent(int key); // 1..5
    bool raiseFinding();

    ChecklistModel* model() const
    {
        return m_model;
    }
    ChecklistFilterModel* filterModel() const
    {
        return m_filter;
    }
    QTreeView* tree() const
    {
        return m_tree;
    }
    QuestionPanel* panel() const
    {
        return m_panel;
    }
    QLineEdit* searchField() const
    {
        return m_search;
    }
    QComboBox* answerFilterBox() const
    {
        return m_answerFilter;
    }

signals:
    void message(const QString& text);

private:
    void onCurrentChanged(const QModelIndex& current);
    void onDataChanged(DataArea area);
    void applyFilters();
    void updateSummary();

    WorkspaceContext& m_context;
    ChecklistModel* m_model = nullptr;
    ChecklistFilterModel* m_filter = nullptr;
    QTreeView* m_tree = nullptr;
    QuestionPanel* m_panel = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_answerFilter = nullptr;
    QComboBox* m_methodFilter = nullptr;
    QLabel* m_summary = nullptr;
    bool m_loaded = false;
};

} // namespace fieldbook
