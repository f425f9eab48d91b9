#pragma once

#include "app/interviews/InterviewPlanStore.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace fieldbook {

class SampleStrataModel;
class SampleWorkerModel;
class WorkspaceContext;

// The interview sample of an audit: how many workers to interview and why (the rule, editable
// for this audit), the strata of the register, and the workers drawn — by employee number, never
// by name. The auditor draws it, re-draws it with a new seed, leaves a worker out (the next one of
// the same group takes the place) and starts an interview with a drawn worker.
class SamplePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SamplePanel(WorkspaceContext& context, QWidget* parent = nullptr);

    void reload();
    // Draws the sample with the rule shown: with a new seed, or again with the plan's seed.
    bool draw(bool newSeed);
    // Leaves the selected worker out for `reason` (InterviewVocabulary::exclusionReasons()).
    bool excludeSelected(const QString& reason);
    const std::optional<InterviewPlan>& plan() const
    {
        return m_plan;
    }
    QTableView* workersView() const
    {
        return m_workers;
    }
    QTableView* strataView() const
    {
        return m_strata;
    }

signals:
    void interviewRequested(const fieldbook::RegisterWorker& worker, const QString& format);
    void changed();
    void message(const QString& text);

private:
    SampleRule ruleFromEditors() const;
    void showRule(const SampleRule& rule);
    void startInterview();

    WorkspaceContext& m_context;
    std::optional<InterviewPlan> m_plan;
    int m_registered = 0;
    SampleStrataModel* m_strataModel = nullptr;
    SampleWorkerModel* m_workerModel = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_warning = nullptr;
    QSpinBox* m_minimum = nullptr;
    QSpinBox* m_cap = nullptr;
    QSpinBox* m_alone = nullptr;
    QSpinBox* m_groupSize = nullptr;
    QSpinBox* m_young = nullptr;
    QSpinBox* m_recent = nullptr;
    QPushButton* m_draw = nullptr;
    QPushButton* m_apply = nullptr;
    QTableView* m_strata = nullptr;
    QTableView* m_workers = nullptr;
    QComboBox* m_reason = nullptr;
    QPushButton* m_exclude = nullptr;
    QPushButton* m_interview = nullptr;
};

} // namespace fieldbook
