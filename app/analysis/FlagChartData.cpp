#include "app/analysis/FlagChartData.h"

#include <QDate>
#include <QJsonArray>
#include <cmath>

namespace fieldbook {

namespace {

QString styleName(ChartSeries::Style style)
{
    switch (style) {
    case ChartSeries::Style::Bars:
        return QStringLiteral("bars");
    case ChartSeries::Style::StackedBars:
        return QStringLiteral("stacked_bars");
    case ChartSeries::Style::Line:
        return QStringLiteral("line");
    case ChartSeries::Style::ReferenceLine:
        return QStringLiteral("reference_line");
    case ChartSeries::Style::Points:
        return QStringLiteral("points");
    }
    return QStringLiteral("line");
}

QString axisKindName(ChartAxis::Kind kind)
{
    switch (kind) {
    case ChartAxis::Kind::Value:
        return QStringLiteral("value");
    case ChartAxis::Kind::Category:
        return QStringLiteral("category");
    case ChartAxis::Kind::Date:
        return QStringLiteral("date");
    }
    return QStringLiteral("value");
}

double rounded(double v)
{
    return std::round(v * 10000) / 10000;
}

QJsonValue xValue(const ChartAxis& axis, double x)
{
    if (axis.kind == ChartAxis::Kind::Date) {
        return QDate::fromJulianDay(qint64(std::llround(x))).toString(Qt::ISODate);
    }
    if (axis.kind == ChartAxis::Kind::Category) {
        const int index = int(std::lround(x));
        if (std::fabs(x - index) < 1e-9 && index >= 0 && index < axis.categories.size()) {
            return axis.categories.at(index);
        }
    }
    return rounded(x);
}

QJsonObject axisJson(const ChartAxis& axis)
{
    QJsonObject o{{QStringLiteral("kind"), axisKindName(axis.kind)}, {QStringLiteral("title"), axis.title}};
    if (axis.kind == ChartAxis::Kind::Category) {
        o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(axis.categories));
    } else if (axis.kind == ChartAxis::Kind::Date) {
        o.insert(QStringLiteral("min"), xValue(axis, axis.min));
        o.insert(QStringLiteral("max"), xValue(axis, axis.max));
    } else {
        o.insert(QStringLiteral("min"), rounded(axis.min));
        o.insert(QStringLiteral("max"), rounded(axis.max));
    }
    return o;
}

} // namespace

const ChartSeries* FlagChartData::seriesByKey(const QString& key) const
{
    for (const ChartSeries& s : series) {
        if (s.key == key) {
            return &s;
        }
    }
    return nullptr;
}

QJsonObject FlagChartData::toJson() const
{
    QJsonArray list;
    for (const ChartSeries& s : series) {
        QJsonArray points;
        for (const QPointF& p : s.points) {
            points.append(QJsonObject{{QStringLiteral("x"), xValue(x, p.x())}, {QStringLiteral("y"), rounded(p.y())}});
        }
        list.append(QJsonObject{{QStringLiteral("key"), s.key},
                                {QStringLiteral("name"), s.name},
                                {QStringLiteral("style"), styleName(s.style)},
                                {QStringLiteral("points"), points}});
    }
    return QJsonObject{{QStringLiteral("kind"), kind},       {QStringLiteral("title"), title},
                       {QStringLiteral("caption"), caption}, {QStringLiteral("note"), note},
                       {QStringLiteral("x"), axisJson(x)},   {QStringLiteral("y"), axisJson(y)},
                       {QStringLiteral("series"), list}};
}

} // namespace fieldbook
