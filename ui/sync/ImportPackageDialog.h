#pragma once

#include "app/sync/PackageVerifier.h"

#include <QDialog>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fieldbook {

class Database;
class PersonalDataSession;
class SyncConflictsPanel;

// Import a package (head office, team lead): verify first and refuse a tampered or untrusted one
// with the reason; open sealed personal data with this store's encryption key when its passphrase
// is given; merge; then the conflicts to resolve. Importing the same package again: "nothing new".
class ImportPackageDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPackageDialog(const Database& db, PersonalDataSession& session, QWidget* parent = nullptr);

    QLineEdit* fileField() const
    {
        return m_file;
    }
    QLineEdit* keyField() const
    {
        return m_key;
    }
    QLineEdit* encryptionPassphraseField() const
    {
        return m_encryptionPassphrase;
    }
    QPushButton* importButton() const
    {
        return m_import;
    }
    QLabel* verdictLabel() const
    {
        return m_verdict;
    }
    QLabel* resultLabel() const
    {
        return m_result;
    }
    SyncConflictsPanel* conflictsPanel() const
    {
        return m_conflicts;
    }
    // Checks the file (shown at once); then importPackage() merges it.
    PackageVerification check(const QString& path);
    bool importPackage();

signals:
    // The store's personal-data key is needed (to seal what is opened): the app asks for it.
    void personalDataNeeded();
    void imported(const QString& auditUuid);

private:
    void updatePersonalBox();

    const Database& m_db;
    PersonalDataSession& m_session;
    PackageVerification m_verification;
    QLineEdit* m_file = nullptr;
    QLineEdit* m_key = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_details = nullptr;
    QGroupBox* m_personal = nullptr;
    QLabel* m_personalNote = nullptr;
    QLineEdit* m_encryptionPassphrase = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_result = nullptr;
    SyncConflictsPanel* m_conflicts = nullptr;
};

} // namespace fieldbook
