#pragma once

#include <array>
#include <vector>

namespace fieldbook::stats {

// First-digit test against Benford's law.
struct BenfordResult
{
    int count = 0;                 // amounts with a first digit (non-zero)
    std::array<int, 9> observed{}; // digit 1..9 at index 0..8
    double mad = 0;                // mean absolute deviation of the proportions (Nigrini)
    double chiSquare = 0;
    double pValue = 1; // chi-square, 8 degrees of freedom
};

double benfordExpected(int digit); // log10(1 + 1/d)
int firstDigit(double amount);     // 1..9, or 0 for zero / not finite
BenfordResult benfordTest(const std::vector<double>& amounts);

// Nigrini's first-digit conformity ranges for the MAD: close, acceptable, marginal, none.
constexpr double kBenfordMadAcceptable = 0.012;
constexpr double kBenfordMadNonconformity = 0.015;

} // namespace fieldbook::stats
