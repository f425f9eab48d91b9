#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace fieldbook {

class ImportFileListModel;
class RecordImportController;

// Import wizard, step 1: the files to import (added one by one, as a folder, or dropped on the
// list) and what each holds. Next is blocked while a file is unknown, unreadable or not UTF-8, or
// while its values ask for a date order or decimal mark.
class ImportFilesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilesPage(RecordImportController& controller, QWidget* parent = nullptr);

    bool isComplete() const override;
    QTableView* view() const
    {
        return m_view;
    }

    void addFiles();
    void addFolder();
    void removeSelected();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void refresh();
    void openEditors();
    QStringList questions() const;

    RecordImportController& m_controller;
    ImportFileListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_addFiles = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace fieldbook
