#include "app/analysis/stats/Benford.h"
#include "app/analysis/stats/Distributions.h"
#include "app/analysis/stats/RankTests.h"
#include "app/analysis/stats/Robust.h"
#include "support/TestRegistry.h"

#include <QTest>
#include <algorithm>
#include <cmath>

using namespace fieldbook::stats;

class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void binomialTailMatchesDirectSum()
    {
        // P(X >= 3), X ~ Bin(5, 0.5) = (10 + 5 + 1) / 32
        QCOMPARE(std::round(binomialUpperTail(3, 5, 0.5) * 1e9) / 1e9, std::round(16.0 / 32 * 1e9) / 1e9);
        QCOMPARE(binomialUpperTail(0, 5, 0.3), 1.0);
        QCOMPARE(binomialUpperTail(6, 5, 0.3), 0.0);
        // P(X >= 10) for Bin(10, 0.1) = 1e-10
        QVERIFY(std::fabs(binomialUpperTail(10, 10, 0.1) - 1e-10) < 1e-15);
    }
    void poissonTailMatchesDirectSum()
    {
        // P(X >= 2), lambda 1 = 1 - e^-1 - e^-1
        QVERIFY(std::fabs(poissonUpperTail(2, 1.0) - (1 - 2 * std::exp(-1.0))) < 1e-12);
        QVERIFY(std::fabs(poissonUpperTail(1, 3.0) - (1 - std::exp(-3.0))) < 1e-12);
    }
    void chiSquarePValueKnownQuantiles()
    {
        // 95 % quantiles: df 1 -> 3.841, df 8 -> 15.507
        QVERIFY(std::fabs(chiSquarePValue(3.841459, 1) - 0.05) < 1e-5);
        QVERIFY(std::fabs(chiSquarePValue(15.507313, 8) - 0.05) < 1e-5);
        QVERIFY(std::fabs(chiSquarePValue(2.0, 2) - std::exp(-1.0)) < 1e-12);
    }
    void robustMeasures()
    {
        QCOMPARE(median({5, 1, 3}), 3.0);
        QCOMPARE(median({4, 1, 3, 2}), 2.5);
        QCOMPARE(medianAbsoluteDeviation({1, 2, 3, 4, 100}), 1.0);
        QCOMPARE(quantile({0, 10}, 0.25), 2.5);
        // Selection gives what sorting gives, ties and duplicates included, at every quantile.
        quint32 state = 7;
        for (int round = 0; round < 200; ++round) {
            std::vector<double> values(size_t(1 + round % 37));
            for (double& v : values) {
                state = state * 1664525u + 1013904223u;
                v = double((state >> 8) % 20);
            }
            std::vector<double> sorted = values;
            std::sort(sorted.begin(), sorted.end());
            for (const double q : {0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0}) {
                const double position = q * double(sorted.size() - 1);
                const size_t lower = size_t(std::floor(position));
                const size_t upper = std::min(sorted.size() - 1, lower + 1);
                const double expected = sorted[lower] + (sorted[upper] - sorted[lower]) * (position - double(lower));
                QCOMPARE(quantile(values, q), expected);
            }
        }
        // The Mann-Whitney deviate: a shifted sample is far above, the same sample is not.
        QVERIFY(mannWhitneyZ({10, 11, 12, 13, 14, 15, 16, 17}, {1, 2, 3, 4, 5, 6, 7, 8}) > 3.3);
        QCOMPARE(mannWhitneyZ({1, 2, 3}, {1, 2, 3}), 0.0);
        QCOMPARE(mannWhitneyZ({5, 5, 5}, {5, 5}), 0.0); // every value tied
        QVERIFY(std::fabs(normalUpperTail(1.959964) - 0.025) < 1e-6);
    }
    void benfordConformingAndNot()
    {
        // Powers of 1.07 spread over many orders of magnitude follow Benford closely.
        std::vector<double> benford;
        double v = 1;
        for (int i = 0; i < 2000; ++i) {
            benford.push_back(v);
            v *= 1.07;
            if (v > 1e9) {
                v /= 1e8;
            }
        }
        const BenfordResult good = benfordTest(benford);
        QVERIFY2(good.mad < kBenfordMadAcceptable, qPrintable(QString::number(good.mad)));
        std::vector<double> uniform;
        for (int i = 0; i < 2000; ++i) {
            uniform.push_back(100 + (i * 37) % 900);
        }
        const BenfordResult bad = benfordTest(uniform);
        QVERIFY(bad.mad > kBenfordMadNonconformity);
        QVERIFY(bad.pValue < 1e-6);
        QCOMPARE(firstDigit(0.0042), 4);
        QCOMPARE(firstDigit(987.0), 9);
        QCOMPARE(firstDigit(0), 0);
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestStatistics)
#include "TestStatistics.moc"
