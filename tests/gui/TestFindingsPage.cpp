#include "app/fieldwork/ChecklistResponses.h"
#include "app/fieldwork/EvidenceStore.h"
#include "app/fieldwork/FindingStore.h"
#include "support/FieldworkFixture.h"
#include "support/TestRegistry.h"
#include "ui/checklist/EvidenceStrip.h"
#include "ui/findings/ComplianceDashboard.h"
#include "ui/findings/FindingEditor.h"
#include "ui/findings/FindingListModel.h"
#include "ui/pages/FindingsPage.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fieldbook;

// Findings and corrective actions edited in the page reach the store at once.
class TestFindingsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findingAndCorrectiveActionSaved();
    void severityUndo();
    void dashboardShowsFigures();
    void findingEvidence();

private:
    QVariant storeValue(const QString& sql, const QVariantList& binds = {});

    QTemporaryDir m_dir;
    test::FieldworkFixture m_f;
    QUndoStack* m_undo = nullptr;
    WorkspaceContext* m_context = nullptr;
    FindingsPage* m_page = nullptr;
};

void TestFindingsPage::init()
{
    m_f = test::FieldworkFixture();
    QString error;
    QVERIFY2(m_f.create(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error),
             qPrintable(error));
    m_undo = new QUndoStack;
    m_context = new WorkspaceContext(m_f.db, m_f.auditId, m_f.auditUuid, m_undo);
    m_page = new FindingsPage(*m_context);
    m_page->resize(1200, 700);
    m_page->show();
    m_page->reload();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestFindingsPage::cleanup()
{
    delete m_page;
    delete m_context;
    delete m_undo;
}

QVariant TestFindingsPage::storeValue(const QString& sql, const QVariantList& binds)
{
    Result<Database> other = Database::open(m_f.path, Database::OpenMode::ReadOnly);
    Result<QVariant> v = other ? other->scalar(sql, binds) : Result<QVariant>::failure(other.error());
    return v ? *v : QVariant();
}

void TestFindingsPage::findingAndCorrectiveActionSaved()
{
    const QString uuid = m_page->newFinding();
    QVERIFY(!uuid.isEmpty());
    QCOMPARE(m_page->listModel()->rowCount(), 1);
    QCOMPARE(m_page->editor()->findingUuid(), uuid);

    auto* title = m_page->findChild<QLineEdit*>(QStringLiteral("findingTitle"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Overtime above 60 hours"));
    auto* description = m_page->findChild<QPlainTextEdit*>(QStringLiteral("findingDescription"));
    description->setFocus(); // focus-out of the title saves it
    QTest::keyClicks(description, QStringLiteral("12 of 25 sampled workers"));
    auto* rootCause = m_page->findChild<QPlainTextEdit*>(QStringLiteral("findingRootCause"));
    rootCause->setFocus();
    QTest::keyClicks(rootCause, QStringLiteral("Peak season orders"));
    auto* severity = m_page->findChild<QComboBox*>(QStringLiteral("findingSeverity"));
    severity->setCurrentIndex(severity->findData(QStringLiteral("major")));
    auto* clauses = m_page->findChild<QLineEdit*>(QStringLiteral("findingClauses"));
    clauses->setFocus();
    QTest::keyClicks(clauses, QStringLiteral("sa8000:7.3, rba:A3"));
    QTest::keyClick(clauses, Qt::Key_Return);

    QCOMPARE(storeValue(QStringLiteral("SELECT title FROM findings WHERE uuid = ?1"), {uuid}).toString(),
             QStringLiteral("Overtime above 60 hours"));
    QCOMPARE(storeValue(QStringLiteral("SELECT description FROM findings WHERE uuid = ?1"), {uuid}).toString(),
             QStringLiteral("12 of 25 sampled workers"));
    QCOMPARE(storeValue(QStringLiteral("SELECT severity FROM findings WHERE uuid = ?1"), {uuid}).toString(),
             QStringLiteral("major"));
    QCOMPARE(
        storeValue(QStringLiteral(
                       "SELECT group_concat(clause, ',') FROM (SELECT clause FROM finding_clauses c JOIN findings f "
                       "ON f.id = c.finding_id WHERE f.uuid = ?1 ORDER BY clause)"),
                   {uuid})
            .toString(),
        QStringLiteral("rba:A3,sa8000:7.3"));
    QTRY_COMPARE_WITH_TIMEOUT(
        storeValue(QStringLiteral("SELECT root_cause FROM findings WHERE uuid = ?1"), {uuid}).toString(),
        QStringLiteral("Peak season orders"), 3000);

    const QString action = m_page->editor()->addCorrectiveAction();
    QVERIFY(!action.isEmpty());
    QTableWidget* table = m_page->editor()->actionsTable();
    QCOMPARE(table->rowCount(), 1);
    auto* text = qobject_cast<QLineEdit*>(table->cellWidget(0, 0));
    auto* responsible = qobject_cast<QLineEdit*>(table->cellWidget(0, 1));
    auto* due = qobject_cast<QDateEdit*>(table->cellWidget(0, 2));
    auto* status = qobject_cast<QComboBox*>(table->cellWidget(0, 3));
    QVERIFY(text && responsible && due && status);
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Cap weekly overtime at 12 hours"));
    responsible->setFocus();
    QTest::keyClicks(responsible, QStringLiteral("HR manager"));
    due->setDate(QDate(2026, 3, 31));
    status->setCurrentIndex(status->findData(QStringLiteral("in_progress")));
    text->setFocus(); // focus-out of "responsible"

    const QString where = QStringLiteral(" FROM corrective_actions WHERE uuid = ?1");
    QCOMPARE(storeValue(QStringLiteral("SELECT corrective_action") + where, {action}).toString(),
             QStringLiteral("Cap weekly overtime at 12 hours"));
    QCOMPARE(storeValue(QStringLiteral("SELECT responsible") + where, {action}).toString(),
             QStringLiteral("HR manager"));
    QCOMPARE(storeValue(QStringLiteral("SELECT due_date") + where, {action}).toString(), QStringLiteral("2026-03-31"));
    QCOMPARE(storeValue(QStringLiteral("SELECT status") + where, {action}).toString(), QStringLiteral("in_progress"));
    QCOMPARE(m_page->listModel()->index(0, FindingListModel::ActionsColumn).data().toInt(), 1);
    QCOMPARE(m_page->progress().done, 1);
    QCOMPARE(m_page->progress().total, 1);
}

void TestFindingsPage::severityUndo()
{
    Result<FindingRecord> f = FindingStore(m_f.db).createFromQuestion(m_f.itemIds.at(0));
    QVERIFY(f);
    m_page->reload();
    QCOMPARE(m_page->editor()->findingUuid(), f->uuid);
    auto* severity = m_page->findChild<QComboBox*>(QStringLiteral("findingSeverity"));
    QCOMPARE(severity->currentData().toString(), QStringLiteral("minor"));
    severity->setCurrentIndex(severity->findData(QStringLiteral("critical")));
    QCOMPARE(storeValue(QStringLiteral("SELECT severity FROM findings WHERE uuid = ?1"), {f->uuid}).toString(),
             QStringLiteral("critical"));
    m_undo->undo();
    QCOMPARE(storeValue(QStringLiteral("SELECT severity FROM findings WHERE uuid = ?1"), {f->uuid}).toString(),
             QStringLiteral("minor"));
    QCOMPARE(severity->currentData().toString(), QStringLiteral("minor"));
}

void TestFindingsPage::dashboardShowsFigures()
{
    QVERIFY(ChecklistResponses(m_f.db).setAnswer(m_f.itemIds.at(0), QStringLiteral("compliant")));
    QVERIFY(ChecklistResponses(m_f.db).setAnswer(m_f.itemIds.at(1), QStringLiteral("non_compliant")));
    QVERIFY(FindingStore(m_f.db).createFromQuestion(m_f.itemIds.at(1)));
    m_page->tabs()->setCurrentWidget(m_page->dashboard());
    auto* sections = m_page->findChild<QChartView*>(QStringLiteral("sectionChart"));
    auto* severity = m_page->findChild<QChartView*>(QStringLiteral("severityChart"));
    QVERIFY(sections && sections->chart() && !sections->chart()->series().isEmpty());
    QVERIFY(severity && severity->chart() && !severity->chart()->series().isEmpty());
    // One bar per severity, and the one finding counted under its own.
    auto* bars = qobject_cast<QAbstractBarSeries*>(severity->chart()->series().first());
    QVERIFY(bars && bars->count() == 1);
    const QStringList severities = FindingStore::severities();
    QCOMPARE(bars->barSets().first()->count(), int(severities.size()));
    const QString own = storeValue(QStringLiteral("SELECT severity FROM findings")).toString();
    QCOMPARE(bars->barSets().first()->at(int(severities.indexOf(own))), 1.0);
    // The previous-CAP table belongs to follow-up audits only.
    QVERIFY(!m_page->dashboard()->previousActionsTable()->isVisible());
}

// A finding shows the photos of its question and takes its own.
void TestFindingsPage::findingEvidence()
{
    const QString photo = m_dir.filePath(QStringLiteral("q.png"));
    QVERIFY(test::writeTestPng(photo));
    QVERIFY(EvidenceStore(m_f.db).addFile(m_f.auditId, photo, m_f.itemIds.at(2)));
    Result<FindingRecord> f = FindingStore(m_f.db).createFromQuestion(m_f.itemIds.at(2));
    QVERIFY(f);
    m_page->reload();
    QCOMPARE(m_page->editor()->findingUuid(), f->uuid);
    EvidenceStrip* strip = m_page->editor()->evidenceStrip();
    QCOMPARE(strip->count(), 1);
    const QString document = m_dir.filePath(QStringLiteral("payroll-extract.csv"));
    QFile file(document);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("worker_id,net_pay\nW001,1200\n");
    file.close();
    QVERIFY(strip->addFiles({document}).isEmpty());
    QCOMPARE(strip->count(), 2);
    QCOMPARE(storeValue(QStringLiteral("SELECT file_name FROM evidence WHERE finding_id = ?1"), {f->id}).toString(),
             QStringLiteral("payroll-extract.csv"));
}

FIELDBOOK_TEST_MAIN(TestFindingsPage)
#include "TestFindingsPage.moc"
