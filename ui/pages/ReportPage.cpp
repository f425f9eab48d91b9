#include "ui/pages/ReportPage.h"

#include "app/i18n/LanguageSettings.h"
#include "app/i18n/Languages.h"
#include "app/report/ReportReadiness.h"
#include "app/report/ReportService.h"
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
                                              QStringLiteral("status"), QStringLiteral("completed"), DataArea::Plan,
                                              tr("Mark audit completed"));
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
    Result<ReportReadiness> readiness = ReportReadiness::read(context().database(), context().auditId());
    if (!readiness) {
        m_summary->setText(readiness.error().toHtmlEscaped());
        return;
    }
    QString text = QStringLiteral("<p>") + readiness->contents().join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    if (!readiness->ready()) {
        text += QStringLiteral("<p><b>") + ReportReadiness::blockersHeading() + QStringLiteral("</b> ") +
                readiness->blockers() + QStringLiteral("</p>");
    }
    m_summary->setText(text);
    const bool done = readiness->auditCompleted;
    m_complete->setEnabled(!done);
    m_complete->setText(done ? tr("The audit is completed") : tr("Mark the audit as completed"));
}

bool ReportPage::writeReport(const QString& path, const QString& language)
{
    const QString code = language.isEmpty() ? m_language->currentData().toString() : language;
    Result<ReportOutcome> written =
        ReportService(context().database()).writePdf({context().auditUuid(), path, code, {}});
    if (!written) {
        showStatusMessage(this, written.error());
        return false;
    }
    showStatusMessage(this, tr("Report written: %1 (%n page(s))", nullptr, written->pages).arg(path));
    return true;
}

} // namespace fieldbook
