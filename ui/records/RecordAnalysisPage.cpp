#include "ui/records/RecordAnalysisPage.h"

#include "app/analysis/AuditAnalysis.h"
#include "app/analysis/FlagStore.h"
#include "app/records/RecordStore.h"
#include "database/Database.h"
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
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fieldbook {

namespace {

// What each check looks for, in plain words (formats.md; docs/checks.md has the statistics).
QString explanation(const QString& check)
{
    static const QHash<QString, const char*> texts = {
        {QStringLiteral("identical_punches"),
         QT_TRANSLATE_NOOP("RecordAnalysisPage",
                           "Many workers punched in or out at exactly the same minute on the same day, more than "
                           "chance allows: time cards may have been filled in by one hand.")},
        {QStringLiteral("uniform_times"),
         QT_TRANSLATE_NOOP(
             "RecordAnalysisPage",
             "A worker's in and out times are (nearly) the same day after day. Real punches vary by a few minutes.")},
        {QStringLiteral("round_times"),
         QT_TRANSLATE_NOOP("RecordAnalysisPage", "Punch minutes heap on :00, :30 or another digit more than chance "
                                                 "allows: times may have been written, not punched.")},
        {QStringLiteral("hours_cap_pattern"),
         QT_TRANSLATE_NOOP(
             "RecordAnalysisPage",
             "Weekly hours sit at exactly the legal maximum week after week: records may be adjusted to the limit.")},
        {QStringLiteral("excessive_hours"),
         QT_TRANSLATE_NOOP("RecordAnalysisPage", "Weekly hours or overtime above the limit in force.")},
        {QStringLiteral("no_rest_day"),
         QT_TRANSLATE_NOOP("RecordAnalysisPage", "More consecutive working days than allowed without a day off.")},
        {QStringLiteral("payroll_hours_mismatch"),
         QT_TRANSLATE_NOOP(
             "RecordAnalysisPage",
             "Hours paid differ from hours in the time records for the same period: a sign of double books.")},
        {QStringLiteral("minimum_wage_shortfall"),
         QT_TRANSLATE_NOOP("RecordAnalysisPage", "Pay for regular hours is below the minimum wage.")},
        {QStringLiteral("overtime_premium_shortfall"),
         QT_TRANSLATE_NOOP("RecordAnalysisPage", "Overtime is paid below the premium rate.")},
        {QStringLiteral("net_pay_inconsistent"),
         QT_TRANSLATE_NOOP("RecordAnalysisPage", "Net pay does not equal regular + overtime + bonus - deductions.")},
        {QStringLiteral("benford_deviation"),
         QT_TRANSLATE_NOOP(
             "RecordAnalysisPage",
             "First digits of pay amounts depart from Benford's law beyond chance. A screen, never proof.")},
        {QStringLiteral("underage_worker"),
         QT_TRANSLATE_NOOP("RecordAnalysisPage", "Someone worked while below the minimum age.")},
        {QStringLiteral("young_worker_violation"),
         QT_TRANSLATE_NOOP("RecordAnalysisPage", "A worker under the young-worker age did night work or overtime.")},
        {QStringLiteral("birthdate_heaping"),
         QT_TRANSLATE_NOOP(
             "RecordAnalysisPage",
             "Implausibly many birth dates on one day of the year (e.g. 1 January): ages may be made up.")},
        {QStringLiteral("duplicate_identity"),
         QT_TRANSLATE_NOOP("RecordAnalysisPage", "One ID number appears on two or more workers.")},
        {QStringLiteral("work_outside_employment"),
         QT_TRANSLATE_NOOP("RecordAnalysisPage", "Time or pay records before hire or after termination.")},
        {QStringLiteral("unknown_worker"),
         QT_TRANSLATE_NOOP("RecordAnalysisPage",
                           "Records for worker ids missing from the register: hidden or unregistered workers?")},
        {QStringLiteral("production_hours_mismatch"),
         QT_TRANSLATE_NOOP("RecordAnalysisPage",
                           "The output recorded needs more labour hours than the time records show.")},
        {QStringLiteral("gate_time_mismatch"),
         QT_TRANSLATE_NOOP("RecordAnalysisPage",
                           "The gate log shows workers on site well outside their recorded hours.")},
        {QStringLiteral("interview_record_conflict"),
         QT_TRANSLATE_NOOP("RecordAnalysisPage", "What workers said (hours, rest days, pay) contradicts the records.")},
        {QStringLiteral("coached_interviews"),
         QT_TRANSLATE_NOOP(
             "RecordAnalysisPage",
             "Interview answers are too alike across workers to be independent: workers may have been coached.")},
    };
    const auto it = texts.constFind(check);
    return it == texts.constEnd() ? QString() : QCoreApplication::translate("RecordAnalysisPage", it.value());
}

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

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_model = new FlagListModel(this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("flagTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FlagListModel::SummaryColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FlagListModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FlagListModel::CheckColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FlagListModel::DispositionColumn, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    auto* detailPane = new QWidget(split);
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QTextBrowser(detailPane);
    m_detail->setObjectName(QStringLiteral("flagDetail"));
    detailLayout->addWidget(m_detail);
    auto* decide = new QHBoxLayout;
    m_confirm = new QPushButton(tr("&Confirm as finding…"), detailPane);
    m_confirm->setObjectName(QStringLiteral("confirmFlagButton"));
    m_dismiss = new QPushButton(tr("&Dismiss…"), detailPane);
    m_dismiss->setObjectName(QStringLiteral("dismissFlagButton"));
    decide->addWidget(m_confirm);
    decide->addWidget(m_dismiss);
    decide->addStretch();
    detailLayout->addLayout(decide);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_watcher = new QFutureWatcher<QString>(this);
    connect(m_watcher, &QFutureWatcher<QString>::finished, this, &RecordAnalysisPage::onAnalysisDone);
    connect(m_run, &QPushButton::clicked, this, &RecordAnalysisPage::runAnalysis);
    connect(m_cancel, &QPushButton::clicked, this, &RecordAnalysisPage::cancelAnalysis);
    connect(m_import, &QPushButton::clicked, this, &RecordAnalysisPage::askImport);
    connect(m_confirm, &QPushButton::clicked, this, &RecordAnalysisPage::askConfirm);
    connect(m_dismiss, &QPushButton::clicked, this, &RecordAnalysisPage::askDismiss);
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

PhaseProgress RecordAnalysisPage::progress() const
{
    PhaseProgress p;
    Database& db = context().database();
    Result<QVariant> runs =
        db.scalar(QStringLiteral("SELECT count(*) FROM analysis_runs WHERE audit_id = ?1"), {context().auditId()});
    Result<QVariant> total = db.scalar(
        QStringLiteral("SELECT count(*) FROM analysis_flags WHERE audit_id = ?1 AND stale = 0"), {context().auditId()});
    Result<QVariant> decided = db.scalar(QStringLiteral("SELECT count(*) FROM analysis_flags WHERE audit_id = ?1 AND "
                                                        "stale = 0 AND disposition <> 'open'"),
                                         {context().auditId()});
    // Running the analysis is one step; each flag decided is one more.
    p.total = 1 + (total ? total->toInt() : 0);
    p.done = (runs && runs->toInt() > 0 ? 1 : 0) + (decided ? decided->toInt() : 0);
    return p;
}

void RecordAnalysisPage::reload()
{
    Database& db = context().database();
    QStringList counts;
    const QList<QPair<QString, QString>> tables = {{QStringLiteral("workers"), tr("workers")},
                                                   {QStringLiteral("time_records"), tr("time records")},
                                                   {QStringLiteral("payroll"), tr("payroll rows")},
                                                   {QStringLiteral("production"), tr("production days")},
                                                   {QStringLiteral("gate_events"), tr("gate events")}};
    for (const auto& [table, label] : tables) {
        Result<QVariant> n =
            db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE audit_id = ?1").arg(table), {context().auditId()});
        counts << QStringLiteral("%1 %2").arg(QLocale().toString(n ? n->toLongLong() : 0), label);
    }
    m_records->setText(tr("Records in this audit: %1").arg(counts.join(QStringLiteral(", "))));
    const int current = m_table->currentIndex().row();
    Result<QList<StoredFlag>> flags = FlagStore(db).flags(context().auditUuid());
    m_model->setFlags(flags ? flags.value() : QList<StoredFlag>());
    if (m_model->rowCount() > 0) {
        selectFlag(std::clamp(current, 0, m_model->rowCount() - 1));
    }
    showSelected();
}

void RecordAnalysisPage::selectFlag(int row)
{
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void RecordAnalysisPage::showSelected()
{
    const StoredFlag* f = m_model->flagAt(m_table->currentIndex().row());
    m_confirm->setEnabled(f && f->disposition == QLatin1String("open"));
    m_dismiss->setEnabled(f && f->disposition == QLatin1String("open"));
    if (!f) {
        m_detail->setHtml(m_model->rowCount() == 0 ? tr("<p>No flags yet. Import the records and run the analysis.</p>")
                                                   : QString());
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(f->flag.summary.toHtmlEscaped(), explanation(f->flag.check).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2 &nbsp; <b>%3</b> %4</p>")
                .arg(tr("Severity:"), FlagListModel::severityTitle(severityName(f->flag.severity)), tr("Clauses:"),
                     f->flag.clauses.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!f->flag.workers.isEmpty()) {
        QStringList shown = f->flag.workers.mid(0, 40);
        html +=
            QStringLiteral("<p><b>%1</b> %2%3</p>")
                .arg(tr("Workers (%1):").arg(f->flag.workers.size()), shown.join(QStringLiteral(", ")).toHtmlEscaped(),
                     f->flag.workers.size() > shown.size() ? QStringLiteral(" …") : QString());
    }
    if (!f->flag.dates.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2 – %3</p>")
                    .arg(tr("Days (%1):").arg(f->flag.dates.size()), f->flag.dates.first(), f->flag.dates.last());
    }
    if (f->disposition == QLatin1String("dismissed")) {
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Dismissed:"), f->dispositionReason.toHtmlEscaped());
    } else if (f->disposition == QLatin1String("confirmed")) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Confirmed: see Findings."));
    }
    html +=
        QStringLiteral("<p><b>%1</b></p><pre>%2</pre>")
            .arg(tr("The figures behind it:"),
                 QString::fromUtf8(QJsonDocument(f->flag.evidence).toJson(QJsonDocument::Indented)).toHtmlEscaped());
    m_detail->setHtml(html);
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
    m_watcher->setFuture(QtConcurrent::run([storePath, auditUuid, cancel, bar]() -> QString {
        auto progress = [bar](int done, int total) {
            QMetaObject::invokeMethod(bar, [bar, done, total] {
                if (bar) {
                    bar->setRange(0, total);
                    bar->setValue(done);
                }
            });
        };
        Result<AuditAnalysisSummary> r = AuditAnalysis::run(storePath, auditUuid, progress, cancel.get());
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
    emit context().auditDataChanged(QStringLiteral("analysis"));
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
    emit context().auditDataChanged(QStringLiteral("records"));
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
        emit context().auditDataChanged(QStringLiteral("records"));
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
    emit context().auditDataChanged(QStringLiteral("findings"));
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
        severity->addItem(s, s);
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
