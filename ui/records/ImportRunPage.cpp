#include "ui/records/ImportRunPage.h"

#include "app/records/RecordKinds.h"
#include "ui/records/RecordImportController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldbook {

ImportRunPage::ImportRunPage(RecordImportController& controller, std::function<ImportMode()> mode,
                             std::function<bool()> remember, QWidget* parent)
    : QWizardPage(parent), m_controller(controller), m_mode(std::move(mode)), m_remember(std::move(remember))
{
    setTitle(tr("Import"));
    setSubTitle(tr("The records are written in one step: if it is cancelled or fails, the audit keeps exactly what "
                   "it had before."));
    auto* layout = new QVBoxLayout(this);
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("importStage"));
    layout->addWidget(m_stage);
    auto* bar = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancel = new QPushButton(tr("&Cancel import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancel);
    layout->addLayout(bar);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_summary, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_controller.cancelImport();
        m_cancel->setEnabled(false);
        m_stage->setText(tr("Cancelling: undoing what was written…"));
    });
    connect(&m_controller, &RecordImportController::importProgress, this, &ImportRunPage::onProgress);
    connect(&m_controller, &RecordImportController::importFinished, this, &ImportRunPage::onFinished);
}

void ImportRunPage::initializePage()
{
    m_summary->clear();
    m_stage->setText(tr("Starting…"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_controller.startImport(m_mode(), m_remember());
    m_cancel->setFocus();
    emit completeChanged();
}

void ImportRunPage::onProgress(ImportStage stage, qint64 done, qint64 total)
{
    if (!m_cancel->isEnabled()) {
        return; // cancelling
    }
    m_stage->setText(
        stage == ImportStage::Checking
            ? tr("Reading the files…")
            : tr("Writing the records: %1 of %2…").arg(QLocale().toString(done), QLocale().toString(total)));
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void ImportRunPage::onFinished()
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    const RecordImportReport& report = m_controller.report();
    if (report.cancelled) {
        m_stage->setText(tr("Cancelled: nothing was imported; the audit's records are as they were."));
    } else if (!report.error.isEmpty()) {
        m_stage->setText(tr("Nothing was imported."));
    } else {
        m_stage->setText(tr("Imported."));
    }
    m_summary->setText(summaryText());
    emit completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return !m_controller.isImporting();
}

QString ImportRunPage::summaryText() const
{
    const RecordImportReport& report = m_controller.report();
    if (report.cancelled) {
        return {};
    }
    if (!report.error.isEmpty()) {
        return report.error;
    }
    const RecordImportOutcome& outcome = report.outcome;
    QStringList lines;
    for (const QString& kind : RecordKinds::all()) {
        if (outcome.rows.contains(kind)) {
            lines.append(
                tr("%1: %2 records").arg(RecordKinds::title(kind), QLocale().toString(outcome.rows.value(kind))));
        }
    }
    if (!outcome.replacedKinds.isEmpty()) {
        lines.append(tr("These replace the audit's earlier %1.").arg(outcome.replacedKinds.join(QStringLiteral(", "))));
    }
    if (outcome.quarantined > 0) {
        lines.append(
            tr("%n row(s) or punch(es) kept in the quarantine list (the report shows them).", "", outcome.quarantined));
    }
    if (outcome.personalValuesWithheld > 0) {
        lines.append(tr("%n name(s) and ID number(s) were not stored: unlock personal data to keep them, sealed.", "",
                        outcome.personalValuesWithheld));
    }
    if (!report.rememberedKinds.isEmpty()) {
        lines.append(tr("Column choices remembered for this facility: %1.")
                         .arg(report.rememberedKinds.join(QStringLiteral(", "))));
    }
    lines.append(tr("Run the analysis on the Record analysis page to check them."));
    return lines.join(QLatin1Char('\n'));
}

} // namespace fieldbook
