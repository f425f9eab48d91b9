#include "ui/records/RecordAnalysisPage.h"
#include "ui/widgets/SplitterMemory.h"

#include "app/analysis/AuditAnalysis.h"
#include "app/analysis/FlagStore.h"
#include "app/core/PersonalDataProtector.h"
#include "app/records/RecordCounts.h"
#include "app/records/RecordStore.h"
#include "database/Database.h"
#include "ui/findings/FindingListModel.h"
#include "ui/records/FlagDetailPanel.h"
#include "ui/records/FlagListModel.h"
#include "ui/records/RecordImportWizard.h"
#include "ui/workspace/StatusMessage.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fieldbook {

namespace {

// Flag severities map onto finding grades; the auditor can change the grade.
QString findingSeverityFor(const QString& flagSeverity)
{
    if (flagSeverity == QLatin1String("critical")) {
        return QStringLiteral("critical");
    }
    if (flagSeverity == QLatin1String("high")) {
        return QStringLiteral("major");
    }
    if (flagSeverity == QLatin1String("medium")) {
        return QStringLiteral("minor");
    }
    return QStringLiteral("observation");
}

} // namespace

RecordAnalysisPage::RecordAnalysisPage(WorkspaceContext& context, QWidget* parent)
    : WorkspacePage(context, parent), m_cancelFlag(std::make_shared<std::atomic<bool>>(false))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("Import the factory's own records, run the checks, then decide on each flag: "
                                "confirm it as a finding or dismiss it with a reason."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* bar = new QHBoxLayout;
    m_records = new QLabel(this);
    m_records->setObjectName(QStringLiteral("recordCounts"));
    m_records->setWordWrap(true);
    bar->addWidget(m_records, 1);
    m_import = new QPushButton(tr("&Import records…"), this);
    m_import->setObjectName(QStringLiteral("importRecordsButton"));
    m_run = new QPushButton(tr("&Run analysis"), this);
    m_run->setObjectName(QStringLiteral("runAnalysisButton"));
    m_run->setShortcut(QKeySequence(Qt::Key_F5));
    m_run->setToolTip(tr("Runs every check on the records (F5). The window stays usable while it runs."));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelAnalysisButton"));
    m_cancel->setVisible(false);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setVisible(false);
    m_progressBar->setMaximumWidth(180);
    bar->addWidget(m_import);
    bar->addWidget(m_run);
    bar->addWidget(m_progressBar);
    bar->addWidget(m_cancel);
    layout->addLayout(bar);

    // Flags above, the selected flag's detail below: records tables and charts need the full width.
    auto* split = new QSplitter(Qt::Vertical, this);
    m_model = new FlagListModel(this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("flagTable"));
    m_table->setAccessibleName(tr("Flags"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FlagListModel::SummaryColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FlagListModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FlagListModel::CheckColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FlagListModel::DispositionColumn, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_detailPanel = new FlagDetailPanel(split);
    m_detailPanel->setObjectName(QStringLiteral("flagDetailPanel"));
    m_detailPanel->setStorePath(context.database().path());
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    rememberSplitterSizes(split, Setting::FlagsSplitter);
    layout->addWidget(split, 1);

    m_watcher = new QFutureWatcher<QString>(this);
    connect(m_watcher, &QFutureWatcher<QString>::finished, this, &RecordAnalysisPage::onAnalysisDone);
    connect(m_run, &QPushButton::clicked, this, &RecordAnalysisPage::runAnalysis);
    connect(m_cancel, &QPushButton::clicked, this, &RecordAnalysisPage::cancelAnalysis);
    connect(m_import, &QPushButton::clicked, this, &RecordAnalysisPage::askImport);
    connect(m_detailPanel, &FlagDetailPanel::confirmRequested, this, &RecordAnalysisPage::askConfirm);
    connect(m_detailPanel, &FlagDetailPanel::dismissRequested, this, &RecordAnalysisPage::askDismiss);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSelected(); });
}

RecordAnalysisPage::~RecordAnalysisPage()
{
    // The background run holds its own connection; stop it and wait so nothing outlives the page.
    m_cancelFlag->store(true);
    m_watcher->waitForFinished();
}

bool RecordAnalysisPage::isRunning() const
{
    return m_watcher->isRunning();
}

void RecordAnalysisPage::reload()
{
    Database& db = context().database();
    Result<RecordCounts> read = RecordCounts::read(db, context().auditId());
    const RecordCounts n = read ? read.value() : RecordCounts{};
    QStringList counts;
    const QList<QPair<qint64, QString>> kinds = {{n.workers, tr("workers")},
                                                 {n.timeRecords, tr("time records")},
                                                 {n.payroll, tr("payroll rows")},
                                                 {n.production, tr("production days")},
                                                 {n.gateEvents, tr("gate events")}};
    for (const auto& [count, label] : kinds) {
        counts << QStringLiteral("%1 %2").arg(QLocale().toString(count), label);
    }
    m_records->setText(tr("Records in this audit: %1").arg(counts.join(QStringLiteral(", "))));
    const int current = m_table->currentIndex().row();
    Result<QList<StoredFlag>> flags = FlagStore(db).flags(context().auditUuid());
    m_model->setFlags(flags ? flags.value() : QList<StoredFlag>());
    m_detailPanel->invalidate(); // records or flags may have changed under the shown flag
    if (m_model->rowCount() > 0) {
        selectFlag(std::clamp(current, 0, m_model->rowCount() - 1));
    }
    showSelected();
}

QVariant RecordAnalysisPage::viewState() const
{
    return m_table->currentIndex().row();
}

void RecordAnalysisPage::restoreViewState(const QVariant& state)
{
    const int row = state.toInt();
    if (row >= 0 && row < m_model->rowCount()) {
        selectFlag(row);
    }
}

void RecordAnalysisPage::selectFlag(int row)
{
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void RecordAnalysisPage::showSelected()
{
    m_detailPanel->showFlag(m_model->flagAt(m_table->currentIndex().row()), m_model->rowCount() > 0);
}

void RecordAnalysisPage::runAnalysis()
{
    if (isRunning()) {
        return;
    }
    m_cancelFlag->store(false);
    m_run->setEnabled(false);
    m_import->setEnabled(false);
    m_cancel->setVisible(true);
    m_progressBar->setVisible(true);
    m_progressBar->setRange(0, 0);
    const QString storePath = context().database().path();
    const QString auditUuid = context().auditUuid();
    auto cancel = m_cancelFlag;
    QPointer<QProgressBar> bar = m_progressBar;
    // duplicate_identity compares sealed ID numbers: the run gets its own copy of the session's key
    // (none while locked; the check is then skipped and says so).
    std::shared_ptr<const PersonalDataProtector> protector =
        context().protector() ? context().protector()->clone() : nullptr;
    m_watcher->setFuture(QtConcurrent::run([storePath, auditUuid, cancel, bar, protector]() -> QString {
        auto progress = [bar](int done, int total) {
            QMetaObject::invokeMethod(bar, [bar, done, total] {
                if (bar) {
                    bar->setRange(0, total);
                    bar->setValue(done);
                }
            });
        };
        Result<AuditAnalysisSummary> r =
            AuditAnalysis::run(storePath, auditUuid, progress, cancel.get(), protector.get());
        if (!r) {
            return r.error();
        }
        return r->cancelled ? QStringLiteral("cancelled") : QString();
    }));
}

void RecordAnalysisPage::cancelAnalysis()
{
    m_cancelFlag->store(true);
    m_cancel->setEnabled(false);
}

void RecordAnalysisPage::onAnalysisDone()
{
    const QString error = m_watcher->result();
    m_run->setEnabled(true);
    m_import->setEnabled(true);
    m_cancel->setVisible(false);
    m_cancel->setEnabled(true);
    m_progressBar->setVisible(false);
    const bool ok = error.isEmpty();
    if (error == QLatin1String("cancelled")) {
        showStatusMessage(this, tr("Analysis cancelled: nothing was changed."));
    } else if (!ok) {
        QMessageBox::warning(this, tr("Analysis failed"), error);
    } else {
        showStatusMessage(this, tr("Analysis finished."));
    }
    reload();
    emit progressChanged();
    emit context().auditDataChanged(DataArea::Analysis);
    emit analysisFinished(ok);
}

bool RecordAnalysisPage::importFolder(const QString& folder)
{
    Result<RecordImportOutcome> imported =
        RecordStore(context().database(), context().protector()).importDirectory(context().auditId(), folder);
    if (!imported) {
        QMessageBox::warning(this, tr("Nothing was imported"), imported.error());
        return false;
    }
    showStatusMessage(this, tr("Records imported."));
    reload();
    emit context().auditDataChanged(DataArea::Records);
    return true;
}

void RecordAnalysisPage::askImport()
{
    // Window-modal and deleted on close: the page stays free to reload when the records land.
    auto* wizard = new RecordImportWizard(context(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &RecordImportWizard::recordsImported, this, [this] {
        showStatusMessage(this, tr("Records imported."));
        reload();
        emit context().auditDataChanged(DataArea::Records);
    });
    wizard->open();
}

bool RecordAnalysisPage::confirmSelected(const QString& title, const QString& severity)
{
    const StoredFlag* f = m_model->flagAt(m_table->currentIndex().row());
    if (!f || title.trimmed().isEmpty()) {
        return false;
    }
    FindingDraft draft;
    draft.title = title.trimmed();
    draft.description = f->flag.summary;
    draft.severity = severity;
    Result<QString> finding = FlagStore(context().database()).confirmFlag(f->uuid, draft);
    if (!finding) {
        QMessageBox::warning(this, tr("Not confirmed"), finding.error());
        return false;
    }
    reload();
    emit progressChanged();
    emit context().auditDataChanged(DataArea::Findings);
    return true;
}

bool RecordAnalysisPage::dismissSelected(const QString& reason)
{
    const StoredFlag* f = m_model->flagAt(m_table->currentIndex().row());
    if (!f) {
        return false;
    }
    if (Status s = FlagStore(context().database()).dismissFlag(f->uuid, reason); !s) {
        QMessageBox::warning(this, tr("Not dismissed"), s.error());
        return false;
    }
    reload();
    emit progressChanged();
    return true;
}

void RecordAnalysisPage::askConfirm()
{
    const StoredFlag* f = m_model->flagAt(m_table->currentIndex().row());
    if (!f) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Confirm as finding"));
    auto* form = new QFormLayout(&dialog);
    auto* title = new QLineEdit(f->flag.summary, &dialog);
    auto* severity = new QComboBox(&dialog);
    for (const QString& s : {QStringLiteral("observation"), QStringLiteral("minor"), QStringLiteral("major"),
                             QStringLiteral("priority"), QStringLiteral("critical")}) {
        severity->addItem(FindingListModel::severityText(s), s);
    }
    severity->setCurrentIndex(severity->findData(findingSeverityFor(severityName(f->flag.severity))));
    form->addRow(tr("Finding:"), title);
    form->addRow(tr("Grade:"), severity);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted) {
        confirmSelected(title->text(), severity->currentData().toString());
    }
}

void RecordAnalysisPage::askDismiss()
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Dismiss flag"), tr("Why is this not a finding? (a reviewer will read it)"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok) {
        dismissSelected(reason);
    }
}

} // namespace fieldbook
