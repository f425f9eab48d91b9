#include "app/demo/DemoLauncher.h"
#include "app/demo/DemoParams.h"
#include "app/demo/FactoryGenerator.h"
#include "app/demo/PatternPlanter.h"
#include "app/demo/RecordWriter.h"
#include "gui/NewAuditWizardDriver.h"
#include "support/FieldworkFixture.h"
#include "support/TestRegistry.h"
#include "ui/MainWindow.h"
#include "ui/checklist/ChecklistWidget.h"
#include "ui/checklist/EvidenceStrip.h"
#include "ui/checklist/QuestionPanel.h"
#include "ui/findings/FindingEditor.h"
#include "ui/interviews/InterviewForm.h"
#include "ui/interviews/InterviewsPanel.h"
#include "ui/interviews/WorkerInterviewsPage.h"
#include "ui/pages/ChecklistPhasePage.h"
#include "ui/pages/FindingsPage.h"
#include "ui/pages/MeetingPage.h"
#include "ui/pages/ReportPage.h"
#include "ui/records/RecordAnalysisPage.h"
#include "ui/records/RecordImportController.h"
#include "ui/records/RecordImportWizard.h"
#include "ui/wizard/NewAuditWizard.h"
#include "ui/workspace/AuditWorkspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QTreeView>

using namespace fieldbook;

// A whole audit driven through the GUI in the demo store, then checked in the store: created with
// the wizard, meeting notes, answers, a photo, an interview, the factory's records imported through
// the import wizard, the analysis in the background, a flag confirmed into a finding and another
// dismissed, a corrective action, the PDF report.
// One function per step, in the order of the visit.
class TestAuditWalkthrough : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeAudit();

private:
    void createAudit();
    void openingMeeting();
    void answerChecklist();
    void attachPhoto();
    void recordInterview();        // WorkerInterviews page: record one interview from the keyboard
    void importRecords();          // RecordAnalysis page: the factory's files through the import wizard
    void runAnalysis();            // RecordAnalysis page: every check in the background
    void confirmFlagIntoFinding(); // RecordAnalysis page: one flag confirmed, another dismissed
    void addCorrectiveAction();
    void writeReport();
    void checkStore();

    template <typename Page>
    Page* showPage(AuditPhase phase)
    {
        m_window->workspace()->showPhase(phase);
        return qobject_cast<Page*>(m_window->workspace()->page(phase));
    }

    QTemporaryDir m_dir;
    QString m_store;
    MainWindow* m_window = nullptr;
    qint64 m_auditId = 0;
    QString m_findingUuid;
    int m_answeredBefore = 0;
    int m_interviewsBefore = 0;
    QString m_interviewUuid;
};

void TestAuditWalkthrough::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_store = m_dir.filePath(QStringLiteral("demo.sqlite"));
}

void TestAuditWalkthrough::wholeAudit()
{
    MainWindow window;
    m_window = &window;
    window.resize(1366, 768);
    QVERIFY(window.openStore(m_store));
    // The demo store, with the demo audit in it: the new audit lives beside it.
    Result<qint64> demo = DemoLauncher::ensureDemoAudit(window.database());
    QVERIFY2(demo, qPrintable(demo.error()));
    QVERIFY(window.openStore(m_store)); // the audit list, with the demo audit in it
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    createAudit();
    QVERIFY(m_auditId != *demo);
    m_answeredBefore = window.database()
                           .scalar(QStringLiteral("SELECT count(*) FROM checklist_responses r JOIN checklist_items i "
                                                  "ON i.id = r.item_id WHERE i.audit_id = ?1 AND r.answer IS NOT NULL"),
                                   {m_auditId})
                           ->toInt();
    QCOMPARE(m_answeredBefore, 0);

    openingMeeting();
    answerChecklist();
    attachPhoto();
    recordInterview();
    importRecords();
    runAnalysis();
    confirmFlagIntoFinding();
    addCorrectiveAction();
    writeReport();
    window.showAuditList(); // closes the workspace: everything must already be in the store
    checkStore();
    m_window = nullptr;
}

void TestAuditWalkthrough::createAudit()
{
    // Ctrl+N: the new-audit wizard, filled in from the keyboard; Finish creates the audit, derives
    // its checklist from both codes and opens it.
    bool driven = false;
    QTimer::singleShot(0, this, [&driven] {
        auto* wizard = qobject_cast<NewAuditWizard*>(QApplication::activeModalWidget());
        QVERIFY(wizard);
        test::fillNewAuditWizard(wizard, {QStringLiteral("Lotus Knitwear Ltd."), 120,
                                          QStringLiteral("Lotus Knitwear: SA8000 + WRAP initial audit"),
                                          QStringLiteral("Hu Xiaoyan"), QStringLiteral("Mei Lin Chow")});
        driven = true;
    });
    QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(driven);
    QVERIFY(m_window->workspace());
    m_auditId = m_window->workspace()->auditId();
    // The wizard has closed: the window takes the keyboard (phase shortcuts) again.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QCOMPARE(m_window->database()
                 .scalar(QStringLiteral("SELECT f.name FROM audits a JOIN facilities f ON f.id = a.facility_id WHERE "
                                        "a.id = ?1"),
                         {m_auditId})
                 ->toString(),
             QStringLiteral("Lotus Knitwear Ltd."));
    QVERIFY(m_window->database()
                .scalar(QStringLiteral("SELECT count(*) FROM checklist_items WHERE audit_id = ?1"), {m_auditId})
                ->toInt() > 20);
}

void TestAuditWalkthrough::openingMeeting()
{
    QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
    auto* page = qobject_cast<MeetingPage*>(m_window->workspace()->page(AuditPhase::OpeningMeeting));
    QVERIFY(page);
    QCOMPARE(m_window->workspace()->currentPhase(), AuditPhase::OpeningMeeting);
    page->agendaBoxes().last()->click();
    page->notesEdit()->setFocus();
    page->notesEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(page->notesEdit(), QStringLiteral("GM, HR manager and worker representative attended."));
}

void TestAuditWalkthrough::answerChecklist()
{
    QTest::keyClick(m_window, Qt::Key_4, Qt::ControlModifier); // document review: also saves the meeting notes
    auto* page = qobject_cast<ChecklistPhasePage*>(m_window->workspace()->page(AuditPhase::DocumentReview));
    QVERIFY(page);
    QTreeView* tree = page->checklist()->tree();
    tree->setFocus();
    // Answer three questions from the keyboard: F8 moves to the next unanswered one.
    QTest::keyClick(tree, Qt::Key_F8);
    QTest::keyClick(tree, Qt::Key_1);
    QTest::keyClick(tree, Qt::Key_F8);
    QTest::keyClick(tree, Qt::Key_2);
    QPlainTextEdit* notes = page->checklist()->panel()->notesEdit();
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Register shows 3 workers hired at 15."));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_R, Qt::ControlModifier); // raise a finding from it
    Result<QVariant> raised = m_window->database().scalar(
        QStringLiteral("SELECT uuid FROM findings WHERE item_id = ?1"), {page->checklist()->panel()->itemId()});
    QVERIFY(raised && raised->isValid());
    m_findingUuid = raised->toString();
    QTest::keyClick(tree, Qt::Key_F8);
    QTest::keyClick(tree, Qt::Key_3);
}

void TestAuditWalkthrough::attachPhoto()
{
    auto* page = showPage<ChecklistPhasePage>(AuditPhase::SiteTour);
    QVERIFY(page);
    const QString photo = m_dir.filePath(QStringLiteral("fire-exit.png"));
    QVERIFY(test::writeTestPng(photo, 640, 480));
    page->checklist()->tree()->setFocus();
    QTest::keyClick(page->checklist()->tree(), Qt::Key_F8); // the first observation question is answered already
    QVERIFY(page->checklist()->panel()->evidenceStrip()->addFiles({photo}).isEmpty());
    QTest::keyClick(page->checklist()->tree(), Qt::Key_2);
}

void TestAuditWalkthrough::recordInterview()
{
    QTest::keyClick(m_window, Qt::Key_5, Qt::ControlModifier);
    auto* page = qobject_cast<WorkerInterviewsPage*>(m_window->workspace()->page(AuditPhase::WorkerInterviews));
    QVERIFY(page);
    m_interviewsBefore = m_window->database()
                             .scalar(QStringLiteral("SELECT count(*) FROM interviews WHERE audit_id = ?1 AND "
                                                    "kind = 'worker'"),
                                     {m_auditId})
                             ->toInt();
    page->tabs()->setCurrentWidget(page->interviews());
    page->interviews()->list()->setFocus();
    QTest::keyClick(page->interviews()->list(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    InterviewForm* form = page->interviews()->form();
    m_interviewUuid = form->interviewUuid();
    QVERIFY(!m_interviewUuid.isEmpty());
    // The cursor starts in the department; the stated hours and two answers follow.
    QWidget* department = QApplication::focusWidget();
    QVERIFY(department && department->objectName() == QLatin1String("departmentEdit"));
    QTest::keyClicks(department, QStringLiteral("Sewing 1"));
    QTest::keyClick(department, Qt::Key_Tab);
    auto* hours = form->findChild<QLineEdit*>(QStringLiteral("statedHoursEdit"));
    hours->setFocus();
    QTest::keyClicks(hours, QStringLiteral("72"));
    QTest::keyClick(hours, Qt::Key_Tab);
    form->tabs()->setCurrentIndex(1);
    form->questionTree()->setFocus();
    QTest::keyClick(form->questionTree(), Qt::Key_1);
    QTest::keyClick(form->questionTree(), Qt::Key_2);
}

void TestAuditWalkthrough::importRecords()
{
    // The factory hands over its files: a generated factory with every check's pattern planted.
    FactoryProfile profile;
    profile.workers = 120;
    profile.days = 42;
    profile.seed = 7;
    GeneratedFactory factory = FactoryGenerator::generate(profile, demoParams());
    PatternPlanter(demoParams(), 7).plantAll(factory.records);
    const QString folder = m_dir.filePath(QStringLiteral("factory-files"));
    QVERIFY(RecordWriter::write(factory.records, folder).ok());
    QTest::keyClick(m_window, Qt::Key_7, Qt::ControlModifier);
    auto* page = qobject_cast<RecordAnalysisPage*>(m_window->workspace()->page(AuditPhase::RecordAnalysis));
    QVERIFY(page);
    // Through the import wizard: the folder as the file dialog would give it, then Next, Next,
    // the check in the background, Import.
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("importRecordsButton")), Qt::LeftButton);
    auto* wizard = page->findChild<RecordImportWizard*>();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->controller().addPaths({folder}), 5);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->controller().checkIsCurrent(), 60000);
    QSignalSpy imported(wizard, &RecordImportWizard::recordsImported);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QVERIFY(imported.wait(60000));
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("recordCounts"))->text().contains(QStringLiteral("120 workers")));
}

void TestAuditWalkthrough::runAnalysis()
{
    auto* page = qobject_cast<RecordAnalysisPage*>(m_window->workspace()->page(AuditPhase::RecordAnalysis));
    QVERIFY(page);
    QSignalSpy finished(page, &RecordAnalysisPage::analysisFinished);
    // The GUI thread keeps serving events while the checks run.
    int ticks = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, [&ticks] { ++ticks; });
    heartbeat.start(5);
    auto* run = page->findChild<QPushButton*>(QStringLiteral("runAnalysisButton"));
    QVERIFY(run);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(page->isRunning());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(ticks > 0, "the event loop was blocked during the analysis");
    auto* table = page->findChild<QTableView*>(QStringLiteral("flagTable"));
    QVERIFY(table && table->model()->rowCount() > 0);
}

void TestAuditWalkthrough::confirmFlagIntoFinding()
{
    auto* page = qobject_cast<RecordAnalysisPage*>(m_window->workspace()->page(AuditPhase::RecordAnalysis));
    QVERIFY(page);
    page->selectFlag(0);
    QVERIFY(page->confirmSelected(QStringLiteral("Identical punches in the records"), QStringLiteral("major")));
    m_findingUuid = m_window->database()
                        .scalar(QStringLiteral("SELECT f.uuid FROM analysis_flags a JOIN findings f ON f.id = "
                                               "a.finding_id WHERE a.audit_id = ?1 AND a.disposition = 'confirmed'"),
                                {m_auditId})
                        ->toString();
    QVERIFY(!m_findingUuid.isEmpty());
    // A second flag dismissed with a reason the reviewer can read.
    page->selectFlag(1);
    QVERIFY(page->dismissSelected(QStringLiteral("Explained by the documented shift change on that day")));
}

void TestAuditWalkthrough::addCorrectiveAction()
{
    QTest::keyClick(m_window, Qt::Key_8, Qt::ControlModifier);
    auto* page = qobject_cast<FindingsPage*>(m_window->workspace()->page(AuditPhase::Findings));
    QVERIFY(page);
    if (!m_findingUuid.isEmpty()) {
        QVERIFY(page->selectFinding(m_findingUuid));
    }
    QVERIFY(!page->editor()->findingUuid().isEmpty());
    m_findingUuid = page->editor()->findingUuid();
    auto* severity = page->findChild<QComboBox*>(QStringLiteral("findingSeverity"));
    severity->setCurrentIndex(severity->findData(QStringLiteral("critical")));
    QVERIFY(!page->editor()->addCorrectiveAction().isEmpty());
    auto* action = qobject_cast<QLineEdit*>(page->editor()->actionsTable()->cellWidget(0, 0));
    QVERIFY(action);
    action->setFocus();
    QTest::keyClicks(action,
                     QStringLiteral("Remove the under-age workers from work, keep paying them, enrol them in school"));
    auto* responsible = qobject_cast<QLineEdit*>(page->editor()->actionsTable()->cellWidget(0, 1));
    responsible->setFocus();
    QTest::keyClicks(responsible, QStringLiteral("HR manager"));
}

void TestAuditWalkthrough::writeReport()
{
    QTest::keyClick(m_window, Qt::Key_0, Qt::ControlModifier);
    auto* page = qobject_cast<ReportPage*>(m_window->workspace()->page(AuditPhase::Report));
    QVERIFY(page);
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(page->writeReport(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 20000);
}

void TestAuditWalkthrough::checkStore()
{
    Result<Database> db = Database::open(m_store, Database::OpenMode::ReadOnly);
    QVERIFY2(db, qPrintable(db.error()));
    auto value = [&](const QString& sql, const QVariantList& binds = {}) {
        Result<QVariant> v = db->scalar(sql, binds);
        return v ? *v : QVariant();
    };
    const QVariantList audit = {m_auditId};
    QCOMPARE(
        value(QStringLiteral("SELECT count(*) FROM checklist_responses r JOIN checklist_items i ON i.id = r.item_id "
                             "WHERE i.audit_id = ?1 AND r.answer IS NOT NULL"),
              audit)
            .toInt(),
        m_answeredBefore + 4);
    QCOMPARE(
        value(QStringLiteral("SELECT count(*) FROM checklist_responses r JOIN checklist_items i ON i.id = r.item_id "
                             "WHERE i.audit_id = ?1 AND r.notes = 'Register shows 3 workers hired at 15.'"),
              audit)
            .toInt(),
        1);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM evidence WHERE audit_id = ?1 AND length(sha256) = 64 "
                                  "AND file_name = 'fire-exit.png'"),
                   audit)
                 .toInt(),
             1);
    QVERIFY(
        value(QStringLiteral("SELECT body FROM phase_notes WHERE audit_id = ?1 AND phase = 'opening_meeting'"), audit)
            .toString()
            .endsWith(QStringLiteral("GM, HR manager and worker representative attended.")));
    QCOMPARE(value(QStringLiteral("SELECT severity FROM findings WHERE uuid = ?1"), {m_findingUuid}).toString(),
             QStringLiteral("critical"));
    QVERIFY(
        value(QStringLiteral(
                  "SELECT count(*) FROM finding_clauses c JOIN findings f ON f.id = c.finding_id WHERE f.uuid = ?1"),
              {m_findingUuid})
            .toInt() >= 1);
    QCOMPARE(
        value(
            QStringLiteral("SELECT corrective_action || ' / ' || responsible FROM corrective_actions c JOIN findings f "
                           "ON f.id = c.finding_id WHERE f.uuid = ?1"),
            {m_findingUuid})
            .toString(),
        QStringLiteral("Remove the under-age workers from work, keep paying them, enrol them in school / HR manager"));
    // The interview recorded from the keyboard.
    QCOMPARE(
        value(QStringLiteral("SELECT count(*) FROM interviews WHERE audit_id = ?1 AND kind = 'worker'"), audit).toInt(),
        m_interviewsBefore + 1);
    QCOMPARE(value(QStringLiteral("SELECT department || ' / ' || stated_weekly_hours FROM interviews WHERE uuid = ?1"),
                   {m_interviewUuid})
                 .toString(),
             QStringLiteral("Sewing 1 / 72.0"));
    QCOMPARE(value(QStringLiteral("SELECT group_concat(answer, ',') FROM (SELECT x.answer FROM interview_answers x "
                                  "JOIN interviews v ON v.id = x.interview_id WHERE v.uuid = ?1 ORDER BY x.id)"),
                   {m_interviewUuid})
                 .toString(),
             QStringLiteral("yes,no"));
    QVERIFY(
        value(QStringLiteral("SELECT count(*) FROM audit_trail WHERE entity_uuid = ?1"), {m_interviewUuid}).toInt() >=
        3);
    // Every edit left its audit-trail row.
    QVERIFY(value(QStringLiteral("SELECT count(*) FROM audit_trail WHERE entity = 'checklist_responses'")).toInt() >=
            5);
    QVERIFY(value(QStringLiteral("SELECT count(*) FROM audit_trail WHERE entity = 'corrective_actions'")).toInt() >= 3);
    QVERIFY(
        db->scalar(QStringLiteral("SELECT count(*) FROM record_imports WHERE audit_id = ?1"), {m_auditId})->toInt() >
        0);
    QVERIFY(db->scalar(QStringLiteral("SELECT count(*) FROM analysis_runs WHERE audit_id = ?1"), {m_auditId})->toInt() >
            0);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM analysis_flags WHERE audit_id = ?1 AND disposition = "
                                       "'confirmed' AND finding_id IS NOT NULL"),
                        {m_auditId})
                 ->toInt(),
             1);
    QCOMPARE(db->scalar(QStringLiteral("SELECT disposition_reason FROM analysis_flags WHERE audit_id = ?1 AND "
                                       "disposition = 'dismissed'"),
                        {m_auditId})
                 ->toString(),
             QStringLiteral("Explained by the documented shift change on that day"));
    // Both decisions are in the audit trail.
    QVERIFY(db->scalar(QStringLiteral("SELECT count(*) FROM audit_trail WHERE entity = 'analysis_flags'"))->toInt() >=
            2);
}

FIELDBOOK_TEST_MAIN(TestAuditWalkthrough)
#include "TestAuditWalkthrough.moc"
