#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace fieldbook {

// The data of a chart that explains a flag faster than a table, computed in app/ (testable
// without a display, printed by `fieldbook-cli flag-records --chart`) and drawn by ui/.
struct ChartSeries
{
    enum class Style
    {
        Bars,        // one bar per x
        StackedBars, // stacked on the chart's other StackedBars series
        Line,
        ReferenceLine, // what to compare with (a limit, an expectation): drawn dashed
        Points,        // markers only (days to look at)
    };
    QString key;  // stable name ("time_in", "limit", ...), never translated
    QString name; // legend text, translated
    Style style = Style::Line;
    QList<QPointF> points; // x: category index, value or Julian day, as the chart's x axis says
};

struct ChartAxis
{
    enum class Kind
    {
        Value,    // numbers from min to max
        Category, // x = 0, 1, ... labelled by `categories`
        Date,     // Julian days from min to max
    };
    Kind kind = Kind::Value;
    QString title;
    double min = 0;
    double max = 0;
    double tickInterval = 0; // Value: a tick every this many units (0: let the view choose)
    QStringList categories;
    QString labelFormat; // Value: printf-style, e.g. "%d" or "%.0f%%"
};

struct FlagChartData
{
    QString kind; // punch_minutes | weekly_hours | benford | production_hours
    QString title;
    QString caption; // one line in plain words: what to look at
    ChartAxis x;
    ChartAxis y;
    QList<ChartSeries> series;
    QString note; // what is not drawn, if anything

    const ChartSeries* seriesByKey(const QString& key) const;
    // {"kind","title","caption","note","x":{...},"y":{...},"series":[{"key","name","style","points":[{"x","y"}]}]}
    // with x as the category label, the ISO date or the number, as the axis says.
    QJsonObject toJson() const;
};

} // namespace fieldbook
