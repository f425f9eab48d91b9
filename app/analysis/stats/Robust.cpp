#include "app/analysis/stats/Robust.h"

#include <algorithm>
#include <cmath>

namespace fieldbook::stats {

double median(std::vector<double> values)
{
    return quantile(std::move(values), 0.5);
}

double medianAbsoluteDeviation(const std::vector<double>& values)
{
    const double m = median(values);
    std::vector<double> deviations;
    deviations.reserve(values.size());
    for (const double v : values) {
        deviations.push_back(std::fabs(v - m));
    }
    return median(std::move(deviations));
}

double quantile(std::vector<double> values, double q)
{
    if (values.empty()) {
        return 0.0;
    }
    std::sort(values.begin(), values.end());
    const double position = std::clamp(q, 0.0, 1.0) * double(values.size() - 1);
    const size_t lower = size_t(std::floor(position));
    const size_t upper = std::min(values.size() - 1, lower + 1);
    const double fraction = position - double(lower);
    return values[lower] + (values[upper] - values[lower]) * fraction;
}

} // namespace fieldbook::stats
