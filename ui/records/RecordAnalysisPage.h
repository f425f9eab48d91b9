#pragma once

#include "ui/workspace/WorkspacePage.h"

#include <QFutureWatcher>
#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace fieldbook {

class FlagDetailPanel;
class FlagListModel;

// Record analysis: the factory's records in this audit, importing a folder of record files,
// running every check in the background (progress, Cancel; the window stays responsive), and the
// flags worst first, each with its figures, to confirm into a finding or dismiss with a reason.
class RecordAnalysisPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit RecordAnalysisPage(WorkspaceContext& context, QWidget* parent = nullptr);
    ~RecordAnalysisPage() override;

    AuditPhase phase() const override
    {
        return AuditPhase::RecordAnalysis;
    }
    void reload() override;
    QVariant viewState() const override;
    void restoreViewState(const QVariant& state) override;

    // Starts the analysis in the background; analysisFinished() tells when it is done.
    void runAnalysis();
    void cancelAnalysis();
    bool isRunning() const;
    bool importFolder(const QString& folder); // synchronous: one transaction; errors shown to the user
    bool confirmSelected(const QString& title, const QString& severity);
    bool dismissSelected(const QString& reason);
    void selectFlag(int row);
    FlagDetailPanel* detailPanel() const
    {
        return m_detailPanel;
    }

signals:
    void analysisFinished(bool ok);

private:
    void showSelected();
    void onAnalysisDone();
    void askImport();
    void askConfirm();
    void askDismiss();

    QLabel* m_records = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QTableView* m_table = nullptr;
    FlagListModel* m_model = nullptr;
    FlagDetailPanel* m_detailPanel = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    QFutureWatcher<QString>* m_watcher = nullptr;
};

} // namespace fieldbook
