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
    // Selection, not a full sort: the two order statistics around the position are all it needs
    // (medians of every gate gap and weekly total were 6 % of an analysis when sorted).
    const double position = std::clamp(q, 0.0, 1.0) * double(values.size() - 1);
    const size_t lower = size_t(std::floor(position));
    const size_t upper = std::min(values.size() - 1, lower + 1);
    const double fraction = position - double(lower);
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(lower), values.end());
    const double low = values[lower];
    // After nth_element everything past `lower` is at least values[lower]: the next order
    // statistic is the smallest of them.
    const double high = upper == lower ? low : *std::min_element(values.begin() + std::ptrdiff_t(upper), values.end());
    return low + (high - low) * fraction;
}

} // namespace fieldbook::stats
