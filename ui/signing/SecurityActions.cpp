#include "ui/signing/SecurityActions.h"

#include "app/signing/PersonalDataSession.h"
#include "app/signing/SodiumDataProtector.h"
#include "database/Database.h"
#include "ui/signing/ExportPackageDialog.h"
#include "ui/signing/KeysDialog.h"
#include "ui/signing/UnlockPersonalDataDialog.h"
#include "ui/signing/VerifyPackageDialog.h"
#include "ui/sync/ImportPackageDialog.h"
#include "ui/sync/SyncConflictsDialog.h"
#include "ui/sync/SyncConflictsPanel.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace fieldbook {

SecurityActions::SecurityActions(QMainWindow* window, Database& db)
    : QObject(window), m_window(window), m_db(db), m_session(new PersonalDataSession(this))
{
    // The actions belong to this object, not to a menu: the window rebuilds its menus when the
    // language changes and adds the same actions again (addFileActions, addToolsActions).
    m_export = new QAction(this);
    m_export->setObjectName(QStringLiteral("exportPackageAction"));
    m_verify = new QAction(this);
    m_verify->setObjectName(QStringLiteral("verifyPackageAction"));
    m_import = new QAction(this);
    m_import->setObjectName(QStringLiteral("importPackageAction"));
    m_conflicts = new QAction(this);
    m_conflicts->setObjectName(QStringLiteral("syncConflictsAction"));
    m_keys = new QAction(this);
    m_keys->setObjectName(QStringLiteral("keysAction"));
    m_unlock = new QAction(this);
    m_unlock->setObjectName(QStringLiteral("unlockPersonalDataAction"));
    m_lock = new QAction(this);
    m_lock->setObjectName(QStringLiteral("lockPersonalDataAction"));
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    m_state = new QToolButton(window);
    m_state->setObjectName(QStringLiteral("personalDataState"));
    m_state->setAutoRaise(true);
    window->statusBar()->addPermanentWidget(m_state);

    connect(m_export, &QAction::triggered, this, &SecurityActions::showExport);
    connect(m_verify, &QAction::triggered, this, &SecurityActions::showVerify);
    connect(m_import, &QAction::triggered, this, &SecurityActions::showImport);
    connect(m_conflicts, &QAction::triggered, this, &SecurityActions::showConflicts);
    connect(m_keys, &QAction::triggered, this, &SecurityActions::showKeys);
    connect(m_unlock, &QAction::triggered, this, &SecurityActions::askToUnlock);
    connect(m_lock, &QAction::triggered, m_session, &PersonalDataSession::lock);
    connect(m_state, &QToolButton::clicked, this, [this] {
        if (m_session->isUnlocked()) {
            m_session->lock();
        } else {
            askToUnlock();
        }
    });
    retranslate();
    connect(m_session, &PersonalDataSession::protectorChanged, this, [this](PersonalDataProtector* protector) {
        if (m_context) {
            m_context->setProtector(protector);
        }
        updateState();
    });
    updateState();
}

void SecurityActions::retranslate()
{
    m_export->setText(tr("E&xport signed package…"));
    m_verify->setText(tr("&Verify package…"));
    m_import->setText(tr("&Import package…"));
    m_conflicts->setText(tr("Sync c&onflicts…"));
    m_keys->setText(tr("&Keys…"));
    m_unlock->setText(tr("&Unlock personal data…"));
    m_lock->setText(tr("&Lock personal data"));
    updateState();
}

void SecurityActions::addFileActions(QMenu* fileMenu)
{
    fileMenu->addSeparator();
    fileMenu->addAction(m_export);
    fileMenu->addAction(m_verify);
    fileMenu->addAction(m_import);
    fileMenu->addAction(m_conflicts);
}

void SecurityActions::addToolsActions(QMenu* toolsMenu)
{
    toolsMenu->addAction(m_keys);
    toolsMenu->addSeparator();
    toolsMenu->addAction(m_unlock);
    toolsMenu->addAction(m_lock);
}

SecurityActions::~SecurityActions()
{
    // The open audit must not keep a pointer to the key wiped with the session.
    if (m_context) {
        m_context->setProtector(nullptr);
    }
}

void SecurityActions::storeOpened()
{
    m_session->lock();
    m_session->setAsked(false);
    updateState();
}

void SecurityActions::auditOpened(WorkspaceContext& context)
{
    // The same context comes back after a language switch: connect it once.
    disconnect(m_neededConnection);
    m_context = &context;
    context.setProtector(m_session->protector());
    m_neededConnection = connect(&context, &WorkspaceContext::personalDataNeeded, this, [this] {
        if (!m_session->isUnlocked()) {
            askToUnlock();
        }
    });
    updateState();
    if (!m_session->hasAsked() && !m_session->isUnlocked() && SodiumDataProtector::hasDataKey(m_db)) {
        // Once per session, after the audit is on screen; declining keeps the audit open, locked.
        QTimer::singleShot(0, this, [this] {
            if (m_context && !m_session->hasAsked()) {
                askToUnlock();
            }
        });
    }
}

void SecurityActions::auditClosed()
{
    disconnect(m_neededConnection);
    m_context = nullptr;
    updateState();
}

bool SecurityActions::askToUnlock()
{
    if (!m_db.isOpen()) {
        return false;
    }
    m_session->setAsked(true);
    UnlockPersonalDataDialog dialog(m_db, *m_session, m_window);
    dialog.exec();
    return m_session->isUnlocked();
}

void SecurityActions::updateState()
{
    const bool unlocked = m_session->isUnlocked();
    m_state->setText(unlocked ? tr("Personal data: unlocked") : tr("Personal data: locked"));
    m_state->setToolTip(unlocked ? tr("Names and interview notes are shown and recorded. Click to lock (Ctrl+Shift+L).")
                                 : tr("Names and interview notes are hidden and not recorded. Click to unlock."));
    m_lock->setEnabled(unlocked);
    m_unlock->setEnabled(!unlocked && m_db.isOpen());
    m_export->setEnabled(!m_context.isNull());
    m_conflicts->setEnabled(!m_context.isNull());
}

void SecurityActions::showExport()
{
    if (m_context) {
        ExportPackageDialog dialog(*m_context, m_window);
        dialog.exec();
    }
}

void SecurityActions::showVerify()
{
    VerifyPackageDialog dialog(m_db, m_window);
    dialog.exec();
}

void SecurityActions::showImport()
{
    ImportPackageDialog dialog(m_db, *m_session, m_window);
    connect(&dialog, &ImportPackageDialog::personalDataNeeded, this, &SecurityActions::askToUnlock);
    connect(&dialog, &ImportPackageDialog::imported, this, [this](const QString& auditUuid) {
        if (m_context && m_context->auditUuid() == auditUuid) {
            emit m_context->auditDataChanged(DataArea::Sync);
        }
        emit storeContentChanged();
    });
    dialog.exec();
}

void SecurityActions::showKeys()
{
    KeysDialog dialog(m_db, m_window);
    dialog.exec();
}

void SecurityActions::showConflicts()
{
    if (m_context) {
        SyncConflictsDialog dialog(
            m_db, m_context->auditUuid(), [this] { return m_session->protector(); }, m_window);
        connect(dialog.panel(), &SyncConflictsPanel::resolved, this, [this] {
            if (m_context) {
                emit m_context->auditDataChanged(DataArea::Sync);
            }
        });
        dialog.exec();
    }
}

} // namespace fieldbook
