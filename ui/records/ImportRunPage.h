#pragma once

#include "app/records/RecordImportJob.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace fieldbook {

class RecordImportController;

// Import wizard, step 4: the import itself, in the background (progress, Cancel: then nothing is
// written), and what it did: records per kind, what was replaced, quarantined or withheld.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    // The mode and the "remember" choice are asked on the earlier pages; they are read when the
    // import starts.
    ImportRunPage(RecordImportController& controller, std::function<ImportMode()> mode, std::function<bool()> remember,
                  QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QString summaryText() const;

private:
    void onProgress(ImportStage stage, qint64 done, qint64 total);
    void onFinished();

    RecordImportController& m_controller;
    std::function<ImportMode()> m_mode;
    std::function<bool()> m_remember;
    QLabel* m_stage = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace fieldbook
