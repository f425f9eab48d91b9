#include "ui/findings/ComplianceDashboard.h"
#include "ui/widgets/ReplaceChart.h"

#include "app/codes/CatalogTranslations.h"
#include "app/fieldwork/ComplianceStats.h"
#include "app/fieldwork/FindingStore.h"
#include "app/i18n/AppTranslator.h"
#include "ui/AuditListModel.h"
#include "ui/findings/FindingListModel.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QTableWidget>
#include <QValueAxis>

namespace fieldbook {

namespace {

QChartView* makeView(QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    return view;
}

// Charts follow the application palette so they stay readable in dark mode.
void styleChart(QChart* chart, const QString& title)
{
    const QPalette palette = QApplication::palette();
    chart->setTitle(title);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsBrush(palette.color(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Mid));
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
}

QString shortLabel(const QString& text, int max)
{
    return text.size() > max ? text.left(max - 1) + QChar(0x2026) : text;
}

QChart* complianceChart(const QList<ComplianceCount>& counts, const QString& title, bool codes)
{
    auto* chart = new QChart;
    auto* set = new QBarSet(QCoreApplication::translate("ComplianceDashboard", "Compliant %"));
    set->setColor(QColor(46, 139, 87));
    QStringList categories;
    // Horizontal bars are drawn bottom-up: reverse so the first section is on top.
    for (auto it = counts.crbegin(); it != counts.crend(); ++it) {
        const double c = it->compliance();
        *set << (c < 0 ? 0.0 : 100.0 * c);
        // Sections are stored in the catalogs' English; shown in the interface language where translated.
        const QString name = codes ? AuditListModel::codeName(it->group)
                                   : CatalogTranslations::builtIn(AppTranslator::current()).section(it->group);
        categories
            << (c < 0
                    ? QCoreApplication::translate("ComplianceDashboard", "%1 (not assessed)").arg(shortLabel(name, 18))
                    : shortLabel(name, 32));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    // Labels are shortened above; QtCharts' own eliding measured CJK labels too wide and left "...".
    axisY->setTruncateLabels(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%d%"));
    axisX->setTickCount(6);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    styleChart(chart, title);
    return chart;
}

} // namespace

ComplianceDashboard::ComplianceDashboard(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_sections = makeView(this);
    m_sections->setObjectName(QStringLiteral("sectionChart"));
    m_codes = makeView(this);
    m_codes->setObjectName(QStringLiteral("codeChart"));
    m_severity = makeView(this);
    m_severity->setObjectName(QStringLiteral("severityChart"));
    grid->addWidget(m_sections, 0, 0, 2, 1);
    grid->addWidget(m_codes, 0, 1);
    grid->addWidget(m_severity, 1, 1);
    m_previousLabel = new QLabel(tr("Corrective actions of the previous audit"), this);
    m_previous = new QTableWidget(0, 5, this);
    m_previous->setObjectName(QStringLiteral("previousActions"));
    m_previous->setHorizontalHeaderLabels({tr("Finding"), tr("Severity"), tr("Action"), tr("Due"), tr("Status")});
    m_previous->verticalHeader()->hide();
    m_previous->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previous->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_previous->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    grid->addWidget(m_previousLabel, 2, 0, 1, 2);
    grid->addWidget(m_previous, 3, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
}

void ComplianceDashboard::reload()
{
    ComplianceStats stats(m_context.database(), m_context.auditId());
    Result<QList<ComplianceCount>> sections = stats.perSection();
    replaceChart(m_sections,
                 complianceChart(sections ? *sections : QList<ComplianceCount>(), tr("Compliance per section"), false));
    Result<QList<ComplianceCount>> codes = stats.perCode();
    replaceChart(m_codes, complianceChart(codes ? *codes : QList<ComplianceCount>(), tr("Compliance per code"), true));

    Result<QMap<QString, int>> bySeverity = stats.findingsBySeverity();
    auto* chart = new QChart;
    auto* set = new QBarSet(tr("Findings"));
    set->setColor(QColor(205, 92, 60));
    QStringList categories;
    int maxCount = 1;
    for (const QString& s : FindingStore::severities()) {
        const int n = bySeverity ? bySeverity->value(s) : 0;
        *set << n;
        maxCount = std::max(maxCount, n);
        categories << FindingListModel::severityText(s);
    }
    // Horizontal, like the compliance charts: severity names stay whole on a narrow laptop
    // screen, and bars drawn bottom-up put the most severe on top.
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, maxCount + 1);
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTickCount(std::min(maxCount + 2, 6));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    styleChart(chart, tr("Findings by severity"));
    replaceChart(m_severity, chart);

    Result<QList<PreviousCorrectiveAction>> previous = stats.previousCorrectiveActions();
    const bool followUp = stats.followUpOf() != 0;
    m_previousLabel->setVisible(followUp);
    m_previous->setVisible(followUp);
    m_previous->setRowCount(0);
    if (followUp && previous) {
        for (const PreviousCorrectiveAction& p : *previous) {
            const int row = m_previous->rowCount();
            m_previous->insertRow(row);
            m_previous->setItem(row, 0, new QTableWidgetItem(p.findingTitle));
            m_previous->setItem(row, 1, new QTableWidgetItem(FindingListModel::severityText(p.severity)));
            m_previous->setItem(row, 2, new QTableWidgetItem(p.action));
            m_previous->setItem(row, 3, new QTableWidgetItem(p.dueDate));
            m_previous->setItem(row, 4, new QTableWidgetItem(FindingListModel::actionStatusText(p.status)));
        }
    }
}

} // namespace fieldbook
