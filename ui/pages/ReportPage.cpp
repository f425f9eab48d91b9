#include "ui/pages/ReportPage.h"

#include "app/fieldwork/ComplianceStats.h"
#include "app/fieldwork/PhaseProgressCalculator.h"
#include "app/i18n/LanguageSettings.h"
#include "app/i18n/Languages.h"
#include "app/report/ReportBuilder.h"
#include "app/report/ReportDataLoader.h"
#include "app/report/ReportLanguage.h"
#include "database/Database.h"
#include "ui/signing/ExportPackageDialog.h"
#include "ui/undo/SetFieldCommand.h"
#include "ui/workspace/StatusMessage.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldbook {

ReportPage::ReportPage(WorkspaceContext& context, QWidget* parent) : WorkspacePage(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* box = new QGroupBox(tr("What the report contains"), this);
    auto* boxLayout = new QVBoxLayout(box);
    m_summary = new QLabel(box);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    boxLayout->addWidget(m_summary);
    layout->addWidget(box);

    auto* languageRow = new QHBoxLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    // Named in their own language; independent of the interface (Edit ▸ Preferences sets the default).
    for (const LanguageInfo& l : Languages::supported()) {
        m_language->addItem(l.nativeName, l.code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(LanguageSettings::effectiveReportLanguage())));
    auto* languageLabel = new QLabel(tr("Report &language:"), this);
    languageLabel->setBuddy(m_language);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch();
    layout->addLayout(languageRow);

    auto* buttons = new QHBoxLayout;
    m_pdf = new QPushButton(tr("Generate PDF report…"), this);
    m_pdf->setObjectName(QStringLiteral("generatePdfButton"));
    m_package = new QPushButton(tr("Export signed package…"), this);
    m_package->setObjectName(QStringLiteral("exportPackageButton"));
    m_pdf->setToolTip(tr("Writes the audit report as a PDF (no worker names, no interview statements)."));
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the audit report"), tr("audit-report-%1.pdf").arg(m_language->currentData().toString()),
            tr("PDF files (*.pdf)"));
        if (!path.isEmpty()) {
            writeReport(path);
        }
    });
    m_package->setToolTip(tr("Writes the audit, its evidence and the report as one signed file for head office "
                             "(personal data left out, or sealed for head office)."));
    connect(m_package, &QPushButton::clicked, this, [this] {
        ExportPackageDialog dialog(this->context(), this);
        dialog.exec();
    });
    m_complete = new QPushButton(tr("Mark the audit as completed"), this);
    m_complete->setObjectName(QStringLiteral("completeAuditButton"));
    m_complete->setToolTip(tr("Sets the audit's status to completed (undo with Ctrl+Z)."));
    connect(m_complete, &QPushButton::clicked, this, [this] {
        if (Status s = SetFieldCommand::apply(this->context(), QStringLiteral("audits"), this->context().auditUuid(),
                                              QStringLiteral("status"), QStringLiteral("completed"),
                                              QStringLiteral("plan"), tr("Mark audit completed"));
            !s) {
            showStatusMessage(this, s.error());
        }
        emit progressChanged();
    });
    buttons->addWidget(m_complete);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_package);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    connect(&context, &WorkspaceContext::auditDataChanged, this, [this] {
        if (isVisible()) {
            reload();
        }
    });
}

void ReportPage::reload()
{
    const Database& db = context().database();
    const qint64 id = context().auditId();
    auto count = [&](const char* sql) {
        Result<QVariant> v = db.scalar(QLatin1String(sql), {id});
        return v ? v->toLongLong() : 0;
    };
    const qint64 questions = count("SELECT count(*) FROM checklist_items WHERE audit_id = ?1 AND applicable = 1");
    const qint64 answered =
        count("SELECT count(*) FROM checklist_items i JOIN checklist_responses r ON r.item_id = i.id "
              "WHERE i.audit_id = ?1 AND i.applicable = 1 AND r.answer IS NOT NULL");
    const qint64 findings = count("SELECT count(*) FROM findings WHERE audit_id = ?1 AND status <> 'withdrawn'");
    const qint64 actions = count("SELECT count(*) FROM corrective_actions c JOIN findings f ON f.id = c.finding_id "
                                 "WHERE f.audit_id = ?1");
    const qint64 interviews = count("SELECT count(*) FROM interviews WHERE audit_id = ?1");
    const qint64 evidence = count("SELECT count(*) FROM evidence WHERE audit_id = ?1");
    const qint64 openFlags = count("SELECT count(*) FROM analysis_flags WHERE audit_id = ?1 AND disposition = 'open' "
                                   "AND stale = 0");
    // "Label: number" lines read well in every language without plural forms.
    QStringList lines;
    lines << tr("Checklist questions answered: %1 of %2 applicable").arg(answered).arg(questions);
    lines << tr("Findings: %1 — corrective actions: %2").arg(findings).arg(actions);
    lines << tr("Interviews: %1 — evidence files: %2").arg(interviews).arg(evidence);
    QString text = QStringLiteral("<p>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    if (answered < questions || openFlags > 0) {
        text += QStringLiteral("<p><b>") + tr("Before reporting:") + QStringLiteral("</b> ") +
                tr("unanswered questions: %1 — analysis flags not yet confirmed or dismissed: %2")
                    .arg(questions - answered)
                    .arg(openFlags) +
                QStringLiteral("</p>");
    }
    m_summary->setText(text);
    Result<QVariant> status = db.scalar(QStringLiteral("SELECT status FROM audits WHERE id = ?1"), {id});
    const bool done =
        status &&
        QStringList{QStringLiteral("completed"), QStringLiteral("submitted"), QStringLiteral("archived")}.contains(
            status->toString());
    m_complete->setEnabled(!done);
    m_complete->setText(done ? tr("The audit is completed") : tr("Mark the audit as completed"));
}

bool ReportPage::writeReport(const QString& path, const QString& language)
{
    Result<ReportData> data = ReportDataLoader(context().database()).load(context().auditUuid());
    if (!data) {
        showStatusMessage(this, data.error());
        return false;
    }
    const QString code = language.isEmpty() ? m_language->currentData().toString() : language;
    Result<int> pages = Result<int>::failure({});
    {
        // The report speaks its own language while it is built, whatever the interface speaks.
        const ReportLanguage reportLanguage(code);
        data->language = reportLanguage.language();
        pages = ReportBuilder(data.take(), {}).writePdf(path);
    }
    if (!pages) {
        showStatusMessage(this, pages.error());
        return false;
    }
    showStatusMessage(this, tr("Report written: %1 (%n page(s))", nullptr, *pages).arg(path));
    return true;
}

PhaseProgress ReportPage::progress() const
{
    return PhaseProgressCalculator(context().database(), context().auditId()).progress(AuditPhase::Report);
}

} // namespace fieldbook
