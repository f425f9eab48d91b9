#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;
class QToolButton;

namespace fieldbook {

class Database;
class PersonalDataSession;
class WorkspaceContext;

// The signing, package and personal-data actions of the main window, and the one unlocked
// personal-data key of the session (PersonalDataSession), handed to the open audit. Kept out of
// MainWindow so it only creates this object and tells it when a store or an audit opens.
//   File:  Export signed package…, Verify package…, Import package…, Sync conflicts…
//   Tools: Keys…, Unlock personal data…, Lock personal data
//   Status bar: the lock state (click to unlock or lock)
class SecurityActions : public QObject
{
    Q_OBJECT

public:
    SecurityActions(QMainWindow* window, Database& db);
    ~SecurityActions() override;

    // Action texts in the current language (after a language switch).
    void retranslate();
    // Adds the actions to a (new) File or Tools menu.
    void addFileActions(QMenu* fileMenu);
    void addToolsActions(QMenu* toolsMenu);

    PersonalDataSession* session() const
    {
        return m_session;
    }
    // A new store: the old store's key is wiped, and the app may ask again.
    void storeOpened();
    // The open audit gets the session's protector; the first audit of a session asks for the
    // passphrase once, when the store has a personal-data key.
    void auditOpened(WorkspaceContext& context);
    void auditClosed();
    // Shows the unlock (or create-key) dialog; true when personal data is unlocked afterwards.
    bool askToUnlock();

    QAction* exportAction() const
    {
        return m_export;
    }
    QAction* importAction() const
    {
        return m_import;
    }
    QAction* verifyAction() const
    {
        return m_verify;
    }
    QAction* keysAction() const
    {
        return m_keys;
    }
    QAction* unlockAction() const
    {
        return m_unlock;
    }
    QAction* lockAction() const
    {
        return m_lock;
    }
    QAction* conflictsAction() const
    {
        return m_conflicts;
    }
    QToolButton* lockStateButton() const
    {
        return m_state;
    }

signals:
    // A package was imported: the list of audits may have changed.
    void storeContentChanged();

private:
    void updateState();
    void showExport();
    void showVerify();
    void showImport();
    void showKeys();
    void showConflicts();

    QMainWindow* m_window;
    Database& m_db;
    PersonalDataSession* m_session = nullptr;
    QPointer<WorkspaceContext> m_context;
    QMetaObject::Connection m_neededConnection;
    QAction* m_export = nullptr;
    QAction* m_verify = nullptr;
    QAction* m_import = nullptr;
    QAction* m_conflicts = nullptr;
    QAction* m_keys = nullptr;
    QAction* m_unlock = nullptr;
    QAction* m_lock = nullptr;
    QToolButton* m_state = nullptr;
};

} // namespace fieldbook
