#include "ui/records/ImportCheckPage.h"

#include "app/records/RecordKinds.h"
#include "ui/records/RecordImportController.h"
#include "ui/records/RecordIssueModel.h"
#include "ui/records/RecordPreviewModel.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fieldbook {

namespace {
constexpr int kPreviewRows = 20;

QTableView* newTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->setWordWrap(false);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    return view;
}
} // namespace

ImportCheckPage::ImportCheckPage(RecordImportController& controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller)
{
    setTitle(tr("Preview and check"));
    setSubTitle(tr("The first rows as they will be imported, and every problem in the files. Nothing is written "
                   "until you choose Import."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    auto* layout = new QVBoxLayout(this);
    auto* split = new QSplitter(Qt::Vertical, this);

    auto* top = new QWidget(split);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* chooser = new QHBoxLayout;
    auto* fileLabel = new QLabel(tr("First rows of:"), top);
    m_file = new QComboBox(top);
    m_file->setObjectName(QStringLiteral("previewFile"));
    fileLabel->setBuddy(m_file);
    chooser->addWidget(fileLabel);
    chooser->addWidget(m_file, 1);
    topLayout->addLayout(chooser);
    m_previewModel = new RecordPreviewModel(this);
    m_preview = newTable(top, QStringLiteral("previewTable"));
    m_preview->setAccessibleName(tr("First rows"));
    m_preview->setModel(m_previewModel);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    topLayout->addWidget(m_preview, 1);
    m_previewNote = new QLabel(top);
    m_previewNote->setWordWrap(true);
    topLayout->addWidget(m_previewNote);

    auto* bottom = new QWidget(split);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* status = new QHBoxLayout;
    m_summary = new QLabel(bottom);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(bottom);
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setMaximumWidth(200);
    m_cancel = new QPushButton(bottom);
    m_cancel->setObjectName(QStringLiteral("checkAgainButton"));
    m_copy = new QPushButton(tr("&Copy issues"), bottom);
    m_copy->setObjectName(QStringLiteral("copyIssuesButton"));
    m_copy->setToolTip(tr("Copies the selected issues (or all of them) as \"file:line: column: reason\" lines, to "
                          "paste into a note or an e-mail to the factory (Ctrl+C)."));
    status->addWidget(m_summary, 1);
    status->addWidget(m_progress);
    status->addWidget(m_cancel);
    status->addWidget(m_copy);
    bottomLayout->addLayout(status);
    m_issueModel = new RecordIssueModel(this);
    m_issueSort = new QSortFilterProxyModel(this);
    m_issueSort->setSourceModel(m_issueModel);
    m_issues = newTable(bottom, QStringLiteral("issueTable"));
    m_issues->setAccessibleName(tr("Issues"));
    m_issues->setModel(m_issueSort);
    m_issues->setSortingEnabled(true);
    m_issues->sortByColumn(-1, Qt::AscendingOrder); // as found: file by file, line by line
    m_issues->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_issues->horizontalHeader()->setSectionResizeMode(RecordIssueModel::FileColumn, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setSectionResizeMode(RecordIssueModel::LineColumn, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setSectionResizeMode(RecordIssueModel::ColumnColumn, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setSectionResizeMode(RecordIssueModel::ReasonColumn, QHeaderView::Stretch);
    bottomLayout->addWidget(m_issues, 1);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto* modeBox = new QGroupBox(tr("If a row is bad"), this);
    auto* modeLayout = new QVBoxLayout(modeBox);
    m_allOrNothing = new QRadioButton(
        tr("Import &nothing: the files must be corrected first (recommended, records stay complete)"), modeBox);
    m_allOrNothing->setObjectName(QStringLiteral("modeAllOrNothing"));
    m_quarantine = new QRadioButton(tr("Import the good rows and keep the bad ones in a &quarantine list that the "
                                       "report shows"),
                                    modeBox);
    m_quarantine->setObjectName(QStringLiteral("modeQuarantine"));
    m_allOrNothing->setChecked(true);
    auto* group = new QButtonGroup(modeBox);
    group->addButton(m_allOrNothing);
    group->addButton(m_quarantine);
    modeLayout->addWidget(m_allOrNothing);
    modeLayout->addWidget(m_quarantine);
    layout->addWidget(modeBox);

    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("checkBlocked"));
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_blocked);

    connect(m_file, &QComboBox::currentIndexChanged, this, [this] { showPreview(m_file->currentData().toInt()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_controller.isChecking()) {
            m_controller.cancelCheck();
        } else {
            m_issueModel->setIssues({});
            m_controller.startCheck();
            updateState();
        }
    });
    connect(m_copy, &QPushButton::clicked, this, &ImportCheckPage::copyIssues);
    auto* copy = new QShortcut(QKeySequence::Copy, m_issues, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &ImportCheckPage::copyIssues);
    connect(group, &QButtonGroup::buttonToggled, this, [this] { updateState(); });
    connect(&m_controller, &RecordImportController::checkFinished, this, &ImportCheckPage::onCheckFinished);
    connect(&m_controller, &RecordImportController::checkProgress, this, [this](qint64 done, qint64 total) {
        // Bytes can exceed an int: show per mille.
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
}

void ImportCheckPage::initializePage()
{
    const RecordImportSession& session = m_controller.session();
    {
        const QSignalBlocker quiet(m_file);
        m_file->clear();
        for (int i = 0; i < session.fileCount(); ++i) {
            m_file->addItem(tr("%1 — %2").arg(session.file(i).fileName, RecordKinds::title(session.file(i).kind)), i);
        }
    }
    showPreview(m_file->currentData().toInt());
    m_issueModel->setIssues({});
    if (!m_controller.checkIsCurrent()) {
        m_controller.startCheck();
    } else {
        onCheckFinished();
    }
    updateState();
}

void ImportCheckPage::cleanupPage()
{
    m_controller.cancelCheck(); // going back: the plan will change
}

void ImportCheckPage::showPreview(int sessionIndex)
{
    m_previewModel->setPreview(m_controller.session().preview(sessionIndex, kPreviewRows));
    const RecordPreview& preview = m_previewModel->preview();
    m_preview->resizeColumnsToContents();
    int refused = 0;
    for (const RecordPreviewRow& row : preview.rows) {
        refused += row.blocking ? 1 : 0;
    }
    QString note;
    if (!preview.problem.isEmpty()) {
        note = preview.problem;
    } else if (refused > 0) {
        note = tr("%n of these rows would be refused (tinted cells; point at one to see why).", "", refused);
    } else if (preview.moreRows) {
        note = tr("The file goes on after these rows; the check below reads all of it.");
    }
    m_previewNote->setText(note);
    m_previewNote->setVisible(!note.isEmpty());
}

void ImportCheckPage::onCheckFinished()
{
    const std::shared_ptr<const RecordImportCheck> check = m_controller.check();
    if (check && check->revision == m_controller.session().revision()) {
        m_issueModel->setIssues(check->allIssues());
    }
    updateState();
}

ImportMode ImportCheckPage::mode() const
{
    return m_quarantine->isChecked() ? ImportMode::Quarantine : ImportMode::AllOrNothing;
}

void ImportCheckPage::setMode(ImportMode mode)
{
    (mode == ImportMode::Quarantine ? m_quarantine : m_allOrNothing)->setChecked(true);
}

void ImportCheckPage::updateState()
{
    const bool checking = m_controller.isChecking();
    m_progress->setVisible(checking);
    m_cancel->setVisible(checking || !m_controller.checkIsCurrent());
    m_cancel->setText(checking ? tr("&Stop the check") : tr("Check &again"));
    m_copy->setEnabled(m_issueModel->rowCount() > 0);
    const std::shared_ptr<const RecordImportCheck> check = m_controller.check();
    QString summary;
    QString blocked;
    if (checking) {
        summary = tr("Reading every file…");
        m_progress->setRange(0, 0);
    } else if (!check || check->revision != m_controller.session().revision()) {
        summary = tr("Not checked yet.");
        blocked = tr("Check the files before importing them.");
    } else if (check->cancelled) {
        summary = tr("The check was stopped.");
        blocked = tr("Check the files before importing them.");
    } else {
        const RecordSet& r = check->outcome.records;
        const size_t good =
            r.workers.size() + r.timeRecords.size() + r.payroll.size() + r.production.size() + r.gateEvents.size();
        QStringList parts{tr("%n file(s) read: %1 records ready.", "", int(check->outcome.files.size()))
                              .arg(QLocale().toString(qulonglong(good)))};
        if (check->badRows() > 0) {
            parts.append(tr("%n bad row(s).", "", check->badRows()));
        }
        if (check->notices() > 0) {
            parts.append(tr("%n notice(s) (reported, not blocking).", "", check->notices()));
        }
        if (!check->fileIssues.empty()) {
            parts.append(tr("%n file(s) cannot be read.", "", int(check->fileIssues.size())));
        }
        if (parts.size() == 1) {
            parts.append(tr("No problems found."));
        }
        summary = parts.join(QLatin1Char(' '));
        blocked = check->blockingReason(mode());
    }
    m_summary->setText(summary);
    m_blocked->setText(blocked);
    m_blocked->setVisible(!blocked.isEmpty());
    emit completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    const std::shared_ptr<const RecordImportCheck> check = m_controller.check();
    return !m_controller.isChecking() && m_controller.checkIsCurrent() && check->canImport(mode());
}

QString ImportCheckPage::issuesText() const
{
    QModelIndexList rows = m_issues->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_issueSort->rowCount(); ++row) {
            rows.append(m_issueSort->index(row, 0));
        }
    }
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex& index : rows) {
        lines.append(index.data(Qt::UserRole).toString());
    }
    return lines.join(QLatin1Char('\n'));
}

void ImportCheckPage::copyIssues() const
{
    QApplication::clipboard()->setText(issuesText());
}

} // namespace fieldbook
