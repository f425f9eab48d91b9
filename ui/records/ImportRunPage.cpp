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
    m_summary->setTextFormat(Qt::RichText);
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
        return report.error.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    }
    const RecordImportOutcome& outcome = report.outcome;
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const QString& kind : RecordKinds::all()) {
        if (outcome.rows.contains(kind)) {
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;&nbsp;%2</td></tr>")
                        .arg(RecordKinds::title(kind).toHtmlEscaped(), QLocale().toString(outcome.rows.value(kind)));
        }
    }
    html += QStringLiteral("</table><ul>");
    QStringList notes;
    if (!outcome.replacedKinds.isEmpty()) {
        QStringList replaced;
        for (const QString& table : outcome.replacedKinds) {
            // Stored per table: time_records holds the attlog's punches too, gate_events the gate log.
            replaced.append(
                RecordKinds::title(table == QLatin1String("gate_events") ? QStringLiteral("gate_log") : table));
        }
        notes.append(tr("They replace the audit's earlier records: %1.").arg(replaced.join(QStringLiteral(", "))));
    }
    if (outcome.quarantined > 0) {
        notes.append(tr("%n bad row(s) or unpaired punch(es) kept in the quarantine list; the report shows them.", "",
                        outcome.quarantined));
    }
    if (outcome.personalValuesWithheld > 0) {
        notes.append(tr("%n name(s) and ID number(s) were not stored, because personal data is locked. Unlock it and "
                        "import again to keep them, sealed.",
                        "", outcome.personalValuesWithheld));
    }
    if (!report.rememberedKinds.isEmpty()) {
        notes.append(tr("Column choices remembered for this facility: %1.")
                         .arg(report.rememberedKinds.join(QStringLiteral(", "))));
    }
    notes.append(tr("Next: run the analysis on the Record analysis page."));
    for (const QString& note : notes) {
        html += QStringLiteral("<li>%1</li>").arg(note.toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

} // namespace fieldbook
