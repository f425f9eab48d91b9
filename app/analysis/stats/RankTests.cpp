#include "app/analysis/stats/RankTests.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace fieldbook::stats {

double mannWhitneyZ(const std::vector<double>& a, const std::vector<double>& b)
{
    const double n1 = double(a.size());
    const double n2 = double(b.size());
    if (a.empty() || b.empty()) {
        return 0;
    }
    std::vector<std::pair<double, int>> pooled; // value, sample (0: a, 1: b)
    pooled.reserve(a.size() + b.size());
    for (const double v : a) {
        pooled.emplace_back(v, 0);
    }
    for (const double v : b) {
        pooled.emplace_back(v, 1);
    }
    std::sort(pooled.begin(), pooled.end());
    double rankSumA = 0;
    double tieTerm = 0; // sum of t^3 - t over groups of ties
    size_t i = 0;
    while (i < pooled.size()) {
        size_t j = i;
        while (j < pooled.size() && pooled[j].first == pooled[i].first) {
            ++j;
        }
        const double averageRank = (double(i + 1) + double(j)) / 2.0;
        for (size_t k = i; k < j; ++k) {
            if (pooled[k].second == 0) {
                rankSumA += averageRank;
            }
        }
        const double t = double(j - i);
        tieTerm += t * t * t - t;
        i = j;
    }
    const double n = n1 + n2;
    const double u = rankSumA - n1 * (n1 + 1) / 2.0;
    const double mean = n1 * n2 / 2.0;
    const double variance = n1 * n2 / 12.0 * ((n + 1) - tieTerm / (n * (n - 1)));
    if (variance <= 0) {
        return 0;
    }
    return (u - mean) / std::sqrt(variance);
}

double normalUpperTail(double z)
{
    return 0.5 * std::erfc(z / std::sqrt(2.0));
}

} // namespace fieldbook::stats
