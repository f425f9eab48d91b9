#pragma once

#include <QWizard>

namespace fieldbook {

class ImportCheckPage;
class ImportColumnsPage;
class ImportFilesPage;
class ImportRunPage;
class RecordImportController;
class WorkspaceContext;

// Imports the factory's record files into the open audit, in four steps: Files (what each file
// holds) → Columns (which header holds what; remembered per facility) → Preview and check (first
// rows, every issue with file and line, all-or-nothing or quarantine) → Import (in the background,
// with progress and Cancel). The work is done by app/records/RecordImportSession and
// RecordImportJob; the pages only show it.
class RecordImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilesPageId,
        ColumnsPageId,
        CheckPageId,
        RunPageId
    };
    explicit RecordImportWizard(WorkspaceContext& context, QWidget* parent = nullptr);
    ~RecordImportWizard() override;

    RecordImportController& controller() const
    {
        return *m_controller;
    }
    ImportFilesPage* filesPage() const
    {
        return m_files;
    }
    ImportColumnsPage* columnsPage() const
    {
        return m_columns;
    }
    ImportCheckPage* checkPage() const
    {
        return m_check;
    }
    ImportRunPage* runPage() const
    {
        return m_run;
    }

    // Closing while the import runs cancels it first (nothing stays written), then closes.
    void reject() override;

signals:
    void recordsImported();

private:
    RecordImportController* m_controller = nullptr;
    ImportFilesPage* m_files = nullptr;
    ImportColumnsPage* m_columns = nullptr;
    ImportCheckPage* m_check = nullptr;
    ImportRunPage* m_run = nullptr;
    bool m_closing = false;
};

} // namespace fieldbook
