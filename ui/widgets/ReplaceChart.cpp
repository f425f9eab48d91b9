#include "ui/widgets/ReplaceChart.h"

#include <QChart>
#include <QChartView>

namespace fieldbook {

void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    if (old != chart) {
        delete old;
    }
}

} // namespace fieldbook
