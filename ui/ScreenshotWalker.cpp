#include "ui/ScreenshotWalker.h"

#include "ui/MainWindow.h"
#include "ui/findings/ComplianceDashboard.h"
#include "ui/interviews/SamplePanel.h"
#include "ui/interviews/WorkerInterviewsPage.h"
#include "ui/pages/FindingsPage.h"
#include "ui/records/FlagChartView.h"
#include "ui/records/FlagDetailPanel.h"
#include "ui/records/RecordAnalysisPage.h"
#include "ui/workspace/AuditWorkspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <cstdio>

namespace fieldbook {

namespace {
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
}
} // namespace

bool ScreenshotWalker::save(const QString& name)
{
    settle();
    const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
    const bool ok = m_window.grab().save(path, "PNG");
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "saved" : "could not save", qPrintable(path));
    return ok;
}

bool ScreenshotWalker::run()
{
    QDir().mkpath(m_dir);
    bool ok = true;
    AuditWorkspace* workspace = m_window.workspace();
    if (!workspace) {
        return save(QStringLiteral("00-audits"));
    }
    const qint64 auditId = workspace->auditId();
    const AuditPhase startPhase = workspace->currentPhase();
    m_window.showAuditList();
    ok &= save(QStringLiteral("00-audits"));
    m_window.openAudit(auditId);
    int number = 1;
    for (AuditPhase phase : allAuditPhases()) {
        m_window.workspace()->showPhase(phase);
        ok &= save(QStringLiteral("%1-%2").arg(number, 2, 10, QLatin1Char('0')).arg(auditPhaseId(phase)));
        if (auto* findings = qobject_cast<FindingsPage*>(m_window.workspace()->page(phase))) {
            findings->tabs()->setCurrentWidget(findings->dashboard());
            ok &= save(QStringLiteral("%1-%2-dashboard").arg(number, 2, 10, QLatin1Char('0')).arg(auditPhaseId(phase)));
            findings->tabs()->setCurrentIndex(0);
        }
        if (auto* interviews = qobject_cast<WorkerInterviewsPage*>(m_window.workspace()->page(phase))) {
            QWidget* shown = interviews->tabs()->currentWidget();
            interviews->tabs()->setCurrentWidget(interviews->sample());
            ok &= save(QStringLiteral("%1-%2-sample").arg(number, 2, 10, QLatin1Char('0')).arg(auditPhaseId(phase)));
            interviews->tabs()->setCurrentWidget(shown);
        }
        if (auto* records = qobject_cast<RecordAnalysisPage*>(m_window.workspace()->page(phase))) {
            ok &= saveFlagViews(*records, number);
        }
        ++number;
    }
    m_window.workspace()->showPhase(startPhase);
    return ok;
}

// The records behind a flag and its chart, on the first flag that has a chart (identical punches on
// the demo): the evidence an auditor weighs before confirming or dismissing.
bool ScreenshotWalker::saveFlagViews(RecordAnalysisPage& page, int number)
{
    FlagDetailPanel* panel = page.detailPanel();
    auto* flags = page.findChild<QTableView*>(QStringLiteral("flagTable"));
    if (!panel || !flags) {
        return true;
    }
    const int chartTab = panel->tabs()->indexOf(panel->chartView()->parentWidget());
    const QString prefix = QStringLiteral("%1-%2").arg(number, 2, 10, QLatin1Char('0')).arg(auditPhaseId(page.phase()));
    bool ok = true;
    for (int row = 0; row < flags->model()->rowCount(); ++row) {
        page.selectFlag(row);
        QElapsedTimer waited;
        waited.start();
        while (panel->isLoading() && waited.elapsed() < 10000) {
            settle();
        }
        if (chartTab < 0 || !panel->tabs()->isTabVisible(chartTab)) {
            continue;
        }
        panel->tabs()->setCurrentIndex(chartTab);
        ok &= save(prefix + QStringLiteral("-chart"));
        panel->tabs()->setCurrentWidget(panel->recordsView()->parentWidget() ? panel->recordsView()->parentWidget()
                                                                             : panel->recordsView());
        ok &= save(prefix + QStringLiteral("-records"));
        panel->tabs()->setCurrentIndex(0);
        break;
    }
    page.selectFlag(0);
    return ok;
}

QPalette ScreenshotWalker::darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(127, 127, 127);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(86, 156, 214));
    p.setColor(QPalette::Highlight, QColor(38, 110, 180));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    return p;
}

} // namespace fieldbook
