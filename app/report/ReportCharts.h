#pragma once

#include "app/report/ReportData.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>

namespace fieldbook {

// Horizontal bar charts painted with QPainter into images the report document embeds.
// (QtCharts needs QtWidgets, which app/ must not use.)
class ReportCharts
{
public:
    struct Bar
    {
        QString label;
        double value = 0; // 0..maximum
        QString valueText;
        QColor color;
    };

    // `width` in pixels; the height follows from the number of bars.
    static QImage barChart(const QList<Bar>& bars, double maximum, int width);

    static QImage compliance(const QList<ComplianceCount>& groups, int width, bool codeNames);
    static QImage findingsBySeverity(const ReportData& data, int width);
    static QImage flagsBySeverity(const ReportData& data, int width);

    static QColor complianceColor(double share); // red below 60 %, amber below 85 %, green above
};

} // namespace fieldbook
