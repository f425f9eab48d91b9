#include "support/FieldworkFixture.h"
#include "support/TestRegistry.h"
#include "ui/checklist/ChecklistFilterModel.h"
#include "ui/checklist/ChecklistModel.h"
#include "ui/checklist/ChecklistWidget.h"
#include "ui/checklist/EvidenceStrip.h"
#include "ui/checklist/QuestionPanel.h"
#include "ui/pages/ChecklistPhasePage.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace fieldbook;

// The checklist page driven from the keyboard, checked against the store through a second
// connection (what another process, or the next start, would see).
class TestChecklistPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void answerByKey();
    void notesSavedWhileTyping();
    void notesSavedOnFocusOut();
    void undoRedoRestoresStore();
    void attachImageStoresHash();
    void raiseFindingCopiesClauses();
    void dropFilesOnEvidence();
    void nextUnansweredAndFilters();
    void notesKeptWhileTheStoreIsBusy();

private:
    QVariant storeValue(const QString& sql, const QVariantList& binds = {});
    qint64 currentItem() const;

    QTemporaryDir m_dir;
    test::FieldworkFixture m_f;
    QUndoStack* m_undo = nullptr;
    WorkspaceContext* m_context = nullptr;
    ChecklistPhasePage* m_page = nullptr;
};

void TestChecklistPage::init()
{
    m_f = test::FieldworkFixture();
    QString error;
    QVERIFY2(m_f.create(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error),
             qPrintable(error));
    m_undo = new QUndoStack;
    m_context = new WorkspaceContext(m_f.db, m_f.auditId, m_f.auditUuid, m_undo);
    m_page = new ChecklistPhasePage(AuditPhase::DocumentReview, *m_context);
    m_page->resize(1200, 700);
    m_page->show();
    m_page->reload();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    // Show every question, not just the document-review ones.
    QComboBox* method = m_page->findChild<QComboBox*>(QStringLiteral("methodFilter"));
    method->setCurrentIndex(0);
    QVERIFY(m_page->checklist()->selectItem(m_f.itemIds.at(0)));
    m_page->checklist()->tree()->setFocus();
}

void TestChecklistPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_context;
    delete m_undo;
}

QVariant TestChecklistPage::storeValue(const QString& sql, const QVariantList& binds)
{
    Result<Database> other = Database::open(m_f.path, Database::OpenMode::ReadOnly);
    if (!other) {
        qWarning("%s", qPrintable(other.error()));
        return {};
    }
    Result<QVariant> v = other->scalar(sql, binds);
    return v ? *v : QVariant();
}

qint64 TestChecklistPage::currentItem() const
{
    return m_page->checklist()->panel()->itemId();
}

void TestChecklistPage::answerByKey()
{
    QCOMPARE(currentItem(), m_f.itemIds.at(0));
    QTest::keyClick(m_page->checklist()->tree(), Qt::Key_2);
    QCOMPARE(
        storeValue(QStringLiteral("SELECT answer FROM checklist_responses WHERE item_id = ?1"), {m_f.itemIds.at(0)})
            .toString(),
        QStringLiteral("non_compliant"));
    QVERIFY(m_page->findChild<QRadioButton*>(QStringLiteral("answer_non_compliant"))->isChecked());
    QTest::keyClick(m_page->checklist()->tree(), Qt::Key_1);
    QCOMPARE(
        storeValue(QStringLiteral("SELECT answer FROM checklist_responses WHERE item_id = ?1"), {m_f.itemIds.at(0)})
            .toString(),
        QStringLiteral("compliant"));
    // The tree's answer column and the section progress follow.
    const ChecklistModel* model = m_page->checklist()->model();
    QCOMPARE(model->index(0, ChecklistModel::AnswerColumn).data().toString(), QStringLiteral("1 of 3"));
}

void TestChecklistPage::notesSavedWhileTyping()
{
    QPlainTextEdit* notes = m_page->checklist()->panel()->notesEdit();
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Exit 2 locked 2pm"));
    // No focus change: the debounce timer alone must save it.
    QTRY_COMPARE_WITH_TIMEOUT(
        storeValue(QStringLiteral("SELECT notes FROM checklist_responses WHERE item_id = ?1"), {m_f.itemIds.at(0)})
            .toString(),
        QStringLiteral("Exit 2 locked 2pm"), 3000);
    // Typing digits into the notes must not answer the question.
    QVERIFY(storeValue(QStringLiteral("SELECT answer FROM checklist_responses WHERE item_id = ?1"), {m_f.itemIds.at(0)})
                .isNull());
}

void TestChecklistPage::notesSavedOnFocusOut()
{
    QPlainTextEdit* notes = m_page->checklist()->panel()->notesEdit();
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Seen"));
    m_page->checklist()->tree()->setFocus(); // immediately, before the debounce fires
    QCOMPARE(storeValue(QStringLiteral("SELECT notes FROM checklist_responses WHERE item_id = ?1"), {m_f.itemIds.at(0)})
                 .toString(),
             QStringLiteral("Seen"));
    // Moving to another question also saves what was typed.
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral(" twice"));
    QVERIFY(m_page->checklist()->selectItem(m_f.itemIds.at(1)));
    QCOMPARE(storeValue(QStringLiteral("SELECT notes FROM checklist_responses WHERE item_id = ?1"), {m_f.itemIds.at(0)})
                 .toString(),
             QStringLiteral("Seen twice"));
}

void TestChecklistPage::undoRedoRestoresStore()
{
    const QString sql = QStringLiteral("SELECT answer FROM checklist_responses WHERE item_id = ?1");
    QTest::keyClick(m_page->checklist()->tree(), Qt::Key_3);
    QTest::keyClick(m_page->checklist()->tree(), Qt::Key_2);
    QCOMPARE(storeValue(sql, {m_f.itemIds.at(0)}).toString(), QStringLiteral("non_compliant"));
    QCOMPARE(m_undo->count(), 2);
    m_undo->undo();
    QCOMPARE(storeValue(sql, {m_f.itemIds.at(0)}).toString(), QStringLiteral("observation"));
    QVERIFY(m_page->findChild<QRadioButton*>(QStringLiteral("answer_observation"))->isChecked());
    m_undo->undo();
    QVERIFY(storeValue(sql, {m_f.itemIds.at(0)}).isNull());
    m_undo->redo();
    m_undo->redo();
    QCOMPARE(storeValue(sql, {m_f.itemIds.at(0)}).toString(), QStringLiteral("non_compliant"));

    // Notes typed in one go are one undo step.
    QPlainTextEdit* notes = m_page->checklist()->panel()->notesEdit();
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("abc"));
    m_page->checklist()->panel()->flushNotes();
    QTest::keyClicks(notes, QStringLiteral("def"));
    m_page->checklist()->panel()->flushNotes();
    QCOMPARE(m_undo->count(), 3);
    m_undo->undo();
    QCOMPARE(storeValue(QStringLiteral("SELECT notes FROM checklist_responses WHERE item_id = ?1"), {m_f.itemIds.at(0)})
                 .toString(),
             QString());
    QCOMPARE(notes->toPlainText(), QString());
}

void TestChecklistPage::attachImageStoresHash()
{
    const QString png = m_dir.filePath(QStringLiteral("exit.png"));
    QVERIFY(test::writeTestPng(png));
    QFile f(png);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    EvidenceStrip* strip = m_page->checklist()->panel()->evidenceStrip();
    QVERIFY(strip->addFiles({png}).isEmpty());
    QCOMPARE(strip->count(), 1);
    QVERIFY(!strip->item(0)->icon().isNull());
    QCOMPARE(
        storeValue(QStringLiteral("SELECT sha256 FROM evidence WHERE item_id = ?1"), {m_f.itemIds.at(0)}).toString(),
        sha);
    QCOMPARE(
        storeValue(QStringLiteral("SELECT file_name FROM evidence WHERE item_id = ?1"), {m_f.itemIds.at(0)}).toString(),
        QStringLiteral("exit.png"));
    // A missing file is reported, nothing stored.
    QCOMPARE(strip->addFiles({m_dir.filePath(QStringLiteral("missing.jpg"))}).size(), 1);
    QCOMPARE(storeValue(QStringLiteral("SELECT count(*) FROM evidence")).toInt(), 1);
}

void TestChecklistPage::raiseFindingCopiesClauses()
{
    QVERIFY(m_page->checklist()->selectItem(m_f.itemIds.at(4)));
    m_page->checklist()->tree()->setFocus();
    QTest::keyClick(m_page->checklist()->tree(), Qt::Key_2);
    QTest::keyClick(m_page->checklist()->tree(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(
        storeValue(QStringLiteral("SELECT count(*) FROM findings WHERE item_id = ?1"), {m_f.itemIds.at(4)}).toInt(), 1);
    QCOMPARE(storeValue(QStringLiteral("SELECT group_concat(clause, ',') FROM (SELECT clause FROM finding_clauses c "
                                       "JOIN findings f ON f.id = c.finding_id WHERE f.item_id = ?1 ORDER BY clause)"),
                        {m_f.itemIds.at(4)})
                 .toString(),
             QStringLiteral("sa8000:7.2,wrap:7"));
}

void TestChecklistPage::nextUnansweredAndFilters()
{
    ChecklistWidget* checklist = m_page->checklist();
    QTest::keyClick(checklist->tree(), Qt::Key_1);
    QTest::keyClick(checklist->tree(), Qt::Key_F8);
    QCOMPARE(currentItem(), m_f.itemIds.at(1));
    QTest::keyClick(checklist->tree(), Qt::Key_2);
    QTest::keyClick(checklist->tree(), Qt::Key_J, Qt::ControlModifier);
    QCOMPARE(currentItem(), m_f.itemIds.at(2));

    checklist->answerFilterBox()->setCurrentIndex(2); // non-compliant
    int shown = 0;
    for (int s = 0; s < checklist->filterModel()->rowCount(); ++s) {
        shown += checklist->filterModel()->rowCount(checklist->filterModel()->index(s, 0));
    }
    QCOMPARE(shown, 1);
    checklist->answerFilterBox()->setCurrentIndex(1); // unanswered
    shown = 0;
    for (int s = 0; s < checklist->filterModel()->rowCount(); ++s) {
        shown += checklist->filterModel()->rowCount(checklist->filterModel()->index(s, 0));
    }
    QCOMPARE(shown, m_f.itemIds.size() - 2);
    checklist->answerFilterBox()->setCurrentIndex(0);
    checklist->searchField()->setText(QStringLiteral("sa8000:8.3"));
    QCOMPARE(checklist->filterModel()->rowCount(), 1);
    QCOMPARE(checklist->filterModel()->rowCount(checklist->filterModel()->index(0, 0)), 1);
}

// Files dragged from the file manager onto the evidence strip are stored like added ones.
void TestChecklistPage::dropFilesOnEvidence()
{
    const QString photo = m_dir.filePath(QStringLiteral("dropped.png"));
    QVERIFY(test::writeTestPng(photo, 300, 200));
    EvidenceStrip* strip = m_page->checklist()->panel()->evidenceStrip();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(photo)});
    const QPoint at = strip->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(strip->viewport(), &enter);
    QVERIFY2(strip->itemId() != 0, "no question shown");
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(strip->viewport(), &drop);
    QCOMPARE(strip->count(), 1);
    QCOMPARE(
        storeValue(QStringLiteral("SELECT file_name FROM evidence WHERE item_id = ?1"), {m_f.itemIds.at(0)}).toString(),
        QStringLiteral("dropped.png"));
}

void TestChecklistPage::notesKeptWhileTheStoreIsBusy()
{
    QuestionPanel* panel = m_page->checklist()->panel();
    QSignalSpy errors(panel, &QuestionPanel::errorOccurred);
    const QString typed = QStringLiteral("Fire exit 3 chained, photo 14");
    {
        // Another Fieldbook (the CLI importing records, a second window) in the middle of a write.
        Result<Database> other = Database::open(m_f.path);
        QVERIFY(other.ok());
        Transaction holding(other.value());
        QVERIFY(holding.isActive());
        QPlainTextEdit* notes = panel->notesEdit();
        notes->setFocus();
        QTest::keyClicks(notes, typed);
        QElapsedTimer timer;
        timer.start();
        panel->flushNotes();
        QVERIFY2(timer.elapsed() < 15000, "a busy store must be reported, not waited on without end");
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("The store is busy")),
                 qPrintable(errors.at(0).at(0).toString()));
        QCOMPARE(notes->toPlainText(), typed);
        // Moving to another question and back does not throw the typed text away.
        QVERIFY(m_page->checklist()->selectItem(m_f.itemIds.at(1)));
        QVERIFY(m_page->checklist()->selectItem(m_f.itemIds.at(0)));
        QCOMPARE(notes->toPlainText(), typed);
    }
    // The store is free again: the next save (here the retry after a moment) writes it.
    QTRY_COMPARE_WITH_TIMEOUT(
        storeValue(QStringLiteral("SELECT notes FROM checklist_responses WHERE item_id = ?1"), {m_f.itemIds.at(0)})
            .toString(),
        typed, 10000);
}

FIELDBOOK_TEST_MAIN(TestChecklistPage)
#include "TestChecklistPage.moc"
