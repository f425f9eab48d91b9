#pragma once

class QChart;
class QChartView;

namespace fieldbook {

// Shows `chart` in `view` and deletes the chart it showed before. QChartView::setChart() takes
// the new chart but only releases the old one (the caller owns it again): every reload of a page
// would otherwise leak a whole chart with its series and axes (found by LeakSanitizer).
void replaceChart(QChartView* view, QChart* chart);

} // namespace fieldbook
