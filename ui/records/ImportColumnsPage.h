#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace fieldbook {

class ColumnMappingModel;
class RecordImportController;

// Import wizard, step 2: for each file, which of its columns holds each column Fieldbook needs.
// Guesses (same name, saved for this facility, similar name) are shown as such; Next is blocked
// while a required column is unmapped or one column is chosen twice.
class ImportColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportColumnsPage(RecordImportController& controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool rememberMappings() const;

    void showFile(int sessionIndex);
    QComboBox* fileChooser() const
    {
        return m_file;
    }
    QTableView* view() const
    {
        return m_view;
    }

private:
    QString fileLabel(int index) const;
    void refresh();
    void openEditors();

    RecordImportController& m_controller;
    ColumnMappingModel* m_model = nullptr;
    QComboBox* m_file = nullptr;
    QLabel* m_fixed = nullptr;
    QTableView* m_view = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace fieldbook
