#include "gui/NewAuditWizardDriver.h"
#include "support/TestRegistry.h"
#include "ui/AuditListModel.h"
#include "ui/MainWindow.h"
#include "ui/wizard/NewAuditWizard.h"
#include "ui/workspace/AuditWorkspace.h"
#include "ui/workspace/WorkspacePage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fieldbook;

// The main window: a store opens, an audit is created through the wizard with the keyboard,
// appears in the list and opens in the workspace.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createAuditThroughWizard();
    void wizardRequiresFacilityName();
    void reopenShowsAuditAndRemembersPhase();
    void typingSavedWhenAuditClosesAtOnce();
    void findShortcutFocusesSearch();

private:
    QTemporaryDir m_dir;
    QString storePath() const
    {
        return m_dir.filePath(QStringLiteral("store.sqlite"));
    }
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings and app data away from the user's
    QCoreApplication::setOrganizationName(QStringLiteral("FieldbookTest"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::createAuditThroughWizard()
{
    MainWindow window;
    QVERIFY(window.openStore(storePath()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.auditListModel()->rowCount(), 0);

    bool driven = false;
    QTimer::singleShot(0, this, [&driven] {
        auto* wizard = qobject_cast<NewAuditWizard*>(QApplication::activeModalWidget());
        QVERIFY(wizard);
        test::fillNewAuditWizard(wizard,
                                 {QStringLiteral("Riverside Apparel"), 420, QStringLiteral("Initial audit 2026"),
                                  QStringLiteral("M. Chowdhury"), QStringLiteral("R. Begum, T. Islam")});
        driven = true;
    });
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(driven);

    QCOMPARE(window.auditListModel()->rowCount(), 1);
    const AuditSummary& s = window.auditListModel()->summary(0);
    QCOMPARE(s.facilityName, QStringLiteral("Riverside Apparel"));
    QCOMPARE(s.audit.title, QStringLiteral("Initial audit 2026"));
    QCOMPARE(s.audit.codes, (QStringList{QStringLiteral("sa8000"), QStringLiteral("wrap")}));
    QVERIFY(window.workspace());
    QCOMPARE(window.workspace()->auditId(), s.audit.id);
    Result<QVariant> profile = window.database().scalar(QStringLiteral("SELECT profile_json FROM facilities"));
    QVERIFY(profile->toString().contains(QStringLiteral("\"dormitory\":true")));
    QCOMPARE(window.database().scalar(QStringLiteral("SELECT headcount FROM facilities"))->toInt(), 420);
    QCOMPARE(window.database()
                 .scalar(QStringLiteral("SELECT group_concat(name || '/' || role, ';') FROM (SELECT name, role FROM "
                                        "audit_team ORDER BY id)"))
                 ->toString(),
             QStringLiteral("M. Chowdhury/lead;R. Begum/auditor;T. Islam/auditor"));
    // The checklist was derived from both codes (crosswalk questions carry clauses of each).
    QVERIFY(window.database().scalar(QStringLiteral("SELECT count(*) FROM checklist_items"))->toInt() > 20);
    QVERIFY(window.database()
                .scalar(QStringLiteral("SELECT count(*) FROM checklist_item_clauses WHERE clause LIKE 'wrap:%'"))
                ->toInt() > 0);
    QVERIFY(window.database()
                .scalar(QStringLiteral("SELECT count(*) FROM checklist_item_clauses WHERE clause LIKE 'sa8000:%'"))
                ->toInt() > 0);
}

void TestMainWindow::wizardRequiresFacilityName()
{
    MainWindow window;
    QVERIFY(window.openStore(m_dir.filePath(QStringLiteral("empty.sqlite"))));
    NewAuditWizard wizard(window.database(), &window);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // An empty name must not pass the first page (the message box is closed right away).
    QTimer::singleShot(0, this, [] {
        if (QWidget* box = QApplication::activeModalWidget()) {
            box->close();
        }
    });
    QVERIFY(!wizard.validateCurrentPage());
    QCOMPARE(wizard.currentId(), 0);
}

void TestMainWindow::reopenShowsAuditAndRemembersPhase()
{
    {
        MainWindow window;
        QVERIFY(window.openStore(storePath()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.auditListModel()->rowCount(), 1);
        window.auditTable()->selectRow(0);
        window.openSelectedAudit();
        QVERIFY(window.workspace());
        QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(window.workspace()->currentPhase(), AuditPhase::Findings);
    }
    MainWindow again;
    QVERIFY(again.openStore(storePath()));
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    again.auditTable()->setFocus();
    again.auditTable()->selectRow(0);
    QTest::keyClick(again.auditTable(), Qt::Key_Return);
    QVERIFY(again.workspace());
    QCOMPARE(again.workspace()->currentPhase(), AuditPhase::Findings);
}

// Text typed and closed before the save timer fires, without a focus change, is still saved.
void TestMainWindow::typingSavedWhenAuditClosesAtOnce()
{
    MainWindow window;
    QVERIFY(window.openStore(storePath()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qint64 auditId = window.auditListModel()->summary(0).audit.id;
    QVERIFY(window.openAudit(auditId));
    window.workspace()->showPhase(AuditPhase::Plan);
    auto* scope = window.workspace()->findChild<QPlainTextEdit*>(QStringLiteral("planScope"));
    QVERIFY(scope);
    QTest::keyClicks(scope, QStringLiteral("Whole site incl. dormitory"));
    window.showAuditList(); // at once: the 500 ms timer has not fired
    QCOMPARE(window.database().scalar(QStringLiteral("SELECT scope FROM audits WHERE id = ?1"), {auditId})->toString(),
             QStringLiteral("Whole site incl. dormitory"));
}

void TestMainWindow::findShortcutFocusesSearch()
{
    MainWindow window;
    QVERIFY(window.openStore(storePath()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openAudit(window.auditListModel()->summary(0).audit.id));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.workspace()->currentPhase(), AuditPhase::DocumentReview);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("searchField"));
    QVERIFY(window.workspace()->page(AuditPhase::DocumentReview)->isAncestorOf(QApplication::focusWidget()));
}

FIELDBOOK_TEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
