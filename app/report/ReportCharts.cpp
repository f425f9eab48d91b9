#include "app/report/ReportCharts.h"
#include "app/fieldwork/FindingStore.h"
#include "app/report/ReportStrings.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>

namespace fieldbook {

namespace {

constexpr int kScale = 2; // drawn at twice the size the document shows, so print stays sharp
constexpr int kBarHeight = 18 * kScale;
constexpr int kGap = 8 * kScale;

} // namespace

QColor ReportCharts::complianceColor(double share)
{
    if (share < 0.60) {
        return QColor(0xc0, 0x39, 0x2b);
    }
    if (share < 0.85) {
        return QColor(0xe6, 0x7e, 0x22);
    }
    return QColor(0x27, 0xae, 0x60);
}

QImage ReportCharts::barChart(const QList<Bar>& bars, double maximum, int width)
{
    width *= kScale;
    const int height = std::max<int>(1, int(bars.size())) * (kBarHeight + kGap) + kGap;
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11 * kScale);
    p.setFont(font);
    const QFontMetrics fm(font);

    const int labelWidth = width * 38 / 100;
    const int valueWidth = fm.horizontalAdvance(QStringLiteral("100 % (999/999)")) + kGap;
    const int barArea = width - labelWidth - valueWidth - 2 * kGap;
    int y = kGap;
    // Light grid lines at quarters of the scale.
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), kScale));
    for (int q = 0; q <= 4; ++q) {
        const int x = labelWidth + kGap + barArea * q / 4;
        p.drawLine(x, kGap / 2, x, height - kGap / 2);
    }
    for (const Bar& bar : bars) {
        const QRect labelRect(0, y, labelWidth, kBarHeight);
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(bar.label, Qt::ElideRight, labelWidth - kGap));
        const double share = maximum > 0 ? std::clamp(bar.value / maximum, 0.0, 1.0) : 0.0;
        const int barWidth = std::max(share > 0 ? kScale : 0, int(barArea * share));
        p.fillRect(QRect(labelWidth + kGap, y + 2 * kScale, barWidth, kBarHeight - 4 * kScale), bar.color);
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QRect(labelWidth + 2 * kGap + barWidth, y, valueWidth + barArea, kBarHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, bar.valueText);
        y += kBarHeight + kGap;
    }
    if (bars.isEmpty()) {
        p.drawText(image.rect(), Qt::AlignCenter, ReportStrings::tr("No data"));
    }
    return image;
}

QImage ReportCharts::compliance(const QList<ComplianceCount>& groups, int width, bool codeNames)
{
    QList<Bar> bars;
    for (const ComplianceCount& c : groups) {
        const double share = c.compliance();
        const int assessed = c.compliant + c.nonCompliant + c.observation;
        Bar bar;
        bar.label = codeNames ? ReportStrings::codeName(c.group) : c.group;
        bar.value = share < 0 ? 0 : share * 100;
        bar.valueText = share < 0
                            ? ReportStrings::tr("not assessed")
                            : QStringLiteral("%1 % (%2/%3)").arg(qRound(share * 100)).arg(c.compliant).arg(assessed);
        bar.color = complianceColor(share);
        bars.append(bar);
    }
    return barChart(bars, 100, width);
}

QImage ReportCharts::findingsBySeverity(const ReportData& data, int width)
{
    const QMap<QString, int> counts = data.findingsBySeverity();
    // Darkest for the worst, in FindingStore's order (one vocabulary for every view).
    const QList<QColor> colors{QColor(0x7b, 0x1f, 0x1f), QColor(0xc0, 0x39, 0x2b), QColor(0xe6, 0x7e, 0x22),
                               QColor(0xf1, 0xc4, 0x0f), QColor(0x7f, 0x8c, 0x8d)};
    const QStringList severities = FindingStore::severitiesWorstFirst();
    QList<Bar> bars;
    int maximum = 1;
    for (qsizetype i = 0; i < severities.size(); ++i) {
        const QString& severity = severities.at(i);
        const QColor color = colors.value(i, colors.back());
        const int n = counts.value(severity);
        maximum = std::max(maximum, n);
        bars.append({ReportStrings::findingSeverity(severity), double(n), QString::number(n), color});
    }
    return barChart(bars, maximum, width);
}

QImage ReportCharts::flagsBySeverity(const ReportData& data, int width)
{
    const QMap<QString, int> counts = data.flagsBySeverity();
    const QList<std::pair<QString, QColor>> order{{QStringLiteral("critical"), QColor(0x7b, 0x1f, 0x1f)},
                                                  {QStringLiteral("high"), QColor(0xc0, 0x39, 0x2b)},
                                                  {QStringLiteral("medium"), QColor(0xe6, 0x7e, 0x22)},
                                                  {QStringLiteral("low"), QColor(0xf1, 0xc4, 0x0f)},
                                                  {QStringLiteral("info"), QColor(0x7f, 0x8c, 0x8d)}};
    QList<Bar> bars;
    int maximum = 1;
    for (const auto& [severity, color] : order) {
        const int n = counts.value(severity);
        maximum = std::max(maximum, n);
        bars.append({ReportStrings::flagSeverity(severity), double(n), QString::number(n), color});
    }
    return barChart(bars, maximum, width);
}

} // namespace fieldbook
