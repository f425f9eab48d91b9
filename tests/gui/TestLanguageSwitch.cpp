#include "support/FieldworkFixture.h"
#include "support/TestRegistry.h"

#include "app/fieldwork/AuditPhase.h"
#include "app/i18n/AppTranslator.h"
#include "app/i18n/LanguageSettings.h"
#include "ui/MainWindow.h"
#include "ui/checklist/ChecklistWidget.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/workspace/AuditWorkspace.h"
#include "ui/workspace/WorkspacePage.h"

#include <QApplication>
#include <QComboBox>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace fieldbook;

// Switching the interface language at run time: typing not yet saved reaches the store, the same
// audit, phase and selection come back, menus speak the new language, and undo still works.
class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void typingSurvivesSwitchAndMenusChange();
    void checklistSelectionAndFiltersSurvive();
    void preferencesDialogSwitchesLanguage();

private:
    QString meetingNotesInStore() const;
    QTemporaryDir m_dir;
    test::FieldworkFixture m_fixture;
};

void TestLanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FieldbookTest"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_fixture.create(m_dir.filePath(QStringLiteral("store.sqlite")), &error), qPrintable(error));
}

void TestLanguageSwitch::cleanup()
{
    AppTranslator::application().install(QStringLiteral("en"));
    QSettings().clear();
}

QString TestLanguageSwitch::meetingNotesInStore() const
{
    Result<QVariant> body = m_fixture.db.scalar(
        QStringLiteral("SELECT body FROM phase_notes WHERE audit_id = ?1 AND phase = 'opening_meeting'"),
        {m_fixture.auditId});
    return body ? body->toString() : QStringLiteral("<%1>").arg(body.error());
}

void TestLanguageSwitch::typingSurvivesSwitchAndMenusChange()
{
    MainWindow window;
    QVERIFY(window.openStore(m_fixture.path));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openAudit(m_fixture.auditId));
    window.workspace()->showPhase(AuditPhase::OpeningMeeting);
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));

    auto* notes = window.workspace()->findChild<QPlainTextEdit*>(QStringLiteral("meetingNotes"));
    QVERIFY(notes);
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Chairs for 12"));
    // Switch at once, before the typing timer fires: the switch itself must save the text.
    AuditWorkspace* before = window.workspace();
    window.setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(AppTranslator::current(), QStringLiteral("zh_CN"));
    QCOMPARE(meetingNotesInStore(), QStringLiteral("Chairs for 12"));

    QVERIFY(window.workspace());
    QVERIFY(window.workspace() != before);
    QCOMPARE(window.workspace()->currentPhase(), AuditPhase::OpeningMeeting);
    auto* rebuilt = window.workspace()->findChild<QPlainTextEdit*>(QStringLiteral("meetingNotes"));
    QVERIFY(rebuilt);
    QCOMPARE(rebuilt->toPlainText(), QStringLiteral("Chairs for 12"));
    const QList<QAction*> menus = window.menuBar()->actions();
    QCOMPARE(menus.size(), 5); // File, Edit, View, Tools, Help
    QCOMPARE(menus.at(0)->text(), QStringLiteral("文件(&F)"));
    QCOMPARE(menus.at(1)->text(), QStringLiteral("编辑(&E)"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Fieldbook")));

    // The undo history survived the rebuild and acts on the store and the new editor.
    QVERIFY(window.undoStack()->canUndo());
    // One step: the typing. Rebuilding must not write anything else (an untouched editor saved
    // again would put '' over NULL and fill the audit trail).
    QCOMPARE(window.undoStack()->count(), 1);
    window.undoStack()->undo();
    QCOMPARE(meetingNotesInStore(), QString());
    QCOMPARE(rebuilt->toPlainText(), QString());
    window.undoStack()->redo();
    QCOMPARE(meetingNotesInStore(), QStringLiteral("Chairs for 12"));

    window.setLanguage(QStringLiteral("en"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(window.workspace()->currentPhase(), AuditPhase::OpeningMeeting);
}

void TestLanguageSwitch::checklistSelectionAndFiltersSurvive()
{
    MainWindow window;
    QVERIFY(window.openStore(m_fixture.path));
    window.show();
    QVERIFY(window.openAudit(m_fixture.auditId));
    window.workspace()->showPhase(AuditPhase::DocumentReview);
    auto* checklist = window.workspace()->page(AuditPhase::DocumentReview)->findChild<ChecklistWidget*>();
    QVERIFY(checklist);
    auto* method = checklist->findChild<QComboBox*>(QStringLiteral("methodFilter"));
    method->setCurrentIndex(0); // all methods
    QVERIFY(checklist->selectItem(m_fixture.itemIds.at(4)));

    window.setLanguage(QStringLiteral("es"));
    QCOMPARE(window.workspace()->currentPhase(), AuditPhase::DocumentReview);
    auto* again = window.workspace()->page(AuditPhase::DocumentReview)->findChild<ChecklistWidget*>();
    QVERIFY(again && again != checklist);
    const QVariantMap state = again->viewState();
    QCOMPARE(state.value(QStringLiteral("item")).toLongLong(), m_fixture.itemIds.at(4));
    QCOMPARE(state.value(QStringLiteral("methodFilter")).toInt(), 0);
    QCOMPARE(again->findChild<QComboBox*>(QStringLiteral("methodFilter"))->itemText(0),
             QStringLiteral("Todos los métodos"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Archivo"));
}

void TestLanguageSwitch::preferencesDialogSwitchesLanguage()
{
    MainWindow window;
    QVERIFY(window.openStore(m_fixture.path));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openAudit(m_fixture.auditId));
    bool driven = false;
    QTimer::singleShot(0, this, [&driven] {
        auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        // Offered in their own names, whatever the interface language.
        QVERIFY(dialog->uiLanguageBox()->findText(QStringLiteral("简体中文")) > 0);
        dialog->uiLanguageBox()->setCurrentIndex(dialog->uiLanguageBox()->findData(QStringLiteral("es")));
        dialog->reportLanguageBox()->setCurrentIndex(dialog->reportLanguageBox()->findData(QStringLiteral("zh_CN")));
        dialog->accept();
        driven = true;
    });
    QAction* preferences = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* a : menu->menu()->actions()) {
            if (a->objectName() == QLatin1String("preferencesAction")) {
                preferences = a;
            }
        }
    }
    QVERIFY(preferences);
    preferences->trigger();
    QVERIFY(driven);
    QCOMPARE(LanguageSettings::uiLanguageChoice(), QStringLiteral("es"));
    QCOMPARE(LanguageSettings::effectiveReportLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(AppTranslator::current(), QStringLiteral("es"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Archivo"));
    QVERIFY(window.workspace()); // the audit stayed open
    QCOMPARE(window.workspace()->auditId(), m_fixture.auditId);
    QApplication::processEvents(); // the old menus are deleted later: nothing may crash
}

FIELDBOOK_TEST_MAIN(TestLanguageSwitch)
#include "TestLanguageSwitch.moc"
