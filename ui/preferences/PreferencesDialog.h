#pragma once

#include <QDialog>

class QComboBox;

namespace fieldbook {

// Edit ▸ Preferences: the interface language (the system's by default) and the language reports
// are written in unless chosen otherwise at export. Saves to QSettings on OK; the caller applies
// a changed interface language (MainWindow::setLanguage) without closing the audit.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // "" = follow the system; otherwise a Languages code.
    QString uiLanguageChoice() const;
    QString reportLanguageChoice() const;
    QComboBox* uiLanguageBox() const
    {
        return m_ui;
    }
    QComboBox* reportLanguageBox() const
    {
        return m_report;
    }

    void accept() override;

private:
    QComboBox* m_ui = nullptr;
    QComboBox* m_report = nullptr;
};

} // namespace fieldbook
