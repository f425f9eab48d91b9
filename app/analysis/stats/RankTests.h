#pragma once

#include <vector>

namespace fieldbook::stats {

// Mann-Whitney U test of two samples, as the standard normal deviate z of U (ranks averaged over
// ties, variance corrected for ties; no continuity correction). z > 0 when `a` tends to be larger
// than `b`; 0 when either sample is empty or every value is tied.
double mannWhitneyZ(const std::vector<double>& a, const std::vector<double>& b);

// P(Z >= z) for a standard normal Z.
double normalUpperTail(double z);

} // namespace fieldbook::stats
