// The interview pages driven with the keyboard: a new interview, its fields, answers by key,
// sealed notes, undo/redo, a group interview without pay and hours, a locked protector, the
// sample (draw, leave out, interview a drawn worker) and a management interview. Every step is
// checked in the store through a second connection.
#include "app/demo/DemoParams.h"
#include "app/demo/FactoryGenerator.h"
#include "app/demo/RecordWriter.h"
#include "app/interviews/InterviewPlanStore.h"
#include "app/interviews/InterviewVocabulary.h"
#include "app/records/RecordStore.h"
#include "app/signing/SodiumDataProtector.h"
#include "support/FieldworkFixture.h"
#include "support/TestRegistry.h"
#include "ui/interviews/InterviewForm.h"
#include "ui/interviews/InterviewsPanel.h"
#include "ui/interviews/ManagementInterviewPage.h"
#include "ui/interviews/SamplePanel.h"
#include "ui/interviews/WorkerInterviewsPage.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace fieldbook;

class TestInterviewPages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newInterviewFromTheKeyboard();
    void answersByKeyWithUndoRedo();
    void notesAreSealedAndUndoable();
    void groupInterviewLeavesOutPayAndHours();
    void lockedProtectorLocksTheNotes();
    void sampleDrawExcludeAndInterview();
    void managementInterviewRecordsTheRole();

private:
    QVariant storeValue(const QString& sql, const QVariantList& binds = {});
    QString newInterview();
    void leave(QWidget* editor);

    QTemporaryDir m_dir;
    test::FieldworkFixture m_f;
    std::unique_ptr<SodiumDataProtector> m_protector;
    QUndoStack* m_undo = nullptr;
    WorkspaceContext* m_context = nullptr;
    WorkerInterviewsPage* m_page = nullptr;
};

void TestInterviewPages::init()
{
    m_f = test::FieldworkFixture();
    QString error;
    QVERIFY2(m_f.create(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error),
             qPrintable(error));
    m_protector = SodiumDataProtector::create(m_f.db, QStringLiteral("gui passphrase")).take();
    m_undo = new QUndoStack;
    m_context = new WorkspaceContext(m_f.db, m_f.auditId, m_f.auditUuid, m_undo);
    m_context->setProtector(m_protector.get());
    m_page = new WorkerInterviewsPage(*m_context);
    m_page->resize(1100, 700);
    m_page->show();
    m_page->reload();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestInterviewPages::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_context;
    delete m_undo;
    m_protector.reset();
}

QVariant TestInterviewPages::storeValue(const QString& sql, const QVariantList& binds)
{
    Result<Database> other = Database::open(m_f.path, Database::OpenMode::ReadOnly);
    if (!other) {
        qWarning("%s", qPrintable(other.error()));
        return {};
    }
    Result<QVariant> v = other->scalar(sql, binds);
    return v ? *v : QVariant();
}

QString TestInterviewPages::newInterview()
{
    m_page->tabs()->setCurrentWidget(m_page->interviews());
    m_page->interviews()->list()->setFocus();
    QTest::keyClick(m_page->interviews()->list(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    return m_page->interviews()->form()->interviewUuid();
}

void TestInterviewPages::leave(QWidget* editor)
{
    // Tab moves on: the field is saved on focus-out.
    QTest::keyClick(editor, Qt::Key_Tab);
    QApplication::processEvents();
}

void TestInterviewPages::newInterviewFromTheKeyboard()
{
    QVERIFY(m_page->tabs()->currentWidget() == m_page->sample()); // no interview yet: the sample first
    const QString uuid = newInterview();
    QVERIFY(!uuid.isEmpty());
    QCOMPARE(storeValue(QStringLiteral("SELECT pseudonym FROM interviews WHERE uuid = ?1"), {uuid}).toString(),
             QStringLiteral("W-01"));
    InterviewForm* form = m_page->interviews()->form();
    auto* department = form->findChild<QLineEdit*>(QStringLiteral("departmentEdit"));
    QVERIFY(department->hasFocus()); // the cursor is in the first field of the new interview
    QTest::keyClicks(department, QStringLiteral("Sewing"));
    leave(department);
    auto* hours = form->findChild<QLineEdit*>(QStringLiteral("statedHoursEdit"));
    hours->setFocus();
    QTest::keyClicks(hours, QStringLiteral("62,5")); // a comma works as the decimal sign
    leave(hours);
    auto* rest = form->findChild<QLineEdit*>(QStringLiteral("statedRestDaysEdit"));
    rest->setFocus();
    QTest::keyClicks(rest, QStringLiteral("1"));
    leave(rest);
    auto* gender = form->findChild<QComboBox*>(QStringLiteral("genderCombo"));
    gender->setFocus();
    gender->setCurrentIndex(gender->findData(QStringLiteral("F")));
    QCOMPARE(storeValue(QStringLiteral("SELECT department || '|' || stated_weekly_hours || '|' || "
                                       "stated_rest_days_per_week || '|' || gender FROM interviews WHERE uuid = ?1"),
                        {uuid})
                 .toString(),
             QStringLiteral("Sewing|62.5|1.0|F"));
    // A bad number is refused with a message, and nothing is stored.
    QSignalSpy errors(form, &InterviewForm::errorOccurred);
    hours->setFocus();
    hours->selectAll();
    QTest::keyClicks(hours, QStringLiteral("sixty"));
    leave(hours);
    QVERIFY(!errors.isEmpty());
    QCOMPARE(
        storeValue(QStringLiteral("SELECT stated_weekly_hours FROM interviews WHERE uuid = ?1"), {uuid}).toDouble(),
        62.5);
    // The list shows it, and the phase progress counts it.
    QCOMPARE(m_page->interviews()->list()->model()->rowCount(), 1);
    QCOMPARE(m_page->progress().done, 1);
    QCOMPARE(m_page->progress().total, 10); // fixture headcount 100, no register yet: sqrt rule
}

void TestInterviewPages::answersByKeyWithUndoRedo()
{
    const QString uuid = newInterview();
    InterviewForm* form = m_page->interviews()->form();
    QCOMPARE(form->questionCount(), 3); // the fixture's worker-interview questions
    form->tabs()->setCurrentIndex(1);
    QTreeView* tree = form->questionTree();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_1); // yes, and on to the next question
    QTest::keyClick(tree, Qt::Key_2); // no
    QTest::keyClick(tree, Qt::Key_3); // unclear
    const QString answers = QStringLiteral(
        "SELECT group_concat(coalesce(answer, '-'), ',') FROM (SELECT x.answer FROM interview_answers x JOIN "
        "interviews v ON v.id = x.interview_id WHERE v.uuid = ?1 ORDER BY x.question_key)");
    QCOMPARE(storeValue(answers, {uuid}).toString(), QStringLiteral("yes,no,unclear"));
    QCOMPARE(form->answeredCount(), 3);
    m_undo->undo();
    QCOMPARE(storeValue(answers, {uuid}).toString(), QStringLiteral("yes,no,-"));
    m_undo->undo();
    QCOMPARE(storeValue(answers, {uuid}).toString(), QStringLiteral("yes,-,-"));
    QCOMPARE(form->answeredCount(), 1);
    m_undo->redo();
    QCOMPARE(storeValue(answers, {uuid}).toString(), QStringLiteral("yes,no,-"));
    QCOMPARE(form->answeredCount(), 2);
    // 0 clears the selected question's answer.
    QVERIFY(form->selectNextUnanswered());
    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
    QTest::keyClick(tree, Qt::Key_0);
    QCOMPARE(storeValue(answers, {uuid}).toString(), QStringLiteral("-,no,-"));
    QVERIFY(storeValue(QStringLiteral("SELECT count(*) FROM audit_trail WHERE entity = 'interview_answers'")).toInt() >=
            6);
}

void TestInterviewPages::notesAreSealedAndUndoable()
{
    const QString uuid = newInterview();
    InterviewForm* form = m_page->interviews()->form();
    QPlainTextEdit* notes = form->notesEdit();
    QVERIFY(!notes->isReadOnly());
    notes->setFocus();
    const QString said = QStringLiteral("Says the line leader collects phones at 8 and returns them at 20.");
    QTest::keyClicks(notes, said);
    leave(notes);
    const QByteArray sealed =
        storeValue(QStringLiteral("SELECT notes FROM interviews WHERE uuid = ?1"), {uuid}).toByteArray();
    QVERIFY(sealed.startsWith("FBP2")); // bound to this interview's notes: does not open elsewhere
    QVERIFY(sealed.contains(QByteArray(QByteArray("interviews/notes/") + uuid.toUtf8())));
    QVERIFY(!sealed.contains("phones"));
    QCOMPARE(m_protector->open(sealed).value_or(QString()), said);
    QVERIFY(!storeValue(QStringLiteral("SELECT group_concat(coalesce(new_value, ''), ' ') FROM audit_trail WHERE "
                                       "field = 'notes'"))
                 .toString()
                 .contains(QStringLiteral("phones")));
    // A note on an answer, typed in the Questions tab, creates the answer row and is sealed too.
    form->tabs()->setCurrentIndex(1);
    QPlainTextEdit* answerNote = form->answerNoteEdit();
    answerNote->setFocus();
    QTest::keyClicks(answerNote, QStringLiteral("pay slip shows 3 deductions"));
    QTest::qWait(700); // saved 500 ms after typing stops
    const QByteArray answerSealed =
        storeValue(QStringLiteral("SELECT x.free_text FROM interview_answers x JOIN interviews v ON v.id = "
                                  "x.interview_id WHERE v.uuid = ?1"),
                   {uuid})
            .toByteArray();
    QCOMPARE(m_protector->open(answerSealed).value_or(QString()), QStringLiteral("pay slip shows 3 deductions"));
    // Undo takes the answer note back, then the interview notes.
    m_undo->undo();
    QVERIFY(storeValue(QStringLiteral("SELECT x.free_text FROM interview_answers x JOIN interviews v ON v.id = "
                                      "x.interview_id WHERE v.uuid = ?1"),
                       {uuid})
                .isNull());
    m_undo->undo();
    QVERIFY(storeValue(QStringLiteral("SELECT notes FROM interviews WHERE uuid = ?1"), {uuid}).isNull());
    QVERIFY(notes->toPlainText().isEmpty());
    m_undo->redo();
    QCOMPARE(
        m_protector
            ->open(storeValue(QStringLiteral("SELECT notes FROM interviews WHERE uuid = ?1"), {uuid}).toByteArray())
            .value_or(QString()),
        said);
    QCOMPARE(notes->toPlainText(), said);
}

void TestInterviewPages::groupInterviewLeavesOutPayAndHours()
{
    m_page->tabs()->setCurrentWidget(m_page->interviews());
    m_page->interviews()->list()->setFocus();
    QTest::keyClick(m_page->interviews()->list(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    InterviewForm* form = m_page->interviews()->form();
    const QString uuid = form->interviewUuid();
    QCOMPARE(storeValue(QStringLiteral("SELECT format || '/' || participants FROM interviews WHERE uuid = ?1"), {uuid})
                 .toString(),
             QStringLiteral("group/2"));
    QVERIFY(!form->findChild<QGroupBox*>(QStringLiteral("statementsBox"))->isVisibleTo(form));
    QVERIFY(form->findChild<QLabel*>(QStringLiteral("groupNotice"))->isVisibleTo(form));
    QCOMPARE(form->questionCount(), 0); // the fixture's worker questions are all about remuneration
    // Back to individual: the pay and hours questions return; one undo makes it a group again.
    auto* format = form->findChild<QComboBox*>(QStringLiteral("formatCombo"));
    format->setCurrentIndex(format->findData(QStringLiteral("individual")));
    QCOMPARE(storeValue(QStringLiteral("SELECT format || '/' || participants FROM interviews WHERE uuid = ?1"), {uuid})
                 .toString(),
             QStringLiteral("individual/1"));
    QCOMPARE(form->questionCount(), 3);
    QVERIFY(form->findChild<QGroupBox*>(QStringLiteral("statementsBox"))->isVisibleTo(form));
    m_undo->undo();
    QCOMPARE(storeValue(QStringLiteral("SELECT format || '/' || participants FROM interviews WHERE uuid = ?1"), {uuid})
                 .toString(),
             QStringLiteral("group/2"));
    QCOMPARE(form->questionCount(), 0);
    // An individual interview with stated hours cannot become a group one.
    m_undo->redo();
    auto* hours = form->findChild<QLineEdit*>(QStringLiteral("statedHoursEdit"));
    hours->setFocus();
    QTest::keyClicks(hours, QStringLiteral("58"));
    leave(hours);
    QSignalSpy errors(form, &InterviewForm::errorOccurred);
    format->setCurrentIndex(format->findData(QStringLiteral("group")));
    QVERIFY(!errors.isEmpty());
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("never discussed in groups")));
    QCOMPARE(storeValue(QStringLiteral("SELECT format FROM interviews WHERE uuid = ?1"), {uuid}).toString(),
             QStringLiteral("individual"));
    QCOMPARE(format->currentData().toString(), QStringLiteral("individual"));
}

void TestInterviewPages::lockedProtectorLocksTheNotes()
{
    const QString uuid = newInterview();
    InterviewForm* form = m_page->interviews()->form();
    form->notesEdit()->setFocus();
    QTest::keyClicks(form->notesEdit(), QStringLiteral("first visit notes"));
    leave(form->notesEdit());
    const QByteArray sealed =
        storeValue(QStringLiteral("SELECT notes FROM interviews WHERE uuid = ?1"), {uuid}).toByteArray();
    QVERIFY(!sealed.isEmpty());
    m_context->setProtector(nullptr); // the session's key is gone
    QVERIFY(form->notesEdit()->isReadOnly());
    QVERIFY(form->notesEdit()->toPlainText().isEmpty()); // nothing shown in clear
    auto* link = form->findChild<QLineEdit*>(QStringLiteral("workerRefEdit"));
    QVERIFY(link->isReadOnly());
    form->notesEdit()->setFocus();
    QTest::keyClicks(form->notesEdit(), QStringLiteral("typed while locked"));
    leave(form->notesEdit());
    QTest::qWait(600);
    QCOMPARE(storeValue(QStringLiteral("SELECT notes FROM interviews WHERE uuid = ?1"), {uuid}).toByteArray(), sealed);
    // The rest of the form keeps working.
    auto* hours = form->findChild<QLineEdit*>(QStringLiteral("statedHoursEdit"));
    hours->setFocus();
    QTest::keyClicks(hours, QStringLiteral("48"));
    leave(hours);
    QCOMPARE(storeValue(QStringLiteral("SELECT stated_weekly_hours FROM interviews WHERE uuid = ?1"), {uuid}).toInt(),
             48);
    m_context->setProtector(m_protector.get());
    QVERIFY(!form->notesEdit()->isReadOnly());
    QCOMPARE(form->notesEdit()->toPlainText(), QStringLiteral("first visit notes"));
}

void TestInterviewPages::sampleDrawExcludeAndInterview()
{
    // The factory's register, imported like any other (names and IDs sealed).
    FactoryProfile profile;
    profile.workers = 120;
    profile.days = 14;
    profile.seed = 4;
    const GeneratedFactory factory = FactoryGenerator::generate(profile, demoParams());
    const QString files = m_dir.filePath(QStringLiteral("sample-files"));
    QVERIFY(RecordWriter::write(factory.records, files).ok());
    QVERIFY(RecordStore(m_f.db, m_protector.get()).importDirectory(m_f.auditId, files));
    emit m_context->auditDataChanged(DataArea::Records);

    SamplePanel* sample = m_page->sample();
    auto* draw = sample->findChild<QPushButton*>(QStringLiteral("drawSampleButton"));
    QVERIFY(draw->isEnabled());
    QTest::mouseClick(draw, Qt::LeftButton);
    QVERIFY(sample->plan().has_value());
    const int size = sample->plan()->sampleSize;
    QCOMPARE(sample->workersView()->model()->rowCount(), size);
    QVERIFY(sample->strataView()->model()->rowCount() > 1);
    QCOMPARE(m_page->progress().total, size);
    // No names anywhere in the sample's tables: employee numbers only.
    for (int r = 0; r < sample->workersView()->model()->rowCount(); ++r) {
        const QString id = sample->workersView()->model()->index(r, 0).data().toString();
        QVERIFY(factory.records.workerIndex.contains(id));
        // The group reads as words (department · gender · shift), not the register's codes.
        const QString group = sample->workersView()->model()->index(r, 2).data().toString();
        const QStringList parts = group.split(QStringLiteral(" · "));
        QCOMPARE(parts.size(), 3);
        const QStringList genders{InterviewVocabulary::genderText(QStringLiteral("F")),
                                  InterviewVocabulary::genderText(QStringLiteral("M")),
                                  InterviewVocabulary::genderText(QStringLiteral("X"))};
        QVERIFY2(genders.contains(parts.at(1)), qPrintable(group));
    }
    // Leave the first one out: someone else takes the place, and the store says why.
    sample->workersView()->setCurrentIndex(sample->workersView()->model()->index(0, 0));
    const QString leaving = sample->workersView()->model()->index(0, 0).data().toString();
    auto* reason = sample->findChild<QComboBox*>(QStringLiteral("exclusionReasonCombo"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("declined")));
    QTest::mouseClick(sample->findChild<QPushButton*>(QStringLiteral("excludeWorkerButton")), Qt::LeftButton);
    QCOMPARE(storeValue(QStringLiteral("SELECT status || '/' || exclusion_reason FROM interview_plan_workers WHERE "
                                       "worker_id = ?1"),
                        {leaving})
                 .toString(),
             QStringLiteral("excluded/declined"));
    QCOMPARE(sample->plan()->selectedCount(), size);
    // Interview the (new) first worker: the form opens with their groups filled in, and linked.
    sample->workersView()->setCurrentIndex(sample->workersView()->model()->index(0, 0));
    const QString chosen = sample->workersView()->model()->index(0, 0).data().toString();
    QTest::mouseClick(sample->findChild<QPushButton*>(QStringLiteral("interviewWorkerButton")), Qt::LeftButton);
    QCOMPARE(m_page->tabs()->currentWidget(), m_page->interviews());
    const QString uuid = m_page->interviews()->form()->interviewUuid();
    QVERIFY(!uuid.isEmpty());
    const QByteArray link =
        storeValue(QStringLiteral("SELECT worker_ref FROM interviews WHERE uuid = ?1"), {uuid}).toByteArray();
    QCOMPARE(m_protector->open(link).value_or(QString()), chosen);
    const QString department = factory.records.workers[size_t(factory.records.workerIndex.value(chosen))].department;
    QCOMPARE(storeValue(QStringLiteral("SELECT department FROM interviews WHERE uuid = ?1"), {uuid}).toString(),
             department);
    // Re-draw: a new seed, the left-out worker stays out; the plan survives a new page.
    QTest::mouseClick(draw, Qt::LeftButton);
    QVERIFY(sample->plan()->excludedIds().contains(leaving));
    const quint64 seed = sample->plan()->seed;
    WorkerInterviewsPage again(*m_context);
    again.reload();
    QCOMPARE(again.sample()->plan()->seed, seed);
    QCOMPARE(again.tabs()->currentWidget(), again.interviews()); // interviews exist now
}

void TestInterviewPages::managementInterviewRecordsTheRole()
{
    ManagementInterviewPage page(*m_context);
    page.resize(1100, 700);
    page.show();
    page.reload();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.interviews()->list()->setFocus();
    QTest::keyClick(page.interviews()->list(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    InterviewForm* form = page.interviews()->form();
    const QString uuid = form->interviewUuid();
    QCOMPARE(storeValue(QStringLiteral("SELECT pseudonym || '/' || kind FROM interviews WHERE uuid = ?1"), {uuid})
                 .toString(),
             QStringLiteral("M-01/management"));
    QVERIFY(!form->findChild<QLineEdit*>(QStringLiteral("statedHoursEdit"))); // no worker statements here
    QVERIFY(!form->findChild<QLineEdit*>(QStringLiteral("workerRefEdit")));
    auto* role = form->findChild<QComboBox*>(QStringLiteral("roleCombo"));
    role->setFocus();
    role->setCurrentIndex(role->findData(QStringLiteral("health_safety")));
    QCOMPARE(storeValue(QStringLiteral("SELECT interviewee_role FROM interviews WHERE uuid = ?1"), {uuid}).toString(),
             QStringLiteral("health_safety"));
    QCOMPARE(form->questionCount(), 6); // the fixture's management-interview questions
    form->tabs()->setCurrentIndex(1);
    form->questionTree()->setFocus();
    QTest::keyClick(form->questionTree(), Qt::Key_1);
    QTest::keyClick(form->questionTree(), Qt::Key_1);
    QCOMPARE(storeValue(QStringLiteral("SELECT count(*) FROM interview_answers x JOIN interviews v ON v.id = "
                                       "x.interview_id WHERE v.uuid = ?1 AND x.answer = 'yes'"),
                        {uuid})
                 .toInt(),
             2);
    QCOMPARE(page.progress().done, 1);
    QCOMPARE(page.progress().total, 3);
    m_undo->undo();
    m_undo->undo();
    m_undo->undo();
    QVERIFY(storeValue(QStringLiteral("SELECT interviewee_role FROM interviews WHERE uuid = ?1"), {uuid}).isNull());
}

FIELDBOOK_TEST_MAIN(TestInterviewPages)
#include "TestInterviewPages.moc"
