#include "app/analysis/stats/Benford.h"
#include "app/analysis/stats/Distributions.h"

#include <cmath>

namespace fieldbook::stats {

double benfordExpected(int digit)
{
    return std::log10(1.0 + 1.0 / digit);
}

int firstDigit(double amount)
{
    double value = std::fabs(amount);
    if (!std::isfinite(value) || value <= 0) {
        return 0;
    }
    const double scaled = value / std::pow(10.0, std::floor(std::log10(value)));
    const int digit = int(scaled + 1e-9);
    return digit >= 1 && digit <= 9 ? digit : (digit > 9 ? 9 : 1);
}

BenfordResult benfordTest(const std::vector<double>& amounts)
{
    BenfordResult result;
    for (const double amount : amounts) {
        const int digit = firstDigit(amount);
        if (digit > 0) {
            ++result.observed[size_t(digit - 1)];
            ++result.count;
        }
    }
    if (result.count == 0) {
        return result;
    }
    for (int d = 1; d <= 9; ++d) {
        const double expected = benfordExpected(d);
        const double share = double(result.observed[size_t(d - 1)]) / result.count;
        result.mad += std::fabs(share - expected) / 9.0;
        const double expectedCount = expected * result.count;
        const double diff = result.observed[size_t(d - 1)] - expectedCount;
        result.chiSquare += diff * diff / expectedCount;
    }
    result.pValue = chiSquarePValue(result.chiSquare, 8);
    return result;
}

} // namespace fieldbook::stats
