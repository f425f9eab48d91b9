#pragma once

#include "app/fieldwork/AuditPhase.h"
#include "database/Database.h"
#include "ui/workspace/AuditWorkspace.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace fieldbook {

class AuditListModel;
class SecurityActions;

// The application window: the list of audits in the open store, and the workspace of the audit
// being worked on. Owns the GUI thread's store connection and the undo stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (creating if needed) a store; false with a message box on failure.
    bool openStore(const QString& path);
    bool openAudit(qint64 auditId);
    void showAuditList();
    // Switches the interface language at run time without losing work: pending typing is saved,
    // the menus, the audit list and the workspace are rebuilt in the new language, and the same
    // audit reopens at the same phase and selection with its undo history.
    void setLanguage(const QString& language);

    Database& database()
    {
        return m_db;
    }
    AuditWorkspace* workspace() const
    {
        return m_workspace;
    }
    QTableView* auditTable() const
    {
        return m_table;
    }
    AuditListModel* auditListModel() const
    {
        return m_model;
    }
    QUndoStack* undoStack() const
    {
        return m_undoStack;
    }
    // Keys, packages and the session's personal-data key.
    SecurityActions* security() const
    {
        return m_security;
    }

public slots:
    void newAudit();
    void openSelectedAudit();
    void deleteSelectedAudit();
    void chooseStore();
    void showAbout();
    void showHelp();
    void showUserGuide();
    void showPreferences();

signals:
    void languageChanged(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createAuditListPage();
    void rebuildInterface();
    void adoptWorkspace(AuditWorkspace* workspace);
    void reloadAuditList();
    void updateActions();
    void updateRecentStoresMenu();
    // keepHistory: the undo stack survives (its context is handed to a rebuilt workspace).
    void closeWorkspace(bool keepHistory = false);
    void focusSearch();
    qint64 selectedAuditId() const;

    Database m_db;
    QUndoStack* m_undoStack = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_listPage = nullptr;
    QTableView* m_table = nullptr;
    AuditListModel* m_model = nullptr;
    QPointer<AuditWorkspace> m_workspace;
    QLabel* m_storeLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_openAuditAction = nullptr;
    QAction* m_deleteAuditAction = nullptr;
    QAction* m_closeAuditAction = nullptr;
    QList<QAction*> m_phaseActions;
    QList<QAction*> m_ownedActions; // created with this window as parent; replaced on rebuild
    SecurityActions* m_security = nullptr;
};

} // namespace fieldbook
