#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace fieldbook {

class WorkspaceContext;

// Export the open audit as a signed package: the signing key and its passphrase, the PDF report
// or not, personal data left out or sealed for a trusted head-office key, and where to write
// FILE.fieldbook (+ .minisig). Afterwards it shows where it went and the fingerprint.
class ExportPackageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportPackageDialog(WorkspaceContext& context, QWidget* parent = nullptr);

    QComboBox* keyCombo() const
    {
        return m_key;
    }
    QLineEdit* passphraseField() const
    {
        return m_passphrase;
    }
    QCheckBox* reportCheck() const
    {
        return m_report;
    }
    QRadioButton* omitButton() const
    {
        return m_omit;
    }
    QRadioButton* sealButton() const
    {
        return m_seal;
    }
    QComboBox* recipientCombo() const
    {
        return m_recipient;
    }
    QLineEdit* pathField() const
    {
        return m_path;
    }
    QPushButton* exportButton() const
    {
        return m_export;
    }
    QLabel* resultLabel() const
    {
        return m_result;
    }
    bool exportPackage();

private:
    void updateState();

    WorkspaceContext& m_context;
    QComboBox* m_key = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QCheckBox* m_report = nullptr;
    QRadioButton* m_omit = nullptr;
    QRadioButton* m_seal = nullptr;
    QComboBox* m_recipient = nullptr;
    QLabel* m_lockNote = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace fieldbook
