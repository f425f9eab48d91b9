#pragma once

#include "app/analysis/FlagChartData.h"

#include <QChartView>

namespace fieldbook {

// Draws a flag's chart (FlagChartData, computed in app/) with QtCharts: axes with titles, a legend
// below, colours from the application palette so it reads in light and dark themes alike.
class FlagChartView : public QChartView
{
    Q_OBJECT

public:
    explicit FlagChartView(QWidget* parent = nullptr);
    ~FlagChartView() override;

    void setChartData(const FlagChartData& shown);
    void clearChart();
    const FlagChartData& chartData() const
    {
        return m_data;
    }

private:
    FlagChartData m_data;
};

} // namespace fieldbook
