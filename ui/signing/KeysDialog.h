#pragma once

#include <QDialog>

class QLabel;
class QDateTime;
class QPushButton;
class QTableView;

namespace fieldbook {

class Database;
class KeyTableModel;

// Tools > Keys: create signing and encryption keys, export their public keys (minisign format for
// signing keys), trust head office's or other auditors' keys, and see the fingerprint reports carry.
class KeysDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KeysDialog(const Database& db, QWidget* parent = nullptr);

    KeyTableModel* model() const
    {
        return m_model;
    }
    QTableView* table() const
    {
        return m_table;
    }
    QLabel* messageLabel() const
    {
        return m_message;
    }
    // The steps behind the buttons, without the file dialogs (tests call these).
    bool exportPublicKey(int row, const QString& path);
    bool trustSigningKeyFile(const QString& path, const QString& label);
    bool trustEncryptionKeyFile(const QString& path, const QString& label);
    // A signing key (own or trusted): packages it signs from `when` on are refused.
    bool revokeKey(int row, const QDateTime& when);
    // A trusted key off the trust list.
    bool untrustKey(int row);
    void reload();

private:
    void createKey(bool signing);
    void askExport();
    void askTrust(bool signing);
    void updateButtons();
    void showMessage(const QString& text, bool error);

    const Database& m_db;
    KeyTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_fingerprint = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_revoke = nullptr;
    QPushButton* m_untrust = nullptr;
};

} // namespace fieldbook
