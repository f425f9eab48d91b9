#pragma once

#include <vector>

namespace fieldbook::stats {

// Median of the values (the vector is reordered). 0 for an empty vector.
double median(std::vector<double> values);
// Median absolute deviation from the median, unscaled.
double medianAbsoluteDeviation(const std::vector<double>& values);
// Value at quantile q (0..1) by linear interpolation; 0 for an empty vector.
double quantile(std::vector<double> values, double q);

} // namespace fieldbook::stats
