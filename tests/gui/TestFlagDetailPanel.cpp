// The flag detail on the real record-analysis page, driven with QTest on a store holding a
// planted factory: selecting a flag fills its records table, the table sorts by value, opening a
// record shows its file and line, and the chart of each kind has its series.
#include "app/analysis/FlagChartBuilder.h"
#include "app/analysis/FlagDetailQuery.h"
#include "app/signing/PersonalDataSession.h"
#include "support/FlaggedFactory.h"
#include "support/TestRegistry.h"
#include "ui/MainWindow.h"
#include "ui/records/FlagChartView.h"
#include "ui/records/FlagDetailPanel.h"
#include "ui/records/FlagListModel.h"
#include "ui/records/FlagRecordDialog.h"
#include "ui/records/FlagRecordModel.h"
#include "ui/records/RecordAnalysisPage.h"
#include "ui/signing/SecurityActions.h"
#include "ui/workspace/AuditWorkspace.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;

class TestFlagDetailPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selectingAFlagFillsItsRecords();
    void recordsSortByValue();
    void openingARecordShowsItsFileAndLine();
    void chartsHaveTheirSeries_data();
    void chartsHaveTheirSeries();
    void checksWithoutAChartShowNoChartTab();
    void confirmAndDismissStillWork();
    void showAllLoadsEveryRecord();

private:
    // Selects the first flag of `check` on the page and waits for its records.
    StoredFlag select(const QString& check);

    QTemporaryDir m_dir;
    test::FlaggedFactory m_f;
    MainWindow* m_window = nullptr;
    RecordAnalysisPage* m_page = nullptr;
    FlagDetailPanel* m_panel = nullptr;
};

void TestFlagDetailPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_f.create(m_dir.filePath(QStringLiteral("store.sqlite")), 300, 63, 5, &error), qPrintable(error));
}

void TestFlagDetailPanel::init()
{
    m_window = new MainWindow;
    m_window->resize(1366, 768);
    QVERIFY(m_window->openStore(m_f.path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // The factory's store seals names: opening it would ask for the passphrase; flags need none.
    m_window->security()->session()->setAsked(true);
    QVERIFY(m_window->openAudit(m_f.auditId));
    m_window->workspace()->showPhase(AuditPhase::RecordAnalysis);
    m_page = qobject_cast<RecordAnalysisPage*>(m_window->workspace()->page(AuditPhase::RecordAnalysis));
    QVERIFY(m_page);
    m_panel = m_page->findChild<FlagDetailPanel*>(QStringLiteral("flagDetailPanel"));
    QVERIFY(m_panel);
}

void TestFlagDetailPanel::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

StoredFlag TestFlagDetailPanel::select(const QString& check)
{
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("flagTable"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(FlagListModel::CheckNameRole).toString() == check) {
            QSignalSpy shown(m_panel, &FlagDetailPanel::detailShown);
            table->setFocus();
            table->setCurrentIndex(table->model()->index(row, 0));
            if (m_panel->isLoading() && !shown.wait(20000)) {
                qWarning("records of %s did not load", qPrintable(check));
            }
            Result<FlagDetail> d = FlagDetailQuery::load(m_f.db, m_panel->shownFlagUuid());
            return d ? d->flag : StoredFlag();
        }
    }
    qWarning("no %s flag on the page", qPrintable(check));
    return {};
}

void TestFlagDetailPanel::selectingAFlagFillsItsRecords()
{
    const StoredFlag flag = select(QStringLiteral("excessive_hours"));
    QCOMPARE(flag.flag.check, QStringLiteral("excessive_hours"));
    Result<FlagDetail> expected = FlagDetailQuery::load(m_f.db, flag.uuid);
    QVERIFY(expected);
    QTableView* view = m_panel->recordsView();
    QCOMPARE(view->model()->rowCount(), int(expected->records.total));
    QVERIFY(view->model()->rowCount() > 0);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        QCOMPARE(view->model()->index(row, 0).data().toString(), flag.flag.workers.first());
    }
    QTabWidget* tabs = m_panel->tabs();
    m_panel->tabs()->setCurrentIndex(1);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Rec&ords (%1)").arg(expected->records.total));
    auto* summary = m_panel->findChild<QLabel*>(QStringLiteral("recordsSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("record")));
    // The explanation stays where it was, and a switch to another flag replaces the records.
    QVERIFY(m_panel->findChild<QWidget*>(QStringLiteral("flagDetail")));
    const StoredFlag other = select(QStringLiteral("duplicate_identity"));
    QCOMPARE(m_panel->recordModel()->table().kind, QStringLiteral("workers"));
    QCOMPARE(view->model()->rowCount(), int(other.flag.workers.size()));
}

void TestFlagDetailPanel::recordsSortByValue()
{
    select(QStringLiteral("identical_punches"));
    m_panel->tabs()->setCurrentIndex(1);
    QTableView* view = m_panel->recordsView();
    QVERIFY(view->model()->rowCount() > 5);
    const FlagRecordTable& table = m_panel->recordModel()->table();
    const int worked = table.columnIndex(QStringLiteral("worked_hours"));
    const int out = table.columnIndex(QStringLiteral("time_out"));
    QHeaderView* header = view->horizontalHeader();
    const auto clickHeader = [&](int column) {
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2));
    };
    const auto column = [&](int c) {
        QList<double> values;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            values.append(view->model()->index(row, c).data(FlagRecordModel::SortRole).toDouble());
        }
        return values;
    };
    clickHeader(worked);
    QList<double> hours = column(worked);
    QVERIFY(std::is_sorted(hours.begin(), hours.end()));
    QVERIFY(hours.first() < hours.last());
    clickHeader(worked);
    hours = column(worked);
    QVERIFY(std::is_sorted(hours.rbegin(), hours.rend()));
    // Clock times sort by time of day, not as text ("9:05" after "10:00" would be wrong).
    clickHeader(out);
    const QList<double> times = column(out);
    QVERIFY(std::is_sorted(times.begin(), times.end()));
    QCOMPARE(view->model()->index(0, out).data().toString(),
             FlagRecordTable::displayText(int(times.first()), RecordValueType::Clock));
}

void TestFlagDetailPanel::openingARecordShowsItsFileAndLine()
{
    select(QStringLiteral("no_rest_day"));
    m_panel->tabs()->setCurrentIndex(1);
    QTableView* view = m_panel->recordsView();
    QVERIFY(view->model()->rowCount() > 2);
    const int lineColumn = m_panel->recordModel()->lineColumn();
    // Enter opens the current record.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, 0));
    QTest::keyClick(view, Qt::Key_Return);
    auto dialogs = m_panel->findChildren<FlagRecordDialog*>(QStringLiteral("flagRecordDialog"));
    QCOMPARE(dialogs.size(), 1);
    const int line = view->model()->index(2, lineColumn).data().toInt();
    QVERIFY(line > 1);
    QCOMPARE(dialogs.first()->sourceText(), QStringLiteral("time_records.csv, line %1").arg(line));
    QVERIFY(
        dialogs.first()->findChild<QLabel*>(QStringLiteral("recordSource"))->text().contains(QString::number(line)));
    // Every field of the record is in it.
    auto* worker = dialogs.first()->findChild<QLabel*>(QStringLiteral("recordField_worker"));
    QVERIFY(worker);
    QCOMPARE(worker->text(), view->model()->index(2, 0).data().toString());
    dialogs.first()->close();
    QTest::qWait(1); // deleteLater
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // A double-click on another row opens that one.
    const QRect cell = view->visualRect(view->model()->index(0, 1));
    // A real double-click: press and release, then the second press that the view sees as a double-click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    dialogs = m_panel->findChildren<FlagRecordDialog*>(QStringLiteral("flagRecordDialog"));
    QCOMPARE(dialogs.size(), 1);
    QCOMPARE(dialogs.first()->sourceText(),
             QStringLiteral("time_records.csv, line %1").arg(view->model()->index(0, lineColumn).data().toInt()));
    dialogs.first()->close();
}

void TestFlagDetailPanel::chartsHaveTheirSeries_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QStringList>("barSets");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("punch minutes") << QStringLiteral("round_times") << QStringList{"Time in", "Time out"}
                                   << QStringList{"Even spread"};
    QTest::newRow("weekly hours") << QStringLiteral("excessive_hours") << QStringList{QStringLiteral("worker")}
                                  << QStringList{"Weekly limit in force: 60 h", "Regular week: 48 h"};
    QTest::newRow("benford") << QStringLiteral("benford_deviation") << QStringList{"Observed share"}
                             << QStringList{"Benford's law"};
    QTest::newRow("production") << QStringLiteral("production_hours_mismatch") << QStringList{}
                                << QStringList{"Hours the output needs", "Hours in the time records", "Flagged days"};
}

void TestFlagDetailPanel::chartsHaveTheirSeries()
{
    QFETCH(QString, check);
    QFETCH(QStringList, barSets);
    QFETCH(QStringList, lines);
    const StoredFlag flag = select(check);
    QTabWidget* tabs = m_panel->tabs();
    const int chartTab = tabs->indexOf(m_panel->chartView()->parentWidget());
    QVERIFY(tabs->isTabVisible(chartTab));
    tabs->setCurrentIndex(chartTab);
    QChart* chart = m_panel->chartView()->chart();
    QVERIFY(chart);
    QVERIFY(!chart->title().isEmpty());
    QStringList sets;
    QStringList others;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                sets.append(set->label());
            }
        } else {
            others.append(series->name());
        }
        QCOMPARE(series->attachedAxes().size(), 2);
    }
    if (barSets == QStringList{QStringLiteral("worker")}) {
        barSets = flag.flag.workers;
    }
    QCOMPARE(sets, barSets);
    QCOMPARE(others.size(), lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        QVERIFY2(others.at(i).startsWith(lines.at(i)), qPrintable(others.at(i)));
    }
    for (QAbstractAxis* axis : chart->axes()) {
        QVERIFY(!axis->titleText().isEmpty());
    }
    auto* caption = m_panel->findChild<QLabel*>(QStringLiteral("chartCaption"));
    QCOMPARE(caption->text().isEmpty(), false);
    QCOMPARE(m_panel->chartView()->chartData().kind, FlagChartBuilder::chartKindFor(check));
}

void TestFlagDetailPanel::checksWithoutAChartShowNoChartTab()
{
    select(QStringLiteral("round_times"));
    QTabWidget* tabs = m_panel->tabs();
    const int chartTab = tabs->indexOf(m_panel->chartView()->parentWidget());
    tabs->setCurrentIndex(chartTab);
    select(QStringLiteral("underage_worker"));
    QVERIFY(!tabs->isTabVisible(chartTab));
    QVERIFY(tabs->currentIndex() != chartTab);
    QVERIFY(tabs->isTabVisible(1));
    // Back on a flag with a chart, the chart the auditor was looking at is shown again.
    select(QStringLiteral("benford_deviation"));
    QCOMPARE(tabs->currentIndex(), chartTab);
    QVERIFY(!m_panel->chartView()->chart()->series().isEmpty());
}

void TestFlagDetailPanel::confirmAndDismissStillWork()
{
    const StoredFlag flag = select(QStringLiteral("uniform_times"));
    auto* confirm = m_panel->findChild<QPushButton*>(QStringLiteral("confirmFlagButton"));
    auto* dismiss = m_panel->findChild<QPushButton*>(QStringLiteral("dismissFlagButton"));
    QVERIFY(confirm && dismiss && confirm->isEnabled() && dismiss->isEnabled());
    QVERIFY(m_page->confirmSelected(QStringLiteral("Same punch times every day"), QStringLiteral("major")));
    QCOMPARE(m_f.db.scalar(QStringLiteral("SELECT disposition FROM analysis_flags WHERE uuid = ?1"), {flag.uuid})
                 ->toString(),
             QStringLiteral("confirmed"));
    QVERIFY(!confirm->isEnabled());
    // The records of the decided flag are still shown.
    QCOMPARE(m_panel->shownFlagUuid(), flag.uuid);
    QVERIFY(m_panel->recordsView()->model()->rowCount() > 0);
    select(QStringLiteral("gate_time_mismatch"));
    QVERIFY(m_page->dismissSelected(QStringLiteral("Security guards' shift, explained by the manager")));
    QVERIFY(!dismiss->isEnabled());
    // The buttons ask the page, which asks the auditor.
    FlagDetailPanel standalone;
    QSignalSpy confirmSpy(&standalone, &FlagDetailPanel::confirmRequested);
    QSignalSpy dismissSpy(&standalone, &FlagDetailPanel::dismissRequested);
    StoredFlag open = flag;
    open.disposition = FlagDisposition::Open;
    standalone.showFlag(&open, true);
    QTest::mouseClick(standalone.findChild<QPushButton*>(QStringLiteral("confirmFlagButton")), Qt::LeftButton);
    QTest::mouseClick(standalone.findChild<QPushButton*>(QStringLiteral("dismissFlagButton")), Qt::LeftButton);
    QCOMPARE(confirmSpy.size(), 1);
    QCOMPARE(dismissSpy.size(), 1);
}

void TestFlagDetailPanel::showAllLoadsEveryRecord()
{
    m_panel->setRecordLimit(10);
    const StoredFlag flag = select(QStringLiteral("identical_punches"));
    m_panel->tabs()->setCurrentIndex(1);
    QCOMPARE(m_panel->recordsView()->model()->rowCount(), 10);
    auto* showAll = m_panel->findChild<QPushButton*>(QStringLiteral("showAllRecordsButton"));
    QVERIFY(showAll->isVisible());
    const qint64 total = FlagDetailQuery::load(m_f.db, flag.uuid)->records.total;
    QVERIFY(total > 10);
    QVERIFY(showAll->text().contains(QString::number(total)));
    QSignalSpy shown(m_panel, &FlagDetailPanel::detailShown);
    QTest::mouseClick(showAll, Qt::LeftButton);
    QVERIFY(shown.wait(20000));
    QCOMPARE(m_panel->recordsView()->model()->rowCount(), int(total));
    QVERIFY(!showAll->isVisible());
}

FIELDBOOK_TEST_MAIN(TestFlagDetailPanel)
#include "TestFlagDetailPanel.moc"
