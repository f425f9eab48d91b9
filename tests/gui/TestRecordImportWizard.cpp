#include "app/demo/DemoLauncher.h"
#include "app/demo/DemoParams.h"
#include "app/demo/FactoryGenerator.h"
#include "app/demo/RecordWriter.h"
#include "support/FieldworkFixture.h"
#include "support/TestRegistry.h"
#include "support/XlsxWriter.h"
#include "ui/records/ImportCheckPage.h"
#include "ui/records/ImportColumnsPage.h"
#include "ui/records/ImportFileListModel.h"
#include "ui/records/ImportFilesPage.h"
#include "ui/records/ImportRunPage.h"
#include "ui/records/RecordImportController.h"
#include "ui/records/RecordImportWizard.h"
#include "ui/records/RecordIssueModel.h"
#include "ui/records/RecordPreviewModel.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace fieldbook;

namespace {

// Picks `value` in a combo box the way a person does from the keyboard (which emits activated()).
bool choose(QComboBox* combo, const QVariant& value)
{
    if (!combo) {
        return false;
    }
    const int target = combo->findData(value);
    if (target < 0) {
        return false;
    }
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentIndex() != target; ++i) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
    return combo->currentIndex() == target;
}

// With FIELDBOOK_WIZARD_SCREENSHOTS=DIR set (under xvfb-run), saves the wizard at 960x640 as
// DIR/name, as screenshotsOfEachStep does; without it does nothing. False when saving failed.
bool saveShot(QWidget* wizard, const char* name)
{
    const QString shots = qEnvironmentVariable("FIELDBOOK_WIZARD_SCREENSHOTS");
    if (shots.isEmpty()) {
        return true;
    }
    QDir().mkpath(shots);
    wizard->resize(960, 640);
    for (int i = 0; i < 10; ++i) {
        QApplication::processEvents();
        QTest::qWait(20);
    }
    return wizard->grab().save(QDir(shots).filePath(QLatin1String(name)), "PNG");
}

QComboBox* editorAt(QTableView* view, int row, int column)
{
    return qobject_cast<QComboBox*>(view->indexWidget(view->model()->index(row, column)));
}

int rowOf(QAbstractItemModel* model, int column, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString().startsWith(text)) {
            return row;
        }
    }
    return -1;
}

// A generated factory's files; the time cards handed over from another system: another name,
// other headers, and one bad row on line 3.
QString writeFactory(const QString& folder, int workers, int days, QString* renamed)
{
    FactoryProfile profile;
    profile.workers = workers;
    profile.days = days;
    profile.seed = 11;
    const GeneratedFactory factory = FactoryGenerator::generate(profile, demoParams());
    if (!RecordWriter::write(factory.records, folder).ok()) {
        return {};
    }
    if (renamed) {
        QFile in(QDir(folder).filePath(QStringLiteral("time_records.csv")));
        if (!in.open(QIODevice::ReadOnly)) {
            return {};
        }
        QList<QByteArray> lines = in.readAll().split('\n');
        in.close();
        in.remove();
        lines[0] = "Emp No,Work Date,Clock In,Left At,Lunch";
        QList<QByteArray> cells = lines[2].split(',');
        cells[2] = "7:6x";
        lines[2] = cells.join(',');
        *renamed = QDir(folder).filePath(QStringLiteral("Clock export Jan.csv"));
        QFile out(*renamed);
        if (!out.open(QIODevice::WriteOnly)) {
            return {};
        }
        out.write(lines.join('\n'));
    }
    return folder;
}

} // namespace

// The import wizard driven with QTest on generated files whose headers differ from formats.md,
// checked against the store through the wizard's own background connection.
class TestRecordImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mapPreviewCheckAndImport();
    void eventLoopRunsDuringABigImport();
    void cancelLeavesTheStoreAsItWas();
    void notUtf8FileOffersAnEncoding();
    void datesColumnSaysTheDateOrder();
    void decimalsColumnSaysTheDecimalMark();
    void backDuringTheCheckChecksAgain();
    void screenshotsOfEachStep();
    void workbookSheetsAreImportedAsFiles();

private:
    QAbstractButton* button(QWizard::WizardButton which) const
    {
        return m_wizard->button(which);
    }
    qint64 count(const QString& sql) const
    {
        return m_f.db.scalar(sql)->toLongLong();
    }
    void startWizard();

    QTemporaryDir m_dir;
    test::FieldworkFixture m_f;
    QUndoStack* m_undo = nullptr;
    WorkspaceContext* m_context = nullptr;
    RecordImportWizard* m_wizard = nullptr;
};

void TestRecordImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRecordImportWizard::init()
{
    m_f = test::FieldworkFixture();
    QString error;
    QVERIFY2(m_f.create(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error),
             qPrintable(error));
    m_undo = new QUndoStack;
    m_context = new WorkspaceContext(m_f.db, m_f.auditId, m_f.auditUuid, m_undo);
}

void TestRecordImportWizard::startWizard()
{
    m_wizard = new RecordImportWizard(*m_context);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    QVERIFY(m_wizard->width() <= 1366 && m_wizard->height() <= 768);
}

void TestRecordImportWizard::cleanup()
{
    delete m_wizard;
    m_wizard = nullptr;
    delete m_context;
    delete m_undo;
    m_f = test::FieldworkFixture();
}

void TestRecordImportWizard::mapPreviewCheckAndImport()
{
    QString renamed;
    const QString folder = writeFactory(m_dir.filePath(QStringLiteral("factory")), 40, 14, &renamed);
    QVERIFY(!folder.isEmpty());
    // The renamed file is handed over apart from the others.
    const QString handed = m_dir.filePath(QStringLiteral("Clock export Jan.csv"));
    QFile::remove(handed);
    QVERIFY(QFile::rename(renamed, handed));
    startWizard();
    RecordImportController& controller = m_wizard->controller();

    // Step 1: a folder, then a dropped file whose kind cannot be told.
    QCOMPARE(controller.addPaths({folder}), 4);
    QTableView* files = m_wizard->filesPage()->view();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(handed)});
    const QPoint at = files->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(files->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(files->viewport(), &drop);
    QCOMPARE(controller.session().fileCount(), 5);
    const int clockRow = rowOf(files->model(), 0, QStringLiteral("Clock export Jan.csv"));
    QVERIFY(clockRow >= 0);
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    auto* fileProblems = m_wizard->filesPage()->findChild<QLabel*>(QStringLiteral("fileProblems"));
    QVERIFY2(fileProblems->text().contains(QStringLiteral("Clock export Jan.csv: choose what kind")),
             qPrintable(fileProblems->text()));
    QVERIFY(choose(editorAt(files, clockRow, 1), QStringLiteral("time_records")));
    QVERIFY(button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);

    // Step 2: opens on the file with a required column to map; Next waits for it.
    QCOMPARE(m_wizard->currentId(), int(RecordImportWizard::ColumnsPageId));
    ImportColumnsPage* columns = m_wizard->columnsPage();
    QVERIFY(columns->fileChooser()->currentText().startsWith(QStringLiteral("Clock export Jan.csv")));
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    auto* mappingProblems = columns->findChild<QLabel*>(QStringLiteral("mappingProblems"));
    QVERIFY2(mappingProblems->text().contains(QStringLiteral("required column(s) not mapped: time_out")),
             qPrintable(mappingProblems->text()));
    QTableView* mapping = columns->view();
    const int timeOut = rowOf(mapping->model(), 0, QStringLiteral("time_out"));
    const int pause = rowOf(mapping->model(), 0, QStringLiteral("break_minutes"));
    QCOMPARE(mapping->model()->index(rowOf(mapping->model(), 0, QStringLiteral("time_in")), 2).data().toString(),
             QStringLiteral("similar name"));
    // From the keyboard: Tab walks from the file chooser down the column combo boxes.
    columns->fileChooser()->setFocus();
    for (int row = 0; row <= timeOut; ++row) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget(), editorAt(mapping, timeOut, 1));
    QVERIFY(choose(editorAt(mapping, timeOut, 1), QStringLiteral("Left At")));
    QVERIFY(choose(editorAt(mapping, pause, 1), QStringLiteral("Lunch")));
    QCOMPARE(mapping->model()->index(timeOut, 2).data().toString(), QStringLiteral("chosen"));
    QVERIFY(button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);

    // Step 3: the preview of the renamed file marks the bad cell; the check lists the issue.
    QCOMPARE(m_wizard->currentId(), int(RecordImportWizard::CheckPageId));
    ImportCheckPage* check = m_wizard->checkPage();
    QComboBox* previewFile = check->previewChooser();
    QVERIFY(choose(previewFile, controller.session().indexOfPath(handed)));
    auto* preview = qobject_cast<RecordPreviewModel*>(check->previewView()->model());
    QCOMPARE(preview->headerData(3, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("time_in"));
    QCOMPARE(preview->index(1, 0).data().toInt(), 3);
    QCOMPARE(preview->index(1, 3).data().toString(), QStringLiteral("7:6x"));
    QVERIFY(preview->index(1, 3).data(Qt::BackgroundRole).isValid());
    QVERIFY(preview->index(1, 3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("unparseable time")));
    QVERIFY(!preview->index(0, 3).data(Qt::BackgroundRole).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(controller.checkIsCurrent(), 60000);
    QAbstractItemModel* issues = check->issuesView()->model();
    QCOMPARE(issues->rowCount(), 1);
    QCOMPARE(issues->index(0, RecordIssueModel::FileColumn).data().toString(), QStringLiteral("Clock export Jan.csv"));
    QCOMPARE(issues->index(0, RecordIssueModel::LineColumn).data().toInt(), 3);
    QCOMPARE(issues->index(0, RecordIssueModel::ColumnColumn).data().toString(), QStringLiteral("time_in"));
    check->copyIssues();
    QVERIFY(
        QApplication::clipboard()->text().startsWith(QStringLiteral("Clock export Jan.csv:3: time_in: unparseable")));
    // All or nothing (the default) cannot import a bad row; the reason is on the page.
    QAbstractButton* import = button(QWizard::CommitButton);
    QCOMPARE(import->text(), QStringLiteral("&Import"));
    QVERIFY(!import->isEnabled());
    QVERIFY(check->findChild<QLabel*>(QStringLiteral("checkBlocked"))->text().contains(QStringLiteral("1 bad row")));
    QVERIFY(check->findChild<QLabel*>(QStringLiteral("checkSummary"))->text().contains(QStringLiteral("1 bad row")));
    auto* quarantine = check->findChild<QRadioButton*>(QStringLiteral("modeQuarantine"));
    QTest::mouseClick(quarantine, Qt::LeftButton, {}, QPoint(8, quarantine->height() / 2));
    QVERIFY(quarantine->isChecked());
    QVERIFY(import->isEnabled());

    // Step 4: the import, in the background.
    QSignalSpy imported(m_wizard, &RecordImportWizard::recordsImported);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM time_records")), 0);
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(RecordImportWizard::RunPageId));
    QVERIFY(!imported.isEmpty() || imported.wait(60000));
    QTRY_VERIFY(button(QWizard::FinishButton)->isEnabled());
    const QString summary = m_wizard->runPage()->findChild<QLabel*>(QStringLiteral("importSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("kept in the quarantine list")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("Column choices remembered for this facility: time_records")));

    // The store: every good row, the bad one quarantined with its place, the mapping remembered.
    const qint64 lines = controller.check()->outcome.rowCount(QStringLiteral("time_records"));
    QVERIFY(lines > 300);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM workers")), 40);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM time_records")), lines);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM import_quarantine q JOIN record_imports r ON r.id = q.import_id "
                             "WHERE r.file_name = 'Clock export Jan.csv' AND q.line = 3 AND q.column_name = "
                             "'time_in'")),
        1);
    const QString saved = m_f.db
                              .scalar(QStringLiteral("SELECT mapping_json FROM column_mappings m JOIN audits a ON "
                                                     "a.facility_id = m.facility_id WHERE a.id = ?1 AND m.kind = "
                                                     "'time_records'"),
                                      {m_f.auditId})
                              ->toString();
    QVERIFY2(saved.contains(QStringLiteral("\"time_out\":\"Left At\"")) &&
                 saved.contains(QStringLiteral("\"break_minutes\":\"Lunch\"")),
             qPrintable(saved));
    QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
}

void TestRecordImportWizard::eventLoopRunsDuringABigImport()
{
    const QString folder = writeFactory(m_dir.filePath(QStringLiteral("big")), 1000, 120, nullptr);
    QVERIFY(!folder.isEmpty());
    startWizard();
    RecordImportController& controller = m_wizard->controller();
    QCOMPARE(controller.addPaths({folder}), 5);
    // A 5 ms heartbeat on the GUI thread, counted while the check and the import run: a
    // synchronous check or import would leave no beat in its phase.
    int beatsChecking = 0;
    int beatsImporting = 0;
    qint64 longestGap = 0;
    QElapsedTimer sinceBeat;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, [&] {
        beatsChecking += controller.isChecking() ? 1 : 0;
        beatsImporting += controller.isImporting() ? 1 : 0;
        longestGap = std::max(longestGap, sinceBeat.restart());
    });
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    sinceBeat.start();
    heartbeat.start(5);
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(controller.isChecking());
    QTRY_VERIFY_WITH_TIMEOUT(controller.checkIsCurrent(), 120000);
    QVERIFY(button(QWizard::CommitButton)->isEnabled());
    QSignalSpy finished(&controller, &RecordImportController::importFinished);
    QTest::mouseClick(button(QWizard::CommitButton), Qt::LeftButton);
    QVERIFY(controller.isImporting());
    QVERIFY(finished.wait(180000));
    heartbeat.stop();
    QVERIFY2(controller.report().ok(), qPrintable(controller.report().error));
    const qint64 rows = count(QStringLiteral("SELECT count(*) FROM time_records")) +
                        count(QStringLiteral("SELECT count(*) FROM gate_events"));
    QVERIFY(rows > 200000);
    // Both started in the background: the clicks returned while the work was still running (checked
    // above), and the event loop kept beating. During the check both cores parse files, so on a loaded
    // machine the GUI thread may get no time slice until it ends: only the import's beats are required.
    QVERIFY2(beatsImporting > 0, "the event loop was blocked during the import");
    // The GUI thread does no record work, but on a loaded machine the scheduler can keep it off the
    // CPU for a few hundred ms (measured: 0 ms of its CPU time in such a gap); a freeze is seconds.
    QVERIFY2(longestGap < 2000, qPrintable(QStringLiteral("the GUI froze for %1 ms").arg(longestGap)));
    qInfo("%lld records imported; heartbeats: %d while checking, %d while importing; longest gap %lld ms", rows,
          beatsChecking, beatsImporting, longestGap);
}

void TestRecordImportWizard::cancelLeavesTheStoreAsItWas()
{
    const QString folder = writeFactory(m_dir.filePath(QStringLiteral("cancel")), 600, 90, nullptr);
    QVERIFY(!folder.isEmpty());
    startWizard();
    RecordImportController& controller = m_wizard->controller();
    controller.addPaths({folder});
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(controller.checkIsCurrent(), 120000);
    // Cancel as soon as the first rows are written.
    auto* cancel = m_wizard->runPage()->findChild<QAbstractButton*>(QStringLiteral("cancelImportButton"));
    connect(&controller, &RecordImportController::importProgress, cancel,
            [cancel](ImportStage stage, qint64 done, qint64) {
                if (stage == ImportStage::Writing && done > 0 && cancel->isEnabled()) {
                    cancel->click();
                }
            });
    QVERIFY(button(QWizard::CommitButton)->isEnabled());
    QSignalSpy finished(&controller, &RecordImportController::importFinished);
    QTest::mouseClick(button(QWizard::CommitButton), Qt::LeftButton);
    QVERIFY(controller.isImporting());
    QVERIFY(finished.wait(180000));
    QVERIFY(controller.report().cancelled);
    for (const char* table :
         {"workers", "time_records", "payroll", "production", "gate_events", "record_imports", "column_mappings"}) {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
    }
    QVERIFY(m_wizard->runPage()
                ->findChild<QLabel*>(QStringLiteral("importStage"))
                ->text()
                .contains(QStringLiteral("nothing was imported")));
    QVERIFY(button(QWizard::FinishButton)->isEnabled());
}

void TestRecordImportWizard::notUtf8FileOffersAnEncoding()
{
    const QString path = m_dir.filePath(QStringLiteral("Personal Windows.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Emp No,DOB,Join Date,Dept\r\nW1,1990-01-01,2020-01-01,Confecci\xF3n\r\n");
    file.close();
    startWizard();
    QCOMPARE(m_wizard->controller().addPaths({path}), 1);
    QTableView* files = m_wizard->filesPage()->view();
    QVERIFY(files->model()
                ->index(0, ImportFileListModel::StatusColumn)
                .data()
                .toString()
                .contains(QStringLiteral("line 2: not valid UTF-8")));
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    // Only a file that needs it shows an encoding choice.
    QComboBox* encoding = editorAt(files, 0, 2);
    QVERIFY(encoding);
    QVERIFY(choose(encoding, QStringLiteral("windows-1252")));
    QCOMPARE(files->model()->index(0, ImportFileListModel::StatusColumn).data().toString(), QStringLiteral("Ready"));
    QCOMPARE(m_wizard->controller().session().file(0).kind, QStringLiteral("workers"));
    QVERIFY(button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    auto* preview = qobject_cast<RecordPreviewModel*>(m_wizard->checkPage()->previewView()->model());
    QCOMPARE(preview->index(0, 1 + preview->preview().columns.indexOf(QStringLiteral("department"))).data().toString(),
             QStringLiteral("Confección"));
}

// A file whose every date could be day-first or month-first is not read until the auditor says
// which, in the files step's Dates column (issue 16).
void TestRecordImportWizard::datesColumnSaysTheDateOrder()
{
    const QString path = m_dir.filePath(QStringLiteral("Clock May.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ABC Garment Co. - Attendance\n\nEmp No,Date,Clock In,Clock Out\nW1,05/04/2026,8:00 AM,5:00 PM\n");
    file.close();
    startWizard();
    QCOMPARE(m_wizard->controller().addPaths({path}), 1);
    QAbstractItemModel* files = m_wizard->filesPage()->view()->model();
    const QModelIndex dates = files->index(0, ImportFileListModel::DateOrderColumn);
    QCOMPARE(files->headerData(ImportFileListModel::DateOrderColumn, Qt::Horizontal).toString(),
             QStringLiteral("Dates"));
    QCOMPARE(dates.data().toString(), QStringLiteral("From the file"));
    QVERIFY(files->flags(dates) & Qt::ItemIsEditable);
    const RecordImportCheck asked = m_wizard->controller().session().check();
    QCOMPARE(asked.fileIssues.size(), size_t(1));
    // The files step asks at once, naming the value, and shows the choice that answers it.
    const QString status = files->index(0, ImportFileListModel::StatusColumn).data().toString();
    QVERIFY2(status.contains(QStringLiteral("line 4: \"05/04/2026\"")) && status.contains(QStringLiteral("Dates")),
             qPrintable(status));
    QVERIFY(m_wizard->filesPage()->findChild<QLabel*>(QStringLiteral("fileProblems"))->text().contains(status));
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    QVERIFY(!editorAt(m_wizard->filesPage()->view(), 0, ImportFileListModel::DecimalMarkColumn));
    QVERIFY(choose(editorAt(m_wizard->filesPage()->view(), 0, ImportFileListModel::DateOrderColumn),
                   QStringLiteral("dmy")));
    QCOMPARE(m_wizard->controller().session().file(0).forms.dateOrder, DateOrder::DayFirst);
    QCOMPARE(dates.data().toString(), QStringLiteral("Day first (31/12/2026)"));
    QCOMPARE(files->index(0, ImportFileListModel::StatusColumn).data().toString(), QStringLiteral("Ready"));
    QVERIFY(button(QWizard::NextButton)->isEnabled());
    const RecordImportCheck read = m_wizard->controller().session().check();
    QVERIFY(read.fileIssues.empty());
    QCOMPARE(read.outcome.records.timeRecords.size(), size_t(1));
    QCOMPARE(read.outcome.records.timeRecords[0].line, 4);
}

// An amount such as 1,234 with no other value saying the decimal mark is asked in the files step's
// Decimals column, the same way (a thousand and more in one office, one and a quarter in another).
void TestRecordImportWizard::decimalsColumnSaysTheDecimalMark()
{
    const QString path = m_dir.filePath(QStringLiteral("Gaji Mei.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("worker_id,period_start,period_end,regular_hours,overtime_hours,regular_pay,overtime_pay,net_pay\n"
               "W1,2026-05-01,2026-05-31,208,12,\"2,080\",180,\"2,260\"\n");
    file.close();
    startWizard();
    QCOMPARE(m_wizard->controller().addPaths({path}), 1);
    QCOMPARE(m_wizard->controller().session().file(0).kind, QStringLiteral("payroll"));
    QTableView* view = m_wizard->filesPage()->view();
    QAbstractItemModel* files = view->model();
    QCOMPARE(files->headerData(ImportFileListModel::DecimalMarkColumn, Qt::Horizontal).toString(),
             QStringLiteral("Decimals"));
    const QModelIndex decimals = files->index(0, ImportFileListModel::DecimalMarkColumn);
    QCOMPARE(decimals.data().toString(), QStringLiteral("From the file"));
    const QString status = files->index(0, ImportFileListModel::StatusColumn).data().toString();
    QVERIFY2(status.contains(QStringLiteral("line 2: in \"2,080\" (regular_pay)")) &&
                 status.contains(QStringLiteral("Decimals")),
             qPrintable(status));
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    QVERIFY(saveShot(m_wizard, "import-1-files-decimals.png"));
    // Only the asked choice is a box: the dates of this file say their order.
    QVERIFY(!editorAt(view, 0, ImportFileListModel::DateOrderColumn));
    QComboBox* mark = editorAt(view, 0, ImportFileListModel::DecimalMarkColumn);
    QVERIFY(mark);
    QCOMPARE(mark->count(), 3);
    QCOMPARE(mark->itemText(1), QStringLiteral("Point (1,234.56)"));
    QCOMPARE(mark->itemText(2), QStringLiteral("Comma (1.234,56)"));
    QVERIFY(choose(mark, QStringLiteral("point")));
    QCOMPARE(m_wizard->controller().session().file(0).forms.decimalMark, DecimalMark::Point);
    QCOMPARE(decimals.data().toString(), QStringLiteral("Point (1,234.56)"));
    QCOMPARE(files->index(0, ImportFileListModel::StatusColumn).data().toString(), QStringLiteral("Ready"));
    QVERIFY(button(QWizard::NextButton)->isEnabled());
    const RecordImportCheck read = m_wizard->controller().session().check();
    QVERIFY(read.fileIssues.empty());
    QCOMPARE(read.outcome.records.payroll.size(), size_t(1));
    QCOMPARE(read.outcome.records.payroll[0].regularPay, 2080.0);
    QCOMPARE(read.outcome.records.payroll[0].netPay, 2260.0);
    // The other answer reads the other number: the auditor's word, never a guess.
    QVERIFY(choose(editorAt(view, 0, ImportFileListModel::DecimalMarkColumn), QStringLiteral("comma")));
    QCOMPARE(m_wizard->controller().session().check().outcome.records.payroll[0].regularPay, 2.08);
}

void TestRecordImportWizard::backDuringTheCheckChecksAgain()
{
    const QString folder = writeFactory(m_dir.filePath(QStringLiteral("back")), 600, 90, nullptr);
    QVERIFY(!folder.isEmpty());
    startWizard();
    RecordImportController& controller = m_wizard->controller();
    controller.addPaths({folder});
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(controller.isChecking());
    // Back while it runs (the check is stopped), change a column, and forward again at once.
    QTest::mouseClick(button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(RecordImportWizard::ColumnsPageId));
    const int payroll =
        m_wizard->columnsPage()->fileChooser()->findText(QStringLiteral("payroll.csv"), Qt::MatchStartsWith);
    QVERIFY(choose(m_wizard->columnsPage()->fileChooser(), m_wizard->columnsPage()->fileChooser()->itemData(payroll)));
    QTableView* mapping = m_wizard->columnsPage()->view();
    QVERIFY(choose(editorAt(mapping, rowOf(mapping->model(), 0, QStringLiteral("bonus")), 1), QString()));
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(controller.checkIsCurrent(), 120000);
    QVERIFY(!controller.check()->cancelled);
    QVERIFY(button(QWizard::CommitButton)->isEnabled());
    QVERIFY(m_wizard->checkPage()
                ->findChild<QLabel*>(QStringLiteral("checkSummary"))
                ->text()
                .contains(QStringLiteral("No problems found")));
}

// Set FIELDBOOK_WIZARD_SCREENSHOTS=DIR (and run under xvfb-run with a real platform) to save
// each step of the wizard on the demo audit as a PNG.
void TestRecordImportWizard::screenshotsOfEachStep()
{
    const QString out = qEnvironmentVariable("FIELDBOOK_WIZARD_SCREENSHOTS");
    if (out.isEmpty()) {
        QSKIP("FIELDBOOK_WIZARD_SCREENSHOTS is not set");
    }
    QDir().mkpath(out);
    delete m_context;
    m_f = test::FieldworkFixture();
    Result<Database> demoStore = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(demoStore);
    Database demo = demoStore.take();
    Result<qint64> auditId = DemoLauncher::ensureDemoAudit(demo);
    QVERIFY2(auditId, qPrintable(auditId.error()));
    const QString uuid = demo.scalar(QStringLiteral("SELECT uuid FROM audits WHERE id = ?1"), {*auditId})->toString();
    m_context = new WorkspaceContext(demo, *auditId, uuid, m_undo);
    QString renamed;
    const QString folder = writeFactory(m_dir.filePath(QStringLiteral("shots")), 400, 91, &renamed);
    startWizard();
    m_wizard->resize(960, 640);
    auto shoot = [&](const char* name) {
        for (int i = 0; i < 10; ++i) {
            QApplication::processEvents();
            QTest::qWait(20);
        }
        QVERIFY(m_wizard->grab().save(QDir(out).filePath(QLatin1String(name)), "PNG"));
    };
    RecordImportController& controller = m_wizard->controller();
    controller.addPaths({folder});
    shoot("import-1-files-unknown.png");
    const int clockRow = rowOf(m_wizard->filesPage()->view()->model(), 0, QStringLiteral("Clock export Jan.csv"));
    QVERIFY(choose(editorAt(m_wizard->filesPage()->view(), clockRow, 1), QStringLiteral("time_records")));
    shoot("import-1-files.png");
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    shoot("import-2-columns-missing.png");
    QTableView* mapping = m_wizard->columnsPage()->view();
    QVERIFY(choose(editorAt(mapping, rowOf(mapping->model(), 0, QStringLiteral("time_out")), 1),
                   QStringLiteral("Left At")));
    QVERIFY(choose(editorAt(mapping, rowOf(mapping->model(), 0, QStringLiteral("break_minutes")), 1),
                   QStringLiteral("Lunch")));
    shoot("import-2-columns.png");
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(controller.checkIsCurrent(), 120000);
    QVERIFY(choose(m_wizard->checkPage()->previewChooser(), controller.session().indexOfPath(renamed)));
    shoot("import-3-check.png");
    auto* quarantine = m_wizard->checkPage()->findChild<QRadioButton*>(QStringLiteral("modeQuarantine"));
    quarantine->click();
    QSignalSpy finished(&controller, &RecordImportController::importFinished);
    // The running step is caught at the first rows written: the import itself takes about a second.
    bool shotRunning = false;
    connect(&controller, &RecordImportController::importProgress, m_wizard, [&](ImportStage stage, qint64, qint64) {
        if (stage == ImportStage::Writing && !shotRunning) {
            shotRunning = m_wizard->grab().save(QDir(out).filePath(QStringLiteral("import-4-running.png")), "PNG");
        }
    });
    QTest::mouseClick(button(QWizard::CommitButton), Qt::LeftButton);
    QVERIFY(!finished.isEmpty() || finished.wait(180000));
    shoot("import-4-done.png");
    delete m_wizard;
    m_wizard = nullptr;
    delete m_context;
    m_context = nullptr;
}

void TestRecordImportWizard::workbookSheetsAreImportedAsFiles()
{
    FactoryProfile profile;
    profile.workers = 20;
    profile.days = 7;
    profile.production = false;
    profile.gateLog = false;
    const GeneratedFactory factory = FactoryGenerator::generate(profile, demoParams());
    test::XlsxWriter writer;
    writer.addSheet(QStringLiteral("Register"), writer.rowsFromCsv(RecordWriter::workersCsv(factory.records)));
    writer.addSheet(QStringLiteral("Attendance"), writer.rowsFromCsv(RecordWriter::timeRecordsCsv(factory.records)));
    writer.addSheet(QStringLiteral("Notes"), "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>HR</t></is></c></row>");
    const QString path = m_dir.filePath(QStringLiteral("HR book.xlsx"));
    QVERIFY(writer.write(path));
    startWizard();
    RecordImportController& controller = m_wizard->controller();

    // Each sheet of records is a file of its own; the notes are left out.
    QCOMPARE(controller.addPaths({path}), 2);
    QTableView* files = m_wizard->filesPage()->view();
    QVERIFY(rowOf(files->model(), 0, QStringLiteral("HR book.xlsx [Register]")) >= 0);
    QVERIFY(rowOf(files->model(), 0, QStringLiteral("HR book.xlsx [Attendance]")) >= 0);
    QVERIFY(button(QWizard::NextButton)->isEnabled());
    QVERIFY(saveShot(m_wizard, "import-1-files-workbook.png"));
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);

    // The preview shows the cells as read: serial numbers as dates, fractions of a day as times.
    ImportCheckPage* check = m_wizard->checkPage();
    auto* preview = qobject_cast<RecordPreviewModel*>(check->previewView()->model());
    QVERIFY(preview);
    const int dateColumn = 1 + int(preview->preview().columns.indexOf(QStringLiteral("hire_date")));
    QVERIFY(dateColumn > 0);
    QVERIFY2(QDate::fromString(preview->index(0, dateColumn).data().toString(), Qt::ISODate).isValid(),
             qPrintable(preview->index(0, dateColumn).data().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(controller.checkIsCurrent(), 60000);
    QCOMPARE(controller.check()->outcome.blockingIssues(), 0);
    QVERIFY(saveShot(m_wizard, "import-3-check-workbook.png"));

    QSignalSpy imported(m_wizard, &RecordImportWizard::recordsImported);
    QTest::mouseClick(button(QWizard::CommitButton), Qt::LeftButton);
    QVERIFY(!imported.isEmpty() || imported.wait(60000));
    QTRY_VERIFY(button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM workers")), qint64(factory.records.workers.size()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM time_records")), qint64(factory.records.timeRecords.size()));
    // The store names the sheet and keeps the workbook's hash.
    QFile book(path);
    QVERIFY(book.open(QIODevice::ReadOnly));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(book.readAll(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM record_imports WHERE file_name = 'HR book.xlsx [Attendance]' "
                                  "AND sha256 = '%1'")
                       .arg(sha)),
             1);
}

FIELDBOOK_TEST_MAIN(TestRecordImportWizard)
#include "TestRecordImportWizard.moc"
