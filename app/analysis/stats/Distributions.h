#pragma once

namespace fieldbook::stats {

// Tail probabilities the statistical checks compare their counts with.
// Implemented from the textbook series and continued fractions (no external library).

// Regularized lower incomplete gamma P(a, x) and its complement Q(a, x) = 1 - P(a, x).
double regularizedGammaP(double a, double x);
double regularizedGammaQ(double a, double x);

// P(X >= k) for X ~ Poisson(lambda).
double poissonUpperTail(int k, double lambda);
// P(X >= k) for X ~ Binomial(n, p).
double binomialUpperTail(int k, int n, double p);
// Upper tail of the chi-square distribution: P(X >= statistic) with `df` degrees of freedom.
double chiSquarePValue(double statistic, int df);

} // namespace fieldbook::stats
