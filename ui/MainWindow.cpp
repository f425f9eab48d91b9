#include "ui/MainWindow.h"
#include "app/core/Settings.h"

#include "app/core/Version.h"
#include "app/fieldwork/AuditSetup.h"
#include "app/i18n/AppTranslator.h"
#include "app/i18n/LanguageSettings.h"
#include "ui/AuditListModel.h"
#include "ui/help/UserGuideDialog.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/signing/SecurityActions.h"
#include "ui/wizard/NewAuditWizard.h"
#include "ui/workspace/AuditWorkspace.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fieldbook {

namespace {
constexpr int kMaxRecentStores = 6;
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(QLatin1String(kApplicationName));
    if (QFileInfo::exists(QStringLiteral(":/icons/org.fieldbook.Fieldbook.svg"))) {
        setWindowIcon(QIcon(QStringLiteral(":/icons/org.fieldbook.Fieldbook.svg")));
    }
    m_undoStack = new QUndoStack(this);
    m_stack = new QStackedWidget(this);
    setCentralWidget(m_stack);
    createAuditListPage();
    createActions();
    m_storeLabel = new QLabel(this);
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_storeLabel);

    if (!restoreGeometry(Settings::value(Setting::WindowGeometry).toByteArray())) {
        resize(1280, 720);
    }
    restoreState(Settings::value(Setting::WindowState).toByteArray());
    updateActions();
}

MainWindow::~MainWindow()
{
    closeWorkspace();
}

void MainWindow::createAuditListPage()
{
    m_listPage = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(m_listPage);
    auto* heading = new QLabel(tr("Audits"), m_listPage);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    heading->setFont(font);
    layout->addWidget(heading);

    m_model = new AuditListModel(this);
    m_table = new QTableView(m_listPage);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(heading->text());
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AuditListModel::TitleColumn, QHeaderView::Stretch);
    m_table->setShowGrid(false);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex&) { openSelectedAudit(); });
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    auto* newButton = new QPushButton(tr("&New audit…"), m_listPage);
    newButton->setObjectName(QStringLiteral("newAuditButton"));
    auto* openButton = new QPushButton(tr("&Open"), m_listPage);
    openButton->setObjectName(QStringLiteral("openAuditButton"));
    auto* deleteButton = new QPushButton(tr("&Delete…"), m_listPage);
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newAudit);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::openSelectedAudit);
    connect(deleteButton, &QPushButton::clicked, this, &MainWindow::deleteSelectedAudit);
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch();
    buttons->addWidget(deleteButton);
    layout->addLayout(buttons);
    m_stack->addWidget(m_listPage);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New audit…"), this, &MainWindow::newAudit);
    newAction->setShortcut(QKeySequence::New);
    m_openAuditAction = file->addAction(tr("Open &audit"), this, &MainWindow::openSelectedAudit);
    m_closeAuditAction = file->addAction(tr("&Close audit"), this, &MainWindow::showAuditList);
    m_closeAuditAction->setShortcut(QKeySequence::Close);
    m_deleteAuditAction = file->addAction(tr("&Delete audit…"), this, &MainWindow::deleteSelectedAudit);
    file->addSeparator();
    QAction* openStoreAction = file->addAction(tr("Open &store…"), this, &MainWindow::chooseStore);
    openStoreAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("&Recent stores"));
    if (!m_security) {
        // Created once: it holds the session's unlocked personal-data key, which a language
        // switch (rebuildInterface) must not lose. Its actions are added to each new menu bar.
        m_security = new SecurityActions(this, m_db);
        connect(m_security, &SecurityActions::storeContentChanged, this, [this] {
            if (!m_workspace) {
                reloadAuditList();
            }
        });
    }
    m_security->retranslate();
    m_security->addFileActions(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_ownedActions << undo << redo;
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find"), this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    // Ctrl+, on macOS; most Linux desktops define no key for it, so Ctrl+, there too.
    preferences->setShortcuts({QKeySequence(QKeySequence::Preferences), QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* list = view->addAction(tr("Audit &list"), this, &MainWindow::showAuditList);
    list->setShortcut(Qt::CTRL | Qt::Key_L);
    view->addSeparator();
    int number = 1;
    for (AuditPhase phase : allAuditPhases()) {
        QAction* action = view->addAction(auditPhaseTitle(phase));
        if (number <= 9) {
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        } else {
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
        }
        ++number;
        connect(action, &QAction::triggered, this, [this, phase] {
            if (m_workspace) {
                m_workspace->showPhase(phase);
            }
        });
        m_phaseActions << action;
    }

    m_security->addToolsActions(menuBar()->addMenu(tr("&Tools")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showHelp);
    QAction* about = help->addAction(tr("&About Fieldbook"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    updateRecentStoresMenu();
}

bool MainWindow::openStore(const QString& path)
{
    closeWorkspace();
    Result<Database> db = Database::open(path);
    if (!db) {
        QMessageBox::critical(this, tr("Open store"),
                              tr("The store %1 could not be opened.\n\n%2").arg(path, db.error()));
        return false;
    }
    m_security->storeOpened(); // the previous store's personal-data key is wiped first
    m_db = db.take();
    m_db.setActor(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", tr("auditor"))));
    m_storeLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(path)));
    QStringList recent = Settings::value(Setting::RecentStores).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    Settings::setValue(Setting::RecentStores, recent.mid(0, kMaxRecentStores));
    updateRecentStoresMenu();
    reloadAuditList();
    showAuditList();
    return true;
}

void MainWindow::reloadAuditList()
{
    const QString error = m_model->reload(&m_db);
    if (!error.isEmpty()) {
        statusBar()->showMessage(tr("The audit list could not be read: %1").arg(error));
    }
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid()) {
        m_table->selectRow(0);
    }
    updateActions();
}

bool MainWindow::openAudit(qint64 auditId)
{
    closeWorkspace();
    // An audit created before its checklist could be derived (or by the CLI) gets it now.
    if (Status derived = AuditSetup(m_db).deriveChecklist(auditId); !derived) {
        statusBar()->showMessage(tr("The checklist could not be derived: %1").arg(derived.error()), 10000);
    }
    auto* workspace = new AuditWorkspace(m_db, auditId, m_undoStack, m_stack);
    if (!workspace->isValid()) {
        QMessageBox::critical(this, tr("Open audit"),
                              tr("The audit could not be opened.\n\n%1").arg(workspace->errorString()));
        delete workspace;
        return false;
    }
    adoptWorkspace(workspace);
    return true;
}

void MainWindow::adoptWorkspace(AuditWorkspace* workspace)
{
    m_workspace = workspace;
    m_security->auditOpened(workspace->context());
    m_stack->addWidget(workspace);
    m_stack->setCurrentWidget(workspace);
    setWindowTitle(tr("%1 — %2").arg(workspace->auditTitle(), QLatin1String(kApplicationName)));
    updateActions();
}

void MainWindow::closeWorkspace(bool keepHistory)
{
    // Undo commands refer to the audit's rows and context; they must not outlive the workspace.
    if (!keepHistory) {
        m_undoStack->clear();
    }
    if (m_security) {
        m_security->auditClosed();
    }
    if (m_workspace) {
        // Let pages flush pending typing (focus-out) before they go.
        if (QWidget* focus = QApplication::focusWidget(); focus && m_workspace->isAncestorOf(focus)) {
            focus->clearFocus();
        }
        m_stack->removeWidget(m_workspace);
        delete m_workspace;
    }
}

void MainWindow::showAuditList()
{
    if (m_workspace) {
        closeWorkspace();
        reloadAuditList();
    }
    m_stack->setCurrentWidget(m_listPage);
    setWindowTitle(QLatin1String(kApplicationName));
    m_table->setFocus();
    updateActions();
}

qint64 MainWindow::selectedAuditId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->data(index, AuditListModel::AuditIdRole).toLongLong() : 0;
}

void MainWindow::newAudit()
{
    if (!m_db.isOpen()) {
        return;
    }
    NewAuditWizard wizard(m_db, this);
    if (wizard.exec() != QDialog::Accepted) {
        return;
    }
    reloadAuditList();
    const int row = m_model->rowOfAudit(wizard.createdAudit().id);
    if (row >= 0) {
        m_table->selectRow(row);
    }
    openAudit(wizard.createdAudit().id);
}

void MainWindow::openSelectedAudit()
{
    if (m_workspace) {
        return;
    }
    if (const qint64 id = selectedAuditId()) {
        openAudit(id);
    }
}

void MainWindow::deleteSelectedAudit()
{
    const QModelIndex index = m_table->currentIndex();
    if (m_workspace || !index.isValid()) {
        return;
    }
    const AuditSummary& s = m_model->summary(index.row());
    const auto answer = QMessageBox::warning(this, tr("Delete audit"),
                                             tr("Delete the audit \"%1\" of %2 with all its answers, evidence, "
                                                "interviews and records?\n\nThis cannot be undone.")
                                                 .arg(s.audit.title, s.facilityName),
                                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    Status deleted = AuditRepository(m_db).deleteAudit(s.audit.uuid);
    if (!deleted) {
        QMessageBox::critical(this, tr("Delete audit"), deleted.error());
    }
    reloadAuditList();
}

void MainWindow::chooseStore()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Open or create a store"), QFileInfo(m_db.path()).absolutePath(),
        tr("Fieldbook stores (*.sqlite *.fieldbook);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        openStore(path);
    }
}

void MainWindow::updateRecentStoresMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::value(Setting::RecentStores).toStringList();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openStore(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateActions()
{
    const bool inAudit = !m_workspace.isNull();
    const bool hasSelection = m_table->currentIndex().isValid();
    m_openAuditAction->setEnabled(!inAudit && hasSelection);
    m_deleteAuditAction->setEnabled(!inAudit && hasSelection);
    m_closeAuditAction->setEnabled(inAudit);
    for (QAction* action : std::as_const(m_phaseActions)) {
        action->setEnabled(inAudit);
    }
}

void MainWindow::focusSearch()
{
    QWidget* current = m_stack->currentWidget();
    if (!current) {
        return;
    }
    // Pages name their search box "searchField"; the first visible one gets the focus.
    for (QLineEdit* edit : current->findChildren<QLineEdit*>(QStringLiteral("searchField"))) {
        if (edit->isVisible()) {
            edit->setFocus(Qt::ShortcutFocusReason);
            edit->selectAll();
            return;
        }
    }
}

void MainWindow::setLanguage(const QString& language)
{
    AuditWorkspace* old = m_workspace;
    const qint64 selected = selectedAuditId();
    QHash<AuditPhase, QVariant> state;
    AuditPhase phase = AuditPhase::Plan;
    WorkspaceContext* context = nullptr;
    if (old) {
        phase = old->currentPhase();
        old->flushEdits();
        state = old->viewState();
        // The context outlives the old pages: the undo commands point at it.
        context = old->releaseContext();
        m_stack->removeWidget(old);
        delete old;
    }
    AppTranslator::application().install(language);
    rebuildInterface();
    if (const int row = m_model->rowOfAudit(selected); row >= 0) {
        m_table->selectRow(row);
    }
    if (context) {
        auto* workspace = new AuditWorkspace(m_db, context, m_stack);
        if (!workspace->isValid()) {
            m_undoStack->clear(); // its context is gone with the audit
            QMessageBox::critical(this, tr("Open audit"),
                                  tr("The audit could not be opened.\n\n%1").arg(workspace->errorString()));
            delete workspace;
        } else {
            adoptWorkspace(workspace);
            workspace->restoreViewState(state);
            workspace->showPhase(phase);
        }
    }
    updateActions();
    emit languageChanged(AppTranslator::current());
}

void MainWindow::rebuildInterface()
{
    // Menus: the old ones are deleted later, since this may run from one of their actions.
    const QList<QMenu*> menus = menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    for (QMenu* menu : menus) {
        menu->deleteLater();
    }
    for (QAction* action : std::as_const(m_ownedActions)) {
        action->deleteLater();
    }
    m_ownedActions.clear();
    m_phaseActions.clear();
    createActions();
    if (auto* guide = findChild<UserGuideDialog*>(QString(), Qt::FindDirectChildrenOnly)) {
        guide->deleteLater(); // opened again in the new language on request
    }

    QWidget* oldList = m_listPage;
    AuditListModel* oldModel = m_model;
    m_stack->removeWidget(oldList);
    createAuditListPage();
    oldList->deleteLater();
    oldModel->deleteLater();
    reloadAuditList();
    if (m_db.isOpen()) {
        m_storeLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(m_db.path())));
    }
    if (!m_workspace) {
        m_stack->setCurrentWidget(m_listPage);
        setWindowTitle(QLatin1String(kApplicationName));
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString wanted = LanguageSettings::effectiveUiLanguage();
    if (wanted != AppTranslator::current()) {
        setLanguage(wanted);
    }
}

void MainWindow::showUserGuide()
{
    // One guide window, kept while the main window lives; raised again on F1.
    auto* guide = findChild<UserGuideDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (!guide) {
        guide = new UserGuideDialog(this);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Fieldbook"),
        tr("<h3>Fieldbook %1</h3><p>An offline companion for social-compliance auditors: checklists from codes of "
           "conduct, guided audit steps, analysis of factory records, signed packages and reports.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QLatin1String(kVersion), QLatin1String(qVersion())));
}

void MainWindow::showHelp()
{
    QMessageBox::information(this, tr("Keyboard"),
                             tr("<table>"
                                "<tr><td><b>Ctrl+N</b></td><td>New audit</td></tr>"
                                "<tr><td><b>Ctrl+1 … Ctrl+9, Ctrl+0</b></td><td>Go to a phase of the audit</td></tr>"
                                "<tr><td><b>1 2 3 4 5</b></td><td>Answer: compliant, non-compliant, observation, not "
                                "applicable, not verified</td></tr>"
                                "<tr><td><b>F8 / Ctrl+J</b></td><td>Next unanswered question</td></tr>"
                                "<tr><td><b>Ctrl+R</b></td><td>Raise a finding from the question</td></tr>"
                                "<tr><td><b>Ctrl+F</b></td><td>Search the checklist</td></tr>"
                                "<tr><td><b>Ctrl+Z / Ctrl+Shift+Z</b></td><td>Undo / redo</td></tr>"
                                "<tr><td><b>Ctrl+W</b></td><td>Close the audit</td></tr>"
                                "</table><p>Every edit is saved at once; there is nothing to save.</p>") +
                                 tr("<p><b>Interviews</b></p><table>"
                                    "<tr><td><b>Ctrl+Shift+N / Ctrl+Shift+G</b></td><td>New interview / new group "
                                    "interview</td></tr>"
                                    "<tr><td><b>1 2 3 / 0</b></td><td>Questions: yes, no, unclear / clear the "
                                    "answer</td></tr>"
                                    "<tr><td><b>F8</b></td><td>Next unanswered interview question</td></tr>"
                                    "</table><p><b>Other</b></p><table>"
                                    "<tr><td><b>Ctrl+Shift+L</b></td><td>Lock personal data</td></tr>"
                                    "<tr><td><b>Ctrl+,</b></td><td>Preferences (language)</td></tr>"
                                    "<tr><td><b>F1</b></td><td>User guide</td></tr>"
                                    "</table>"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    closeWorkspace();
    Settings::setValue(Setting::WindowGeometry, saveGeometry());
    Settings::setValue(Setting::WindowState, saveState());
    event->accept();
}

} // namespace fieldbook
