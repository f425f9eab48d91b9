#include "app/analysis/stats/Distributions.h"

#include <algorithm>
#include <cmath>

namespace fieldbook::stats {

namespace {

constexpr double kEpsilon = 1e-15;
constexpr int kMaxIterations = 1000;

// Series expansion, converges fast for x < a + 1.
double gammaPSeries(double a, double x)
{
    double term = 1.0 / a;
    double sum = term;
    for (int n = 1; n < kMaxIterations; ++n) {
        term *= x / (a + n);
        sum += term;
        if (std::fabs(term) < std::fabs(sum) * kEpsilon) {
            break;
        }
    }
    return sum * std::exp(-x + a * std::log(x) - std::lgamma(a));
}

// Continued fraction (modified Lentz), converges fast for x >= a + 1.
double gammaQContinuedFraction(double a, double x)
{
    constexpr double tiny = 1e-300;
    double b = x + 1.0 - a;
    double c = 1.0 / tiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < kMaxIterations; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::fabs(d) < tiny) {
            d = tiny;
        }
        c = b + an / c;
        if (std::fabs(c) < tiny) {
            c = tiny;
        }
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1.0) < kEpsilon) {
            break;
        }
    }
    return std::exp(-x + a * std::log(x) - std::lgamma(a)) * h;
}

} // namespace

double regularizedGammaP(double a, double x)
{
    if (x <= 0 || a <= 0) {
        return 0.0;
    }
    if (x < a + 1.0) {
        return std::clamp(gammaPSeries(a, x), 0.0, 1.0);
    }
    return std::clamp(1.0 - gammaQContinuedFraction(a, x), 0.0, 1.0);
}

double regularizedGammaQ(double a, double x)
{
    if (x <= 0 || a <= 0) {
        return 1.0;
    }
    if (x < a + 1.0) {
        return std::clamp(1.0 - gammaPSeries(a, x), 0.0, 1.0);
    }
    return std::clamp(gammaQContinuedFraction(a, x), 0.0, 1.0);
}

double poissonUpperTail(int k, double lambda)
{
    if (k <= 0) {
        return 1.0;
    }
    if (lambda <= 0) {
        return 0.0;
    }
    // P(X >= k) = P(k, lambda), the regularized lower incomplete gamma function.
    return regularizedGammaP(double(k), lambda);
}

double binomialUpperTail(int k, int n, double p)
{
    if (k <= 0) {
        return 1.0;
    }
    if (k > n || p <= 0) {
        return 0.0;
    }
    if (p >= 1) {
        return 1.0;
    }
    // Sum the terms from k upwards in log space; they shrink fast once past the mean.
    const double logP = std::log(p);
    const double logQ = std::log1p(-p);
    const double logNFactorial = std::lgamma(n + 1.0);
    double sum = 0.0;
    for (int i = k; i <= n; ++i) {
        const double logTerm =
            logNFactorial - std::lgamma(i + 1.0) - std::lgamma(n - i + 1.0) + i * logP + (n - i) * logQ;
        const double term = std::exp(logTerm);
        sum += term;
        if (i > n * p && term < sum * 1e-17) {
            break;
        }
    }
    return std::clamp(sum, 0.0, 1.0);
}

double chiSquarePValue(double statistic, int df)
{
    if (df <= 0) {
        return 1.0;
    }
    return regularizedGammaQ(df / 2.0, statistic / 2.0);
}

} // namespace fieldbook::stats
