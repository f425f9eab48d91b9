#include "ui/records/FlagDetailPanel.h"

#include "app/analysis/FlagChartBuilder.h"
#include "ui/records/FlagChartView.h"
#include "ui/records/FlagExplanation.h"
#include "ui/records/FlagRecordDialog.h"
#include "ui/records/FlagRecordModel.h"
#include "ui/widgets/AccessibleNames.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fieldbook {

namespace {

// Flags seen recently stay in memory, weighed by their rows: at most this many rows in all.
constexpr int kCachedRows = 20000;

// What the panel shows of a flag changes when its figures do (a re-run), not only with its uuid.
QString contentKey(const StoredFlag& f)
{
    return f.uuid + QLatin1Char('|') + QString::fromUtf8(QJsonDocument(f.flag.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

FlagDetailPanel::FlagDetailPanel(QWidget* parent) : QWidget(parent)
{
    m_cache.setMaxCost(kCachedRows);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("flagDetailTabs"));
    m_tabs->setDocumentMode(true);
    // Alt+X, Alt+O, Alt+T: the menu bar holds Alt+F/E/V/H and the page's buttons Alt+I/R/C/D.

    m_text = new QTextBrowser(m_tabs);
    m_text->setObjectName(QStringLiteral("flagDetail"));
    m_text->setAccessibleName(withoutMnemonic(tr("E&xplanation"))); // as its tab
    m_tabs->addTab(m_text, tr("E&xplanation"));

    m_recordsPage = new QWidget(m_tabs);
    auto* recordsLayout = new QVBoxLayout(m_recordsPage);
    recordsLayout->setContentsMargins(0, 4, 0, 0);
    m_recordsSummary = new QLabel(m_recordsPage);
    m_recordsSummary->setObjectName(QStringLiteral("recordsSummary"));
    m_recordsSummary->setWordWrap(true);
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_recordsSummary, 1);
    m_showAll = new QPushButton(m_recordsPage);
    m_showAll->setObjectName(QStringLiteral("showAllRecordsButton"));
    m_showAll->setVisible(false);
    summaryRow->addWidget(m_showAll, 0, Qt::AlignTop);
    recordsLayout->addLayout(summaryRow);
    m_records = new FlagRecordModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_records);
    m_sorted->setSortRole(FlagRecordModel::SortRole);
    m_recordsView = new QTableView(m_recordsPage);
    m_recordsView->setObjectName(QStringLiteral("flagRecordsTable"));
    m_recordsView->setAccessibleName(withoutMnemonic(tr("Rec&ords")));
    m_recordsView->setModel(m_sorted);
    m_recordsView->setSortingEnabled(true);
    m_recordsView->sortByColumn(-1, Qt::AscendingOrder); // the store's order until the auditor sorts
    m_recordsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recordsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recordsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recordsView->setAlternatingRowColors(true);
    m_recordsView->setWordWrap(false);
    m_recordsView->verticalHeader()->hide();
    m_recordsView->verticalHeader()->setDefaultSectionSize(m_recordsView->fontMetrics().height() + 6);
    // Column widths from the first rows only: measuring 500 rows on every flag switch is visible.
    m_recordsView->horizontalHeader()->setResizeContentsPrecision(40);
    m_recordsView->setToolTip(tr("Enter or double-click opens the record with its file and line."));
    recordsLayout->addWidget(m_recordsView, 1);
    m_tabs->addTab(m_recordsPage, tr("Rec&ords"));

    m_chartPage = new QWidget(m_tabs);
    auto* chartLayout = new QVBoxLayout(m_chartPage);
    chartLayout->setContentsMargins(0, 4, 0, 0);
    m_chart = new FlagChartView(m_chartPage);
    m_chart->setObjectName(QStringLiteral("flagChart"));
    chartLayout->addWidget(m_chart, 1);
    m_chartCaption = new QLabel(m_chartPage);
    m_chartCaption->setObjectName(QStringLiteral("chartCaption"));
    m_chartCaption->setWordWrap(true);
    chartLayout->addWidget(m_chartCaption);
    m_tabs->addTab(m_chartPage, tr("Char&t"));
    layout->addWidget(m_tabs, 1);

    auto* decide = new QHBoxLayout;
    m_confirm = new QPushButton(QCoreApplication::translate("RecordAnalysisPage", "&Confirm as finding…"), this);
    m_confirm->setObjectName(QStringLiteral("confirmFlagButton"));
    m_dismiss = new QPushButton(QCoreApplication::translate("RecordAnalysisPage", "&Dismiss…"), this);
    m_dismiss->setObjectName(QStringLiteral("dismissFlagButton"));
    decide->addWidget(m_confirm);
    decide->addWidget(m_dismiss);
    decide->addStretch();
    layout->addLayout(decide);

    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &FlagDetailPanel::onLoaded);
    connect(m_confirm, &QPushButton::clicked, this, &FlagDetailPanel::confirmRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &FlagDetailPanel::dismissRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (!m_arrangingTabs) {
            m_preferredTab = index; // the auditor's choice, kept from flag to flag
        }
        showChartIfVisible();
    });
    connect(m_showAll, &QPushButton::clicked, this, &FlagDetailPanel::showAllRecords);
    // activated: Enter, or a double-click (the style's activation), opens the record.
    connect(m_recordsView, &QTableView::activated, this, [this](const QModelIndex& index) { openRecord(index); });
    showFlag(nullptr, false);
}

FlagDetailPanel::~FlagDetailPanel()
{
    // The loader holds only its own connection and copies; waiting keeps it from outliving the store's folder.
    m_watcher->waitForFinished();
}

void FlagDetailPanel::setStorePath(const QString& path)
{
    if (path != m_storePath) {
        m_storePath = path;
        invalidate();
    }
}

void FlagDetailPanel::setRecordLimit(int limit)
{
    m_limit = std::max(1, limit);
    invalidate();
}

void FlagDetailPanel::invalidate()
{
    m_cache.clear();
    m_stale = true;
}

bool FlagDetailPanel::isLoading() const
{
    return m_watcher->isRunning() || (!m_key.isEmpty() && m_key != m_loadedKey);
}

void FlagDetailPanel::showFlag(const StoredFlag* flag, bool anyFlags)
{
    m_confirm->setEnabled(flag && flag->disposition == FlagDisposition::Open);
    m_dismiss->setEnabled(flag && flag->disposition == FlagDisposition::Open);
    if (!flag) {
        m_text->setHtml(
            anyFlags ? QString()
                     : QCoreApplication::translate("RecordAnalysisPage",
                                                   "<p>No flags yet. Import the records and run the analysis.</p>"));
        m_flagUuid.clear();
        m_key.clear();
        m_loadedKey.clear();
        m_records->setTable({});
        m_chartData.reset();
        m_chart->clearChart();
        m_showAll->setVisible(false);
        m_tabs->setTabVisible(m_tabs->indexOf(m_recordsPage), false);
        m_tabs->setTabVisible(m_tabs->indexOf(m_chartPage), false);
        return;
    }
    m_text->setHtml(FlagExplanation::html(*flag));
    const bool hasRecords = FlagRecordLoader::kindFor(flag->flag.check) != QLatin1String("none");
    const bool hasChart = !FlagChartBuilder::chartKindFor(flag->flag.check).isEmpty();
    m_arrangingTabs = true;
    m_tabs->setTabVisible(m_tabs->indexOf(m_recordsPage), hasRecords);
    m_tabs->setTabVisible(m_tabs->indexOf(m_chartPage), hasChart);
    if (m_tabs->isTabVisible(m_preferredTab)) {
        m_tabs->setCurrentIndex(m_preferredTab);
    }
    m_arrangingTabs = false;
    m_shown = *flag;
    const QString key = contentKey(*flag) + QLatin1Char('#') + QString::number(limitFor(flag->uuid));
    const bool sameFlag = flag->uuid == m_flagUuid;
    m_flagUuid = flag->uuid;
    m_key = key;
    if (key == m_loadedKey && !m_stale) {
        return; // a decision changed, not the records
    }
    if (const FlagDetail* cached = m_stale ? nullptr : m_cache.object(key)) {
        showDetail(*cached);
        return;
    }
    if (!sameFlag) {
        // Another flag's records must not stand under this flag's title while its own load.
        m_loadedKey.clear();
        m_records->setTable({});
        m_chartData.reset();
        m_chart->clearChart();
        m_chartCaption->clear();
        setRecordsMessage(tr("Loading the records…"));
        m_showAll->setVisible(false);
        m_tabs->setTabText(m_tabs->indexOf(m_recordsPage), tr("Rec&ords"));
    }
    m_stale = false;
    startLoad();
}

void FlagDetailPanel::startLoad()
{
    if (m_watcher->isRunning() || m_storePath.isEmpty() || m_key.isEmpty()) {
        return; // onLoaded() starts the load of the flag shown by then
    }
    const QString path = m_storePath;
    const QString uuid = m_flagUuid;
    const QString key = m_key;
    const int limit = limitFor(uuid);
    m_watcher->setFuture(QtConcurrent::run([path, uuid, key, limit]() {
        Outcome outcome;
        outcome.key = key;
        Result<FlagDetail> loaded = FlagDetailQuery::load(path, uuid, limit);
        if (loaded) {
            outcome.detail = loaded.take();
        } else {
            outcome.error = loaded.error();
        }
        return outcome;
    }));
}

void FlagDetailPanel::onLoaded()
{
    const Outcome outcome = m_watcher->result();
    if (outcome.detail) {
        m_cache.insert(outcome.key, new FlagDetail(*outcome.detail),
                       std::max<qsizetype>(1, outcome.detail->records.rows.size()));
    }
    if (outcome.key == m_key) {
        if (outcome.detail) {
            showDetail(*outcome.detail);
        } else {
            m_loadedKey = outcome.key;
            m_records->setTable({});
            setRecordsMessage(tr("The records could not be read: %1").arg(outcome.error));
            emit detailShown();
        }
        return;
    }
    // The auditor moved on while this loaded: load what is shown now.
    if (const FlagDetail* cached = m_cache.object(m_key)) {
        showDetail(*cached);
    } else {
        startLoad();
    }
}

void FlagDetailPanel::showDetail(const FlagDetail& detail)
{
    m_loadedKey = m_key;
    const FlagRecordTable& table = detail.records;
    m_records->setTable(table);
    m_recordsView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_sorted->sort(-1);
    m_recordsView->resizeColumnsToContents();
    const QLocale locale;
    QString summary = table.total == 0       ? tr("No records found for this flag.")
                      : table.notShown() > 0 ? tr("The first %1 of %2 records are shown; %3 more are not.")
                                                   .arg(locale.toString(qint64(table.rows.size())),
                                                        locale.toString(table.total), locale.toString(table.notShown()))
                                             : tr("%n record(s).", nullptr, int(table.total));
    if (!table.note.isEmpty()) {
        summary = table.note + QLatin1Char(' ') + summary;
    }
    setRecordsMessage(summary);
    const bool canShowAll = table.notShown() > 0 && limitFor(m_flagUuid) < kShowAllLimit;
    m_showAll->setVisible(canShowAll);
    if (canShowAll) {
        m_showAll->setText(table.total <= kShowAllLimit ? tr("Show all %1").arg(locale.toString(table.total))
                                                        : tr("Show %1").arg(locale.toString(kShowAllLimit)));
    }
    m_tabs->setTabText(m_tabs->indexOf(m_recordsPage), tr("Rec&ords (%1)").arg(locale.toString(table.total)));
    m_chartData = detail.chart;
    m_chartDrawn = false;
    if (m_chartData) {
        m_chartCaption->setText(m_chartData->note.isEmpty()
                                    ? m_chartData->caption
                                    : m_chartData->caption + QLatin1Char(' ') + m_chartData->note);
    } else {
        m_chartCaption->clear();
    }
    showChartIfVisible();
    emit detailShown();
}

void FlagDetailPanel::showChartIfVisible()
{
    // Charts are built when looked at: building one costs more than the rest of a flag switch.
    if (m_chartData && !m_chartDrawn && m_tabs->currentWidget() == m_chartPage) {
        m_chart->setChartData(*m_chartData);
        m_chartDrawn = true;
    }
}

int FlagDetailPanel::limitFor(const QString& flagUuid) const
{
    return m_showingAll.contains(flagUuid) ? std::max(m_limit, int(kShowAllLimit)) : m_limit;
}

void FlagDetailPanel::showAllRecords()
{
    if (m_flagUuid.isEmpty()) {
        return;
    }
    m_showingAll.insert(m_flagUuid);
    m_showAll->setVisible(false);
    setRecordsMessage(tr("Loading the records…"));
    const StoredFlag flag = m_shown;
    showFlag(&flag, true);
}

void FlagDetailPanel::setRecordsMessage(const QString& text)
{
    m_recordsSummary->setText(text);
}

FlagRecordDialog* FlagDetailPanel::openRecord(const QModelIndex& index)
{
    const QModelIndex source = index.model() == m_sorted ? m_sorted->mapToSource(index) : index;
    if (!source.isValid() || source.row() >= m_records->table().rows.size()) {
        return nullptr;
    }
    auto* dialog = new FlagRecordDialog(m_records->table(), source.row(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace fieldbook
