#pragma once

#include "app/records/RecordDirectoryReader.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QTableView;

namespace fieldbook {

class RecordImportController;
class RecordIssueModel;
class RecordPreviewModel;

// Import wizard, step 3: the first rows of each file as they will be imported, and the full check
// of every file in the background: every issue as file, line, column and reason (sortable,
// copyable), and the choice between importing nothing when a row is bad and quarantining bad rows.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(RecordImportController& controller, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    ImportMode mode() const;
    void setMode(ImportMode mode);
    void showPreview(int sessionIndex);
    // The selected issues (all when none is selected), one a line: "file:line: column: reason".
    QString issuesText() const;
    void copyIssues() const;

    QTableView* previewView() const
    {
        return m_preview;
    }
    QTableView* issuesView() const
    {
        return m_issues;
    }
    QComboBox* previewChooser() const
    {
        return m_file;
    }

private:
    void onCheckFinished();
    void updateState();

    RecordImportController& m_controller;
    QComboBox* m_file = nullptr;
    RecordPreviewModel* m_previewModel = nullptr;
    QTableView* m_preview = nullptr;
    QLabel* m_previewNote = nullptr;
    RecordIssueModel* m_issueModel = nullptr;
    QSortFilterProxyModel* m_issueSort = nullptr;
    QTableView* m_issues = nullptr;
    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_copy = nullptr;
    QRadioButton* m_allOrNothing = nullptr;
    QRadioButton* m_quarantine = nullptr;
    QLabel* m_blocked = nullptr;
};

} // namespace fieldbook
