#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fieldbook {

class Database;
class NewPassphraseFields;

// A new key pair in this store: an auditor's signing key (Ed25519, minisign) or, for head office
// or a team lead, an encryption key (X25519) that auditors seal personal data to.
class CreateKeyDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Signing,
        Encryption
    };
    CreateKeyDialog(const Database& db, Kind kind, QWidget* parent = nullptr);

    QLineEdit* nameField() const
    {
        return m_name;
    }
    NewPassphraseFields* passphraseFields() const
    {
        return m_passphrase;
    }
    QPushButton* createButton() const
    {
        return m_create;
    }
    QLabel* messageLabel() const
    {
        return m_message;
    }
    // The new key's id (as minisign prints it) once created.
    QString createdKeyId() const
    {
        return m_keyId;
    }
    bool createKey();

private:
    const Database& m_db;
    Kind m_kind;
    QLineEdit* m_name = nullptr;
    NewPassphraseFields* m_passphrase = nullptr;
    QPushButton* m_create = nullptr;
    QLabel* m_message = nullptr;
    QString m_keyId;
};

} // namespace fieldbook
