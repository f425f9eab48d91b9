#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fieldbook {

class Database;
class NewPassphraseFields;
class PersonalDataSession;

// Asks for the store's personal-data passphrase once per session (or, when the store has no data
// key yet, offers to create one). A wrong passphrase says so and lets the auditor try again; the
// dialog closes only when the session is unlocked or the auditor chooses to go on without.
class UnlockPersonalDataDialog : public QDialog
{
    Q_OBJECT

public:
    UnlockPersonalDataDialog(const Database& db, PersonalDataSession& session, QWidget* parent = nullptr);

    bool createsKey() const
    {
        return m_create;
    }
    QLineEdit* passphraseField() const
    {
        return m_passphrase;
    }
    NewPassphraseFields* newPassphraseFields() const
    {
        return m_newPassphrase;
    }
    QPushButton* unlockButton() const
    {
        return m_unlock;
    }
    QLabel* messageLabel() const
    {
        return m_message;
    }

    // Tries the passphrase typed; true when the session is unlocked (then the dialog is accepted).
    bool tryUnlock();

private:
    const Database& m_db;
    PersonalDataSession& m_session;
    bool m_create = false;
    QLineEdit* m_passphrase = nullptr;
    NewPassphraseFields* m_newPassphrase = nullptr;
    QPushButton* m_unlock = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace fieldbook
