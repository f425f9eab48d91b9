#include "ui/pages/ReportPage.h"

#include "app/fieldwork/ComplianceStats.h"
#include "app/fieldwork/PhaseProgressCalculator.h"
#include "database/Database.h"
#include "ui/workspace/WorkspaceContext.h"

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

    auto* buttons = new QHBoxLayout;
    m_pdf = new QPushButton(tr("Generate PDF report…"), this);
    m_pdf->setObjectName(QStringLiteral("generatePdfButton"));
    m_package = new QPushButton(tr("Export signed package…"), this);
    m_package->setObjectName(QStringLiteral("exportPackageButton"));
    // The report and package writers (app/report, app/sync) are not part of this build yet.
    m_pdf->setEnabled(false);
    m_pdf->setToolTip(tr("The PDF report writer is not part of this build yet. Use fieldbook-cli when it is."));
    m_package->setEnabled(false);
    m_package->setToolTip(tr("Signed packages are not part of this build yet. Use fieldbook-cli when they are."));
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
    const qint64 questions = count("SELECT count(*) FROM checklist_items WHERE audit_id = ?1");
    const qint64 answered =
        count("SELECT count(*) FROM checklist_items i JOIN checklist_responses r ON r.item_id = i.id "
              "WHERE i.audit_id = ?1 AND r.answer IS NOT NULL");
    const qint64 findings = count("SELECT count(*) FROM findings WHERE audit_id = ?1 AND status <> 'withdrawn'");
    const qint64 actions = count("SELECT count(*) FROM corrective_actions c JOIN findings f ON f.id = c.finding_id "
                                 "WHERE f.audit_id = ?1");
    const qint64 interviews = count("SELECT count(*) FROM interviews WHERE audit_id = ?1");
    const qint64 evidence = count("SELECT count(*) FROM evidence WHERE audit_id = ?1");
    const qint64 openFlags = count("SELECT count(*) FROM analysis_flags WHERE audit_id = ?1 AND disposition = 'open' "
                                   "AND stale = 0");
    QString text = tr("<p>%1 of %2 checklist questions answered.<br>%3 findings with %4 corrective actions.<br>"
                      "%5 interviews, %6 pieces of evidence.</p>")
                       .arg(answered)
                       .arg(questions)
                       .arg(findings)
                       .arg(actions)
                       .arg(interviews)
                       .arg(evidence);
    if (answered < questions || openFlags > 0) {
        text += tr("<p><b>Before reporting:</b> %1 questions are unanswered and %2 analysis flags are not yet "
                   "confirmed or dismissed.</p>")
                    .arg(questions - answered)
                    .arg(openFlags);
    }
    m_summary->setText(text);
}

PhaseProgress ReportPage::progress() const
{
    return PhaseProgressCalculator(context().database(), context().auditId()).progress(AuditPhase::Report);
}

} // namespace fieldbook
