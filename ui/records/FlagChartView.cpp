#include "ui/records/FlagChartView.h"
#include "app/analysis/FlagChartBuilder.h"
#include "ui/widgets/ReplaceChart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace fieldbook {

namespace {

// Mid-luminance hues that read on a white and on a dark grey background alike; the first series
// takes the palette's highlight colour.
const QColor kSeriesColours[] = {QColor(232, 139, 44), QColor(62, 168, 94), QColor(156, 104, 204), QColor(40, 160, 170),
                                 QColor(176, 122, 72)};
const QColor kLimitColour(214, 69, 65);

QColor colourFor(const ChartSeries& series, int index, const QPalette& palette)
{
    if (series.key == QLatin1String("limit") || series.style == ChartSeries::Style::Points) {
        return kLimitColour;
    }
    if (series.style == ChartSeries::Style::ReferenceLine) {
        QColor c = palette.color(QPalette::Text);
        c.setAlphaF(0.75);
        return c;
    }
    if (index == 0) {
        return palette.color(QPalette::Highlight);
    }
    return kSeriesColours[size_t(index - 1) % std::size(kSeriesColours)];
}

qreal dateX(double julianDay)
{
    return qreal(QDate::fromJulianDay(qint64(julianDay)).startOfDay().toMSecsSinceEpoch());
}

QAbstractAxis* makeXAxis(const ChartAxis& axis)
{
    switch (axis.kind) {
    case ChartAxis::Kind::Category: {
        auto* categories = new QBarCategoryAxis;
        categories->append(axis.categories);
        return categories;
    }
    case ChartAxis::Kind::Date: {
        auto* dates = new QDateTimeAxis;
        dates->setFormat(FlagChartBuilder::shortDateFormat());
        dates->setRange(QDateTime::fromMSecsSinceEpoch(qint64(dateX(axis.min))),
                        QDateTime::fromMSecsSinceEpoch(qint64(dateX(axis.max))));
        dates->setTickCount(7);
        return dates;
    }
    case ChartAxis::Kind::Value:
        break;
    }
    auto* values = new QValueAxis;
    values->setRange(axis.min, axis.max);
    if (axis.tickInterval > 0) {
        values->setTickType(QValueAxis::TicksDynamic);
        values->setTickAnchor(0);
        values->setTickInterval(axis.tickInterval);
    }
    if (!axis.labelFormat.isEmpty()) {
        values->setLabelFormat(axis.labelFormat);
    }
    return values;
}

void styleAxis(QAbstractAxis* axis, const QString& title, const QPalette& palette)
{
    axis->setTitleText(title);
    axis->setTitleBrush(palette.color(QPalette::Text));
    axis->setLabelsBrush(palette.color(QPalette::Text));
    axis->setLinePenColor(palette.color(QPalette::Mid));
    axis->setGridLineColor(palette.color(QPalette::Mid));
    QFont font = axis->titleFont();
    font.setBold(false);
    axis->setTitleFont(font);
}

} // namespace

FlagChartView::FlagChartView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
}

FlagChartView::~FlagChartView() = default;

void FlagChartView::clearChart()
{
    m_data = FlagChartData();
    replaceChart(this, new QChart);
}

void FlagChartView::setChartData(const FlagChartData& shown)
{
    m_data = shown;
    const QPalette palette = QApplication::palette();
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(shown.title);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));

    QAbstractAxis* x = makeXAxis(shown.x);
    auto* y = new QValueAxis;
    y->setRange(shown.y.min, shown.y.max);
    if (shown.y.tickInterval > 0) {
        y->setTickType(QValueAxis::TicksDynamic);
        y->setTickAnchor(0);
        y->setTickInterval(shown.y.tickInterval);
    } else {
        y->setTickCount(6);
    }
    if (!shown.y.labelFormat.isEmpty()) {
        y->setLabelFormat(shown.y.labelFormat);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    styleAxis(x, shown.x.title, palette);
    styleAxis(y, shown.y.title, palette);

    const bool dates = shown.x.kind == ChartAxis::Kind::Date;
    QAbstractBarSeries* bars = nullptr;
    QAbstractBarSeries* stacked = nullptr;
    int colour = 0;
    QList<QAbstractSeries*> lines;
    for (const ChartSeries& s : shown.series) {
        const QColor c = colourFor(s, colour, palette);
        if (s.style != ChartSeries::Style::ReferenceLine && s.style != ChartSeries::Style::Points &&
            s.key != QLatin1String("limit")) {
            ++colour;
        }
        if (s.style == ChartSeries::Style::Bars || s.style == ChartSeries::Style::StackedBars) {
            auto* set = new QBarSet(s.name);
            for (const QPointF& p : s.points) {
                set->append(p.y());
            }
            set->setColor(c);
            set->setBorderColor(c);
            const bool stack = s.style == ChartSeries::Style::StackedBars;
            QAbstractBarSeries*& series = stack ? stacked : bars;
            if (!series) {
                series = stack ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                               : static_cast<QAbstractBarSeries*>(new QBarSeries);
                series->setBarWidth(0.8);
            }
            series->append(set);
            continue;
        }
        QXYSeries* xy = nullptr;
        if (s.style == ChartSeries::Style::Points) {
            auto* scatter = new QScatterSeries;
            scatter->setMarkerSize(11);
            scatter->setBorderColor(c);
            xy = scatter;
        } else {
            auto* line = new QLineSeries;
            QPen pen(c, s.style == ChartSeries::Style::ReferenceLine ? 2 : 2.5);
            if (s.style == ChartSeries::Style::ReferenceLine) {
                pen.setStyle(Qt::DashLine);
            }
            line->setPen(pen);
            xy = line;
        }
        xy->setName(s.name);
        xy->setColor(c);
        for (const QPointF& p : s.points) {
            xy->append(dates ? dateX(p.x()) : p.x(), p.y());
        }
        lines.append(xy);
    }
    // Bars first, lines on top of them.
    for (QAbstractBarSeries* series : {bars, stacked}) {
        if (series) {
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
        }
    }
    for (QAbstractSeries* series : lines) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    replaceChart(this, chart);
}

} // namespace fieldbook
