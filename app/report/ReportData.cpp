#include "app/report/ReportData.h"

namespace fieldbook {

QMap<QString, int> ReportData::findingsBySeverity() const
{
    QMap<QString, int> counts;
    for (const ReportFinding& f : findings) {
        if (f.status != QLatin1String("withdrawn")) {
            ++counts[f.severity];
        }
    }
    return counts;
}

QMap<QString, int> ReportData::flagsBySeverity() const
{
    QMap<QString, int> counts;
    for (const ReportFlagGroup& g : flags) {
        counts[g.severity] += g.total;
    }
    return counts;
}

} // namespace fieldbook
