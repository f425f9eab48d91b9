// The interview sampler on hand-built registers: sizes from the rule, proportional strata, every
// large group heard, young workers and recent hires included, determinism and exclusions.
#include "app/interviews/InterviewSampler.h"
#include "support/TestRegistry.h"

#include <QHash>
#include <QSet>
#include <QTest>
#include <algorithm>
#include <random>

using namespace fieldbook;

namespace {

struct Block
{
    const char* department;
    int workers;
    double female;  // share
    double night;   // share on the night shift
    double migrant; // share
};

// A register built from department blocks; attributes spread by a fixed-seed generator.
QList<RegisterWorker> makeRegister(const std::vector<Block>& blocks, int young = 0, int recent = 0)
{
    std::mt19937 random(7);
    std::uniform_real_distribution<double> unit(0, 1);
    const QStringList ages = {QStringLiteral("18_24"), QStringLiteral("25_34"), QStringLiteral("35_44"),
                              QStringLiteral("45_plus")};
    const QStringList tenures = {QStringLiteral("3_12_months"), QStringLiteral("1_3_years"),
                                 QStringLiteral("3_years_plus")};
    QList<RegisterWorker> all;
    int n = 0;
    for (const Block& b : blocks) {
        for (int i = 0; i < b.workers; ++i) {
            RegisterWorker w;
            w.workerId = QStringLiteral("E%1").arg(++n, 5, 10, QLatin1Char('0'));
            w.department = QLatin1String(b.department);
            w.gender = unit(random) < b.female ? QStringLiteral("F") : QStringLiteral("M");
            w.shift = unit(random) < b.night ? QStringLiteral("night") : QStringLiteral("day");
            w.ageBand = ages.at(int(unit(random) * ages.size()) % ages.size());
            w.tenureBand = tenures.at(int(unit(random) * tenures.size()) % tenures.size());
            w.migrant = unit(random) < b.migrant ? 1 : 0;
            w.agency = 0;
            all.append(w);
        }
    }
    for (int i = 0; i < young && i < all.size(); ++i) {
        all[i * 7 % all.size()].ageBand = QStringLiteral("under_18");
    }
    for (int i = 0; i < recent && i < all.size(); ++i) {
        all[(i * 11 + 3) % all.size()].tenureBand = QStringLiteral("under_3_months");
    }
    return all;
}

QStringList ids(const SampleProposal& p)
{
    QStringList list;
    for (const SampledWorker& w : p.workers) {
        list << w.workerId;
    }
    return list;
}

const RegisterWorker& byId(const QList<RegisterWorker>& all, const QString& id)
{
    return *std::find_if(all.cbegin(), all.cend(), [&](const RegisterWorker& w) { return w.workerId == id; });
}

} // namespace

class TestInterviewSampler : public QObject
{
    Q_OBJECT

private slots:
    void sizeFollowsTheRule_data();
    void sizeFollowsTheRule();
    void proposalHasTheRuleSizeAndSplit_data();
    void proposalHasTheRuleSizeAndSplit();
    void strataGetProportionalSeats();
    void everyLargeGroupIsHeard();
    void youngWorkersAndRecentHiresAreIncluded();
    void sameSeedSameDrawWhateverTheRowOrder();
    void excludedWorkersAreNeverDrawnAndAreReplacedFromTheirStratum();
    void ruleRefusesNonsense();
};

void TestInterviewSampler::sizeFollowsTheRule_data()
{
    QTest::addColumn<int>("workforce");
    QTest::addColumn<int>("size");
    QTest::newRow("empty register") << 0 << 0;
    QTest::newRow("smaller than the minimum") << 4 << 4;
    QTest::newRow("minimum") << 20 << 6;    // sqrt 4.5 -> 5, raised to 6
    QTest::newRow("50 workers") << 50 << 8; // sqrt 7.07 -> 8
    QTest::newRow("100 workers") << 100 << 10;
    QTest::newRow("400 workers") << 400 << 20;
    QTest::newRow("401 workers") << 401 << 21;
    QTest::newRow("3000 workers") << 3000 << 55;
    QTest::newRow("capped") << 10000 << 60; // sqrt 100, capped at 60
}

void TestInterviewSampler::sizeFollowsTheRule()
{
    QFETCH(int, workforce);
    QFETCH(int, size);
    QCOMPARE(SampleRule().sampleSize(workforce), size);
}

void TestInterviewSampler::proposalHasTheRuleSizeAndSplit_data()
{
    QTest::addColumn<int>("scale");
    QTest::newRow("60 workers") << 1;
    QTest::newRow("600 workers") << 10;
    QTest::newRow("3000 workers") << 50;
}

void TestInterviewSampler::proposalHasTheRuleSizeAndSplit()
{
    QFETCH(int, scale);
    const QList<RegisterWorker> all = makeRegister({{"Sewing", 30 * scale, 0.8, 0.3, 0.5},
                                                    {"Cutting", 15 * scale, 0.3, 0.0, 0.4},
                                                    {"Packing", 15 * scale, 0.5, 0.2, 0.3}},
                                                   2, 3);
    const SampleRule rule;
    const SampleProposal p = InterviewSampler(all, rule, 11).propose();
    QCOMPARE(p.workforce, int(all.size()));
    QCOMPARE(p.size, rule.sampleSize(int(all.size())));
    // Coverage may add a worker only when no swap keeps every group heard; these registers allow swaps.
    QCOMPARE(int(p.workers.size()), p.size);
    const QStringList drawn = ids(p);
    QCOMPARE(QSet<QString>(drawn.begin(), drawn.end()).size(), p.workers.size()); // nobody twice
    int alone = 0;
    QHash<int, int> groups;
    for (const SampledWorker& w : p.workers) {
        if (w.format == QLatin1String("individual")) {
            ++alone;
            QCOMPARE(w.groupNumber, 0);
        } else {
            ++groups[w.groupNumber];
        }
    }
    QCOMPARE(alone, rule.individualCount(p.size));
    QCOMPARE(p.individual, alone);
    QCOMPARE(int(groups.size()), rule.groupCount(p.size));
    for (const int members : groups) {
        QVERIFY(members >= 1 && members <= rule.groupSize);
    }
    int planned = 0;
    for (const SampleStratum& s : p.strata) {
        planned += s.planned;
    }
    QCOMPARE(planned, int(p.workers.size()));
}

void TestInterviewSampler::strataGetProportionalSeats()
{
    // One gender, one shift, one band each: only the departments stratify. 300 + 100 workers, 20 seats.
    QList<RegisterWorker> all = makeRegister({{"Sewing", 300, 1.0, 0.0, 0.0}, {"Cutting", 100, 1.0, 0.0, 0.0}});
    for (RegisterWorker& w : all) {
        w.ageBand = QStringLiteral("25_34");
        w.tenureBand = QStringLiteral("1_3_years");
    }
    SampleRule rule;
    rule.youngWorkers = 0;
    rule.recentHires = 0;
    const SampleProposal p = InterviewSampler(all, rule, 3).propose();
    QCOMPARE(p.size, 20);
    QHash<QString, int> drawn;
    for (const SampledWorker& w : p.workers) {
        ++drawn[byId(all, w.workerId).department];
        QCOMPARE(w.reason, QStringLiteral("proportional"));
    }
    QCOMPARE(drawn.value(QStringLiteral("Sewing")), 15);
    QCOMPARE(drawn.value(QStringLiteral("Cutting")), 5);
    for (const SampleStratum& s : p.strata) {
        QCOMPARE(s.planned, int(std::round(s.quota))); // quotas 15.0 and 5.0
    }
}

void TestInterviewSampler::everyLargeGroupIsHeard()
{
    // 400 workers, 20 seats: any group of 20 or more (a proportional seat) must be heard. Night
    // shift and migrants are few in the big department and concentrated in a small one, where
    // proportional allocation alone would often miss them.
    const QList<RegisterWorker> all = makeRegister({{"Sewing", 260, 0.9, 0.0, 0.02},
                                                    {"Dyeing", 40, 0.1, 0.9, 0.9},
                                                    {"Canteen", 12, 0.5, 0.0, 0.0},
                                                    {"Cutting", 88, 0.4, 0.0, 0.05}});
    for (quint64 seed = 1; seed <= 25; ++seed) {
        const SampleProposal p = InterviewSampler(all, SampleRule(), seed).propose();
        QVERIFY(p.uncovered.isEmpty());
        QSet<QString> heard;
        for (const SampledWorker& s : p.workers) {
            const RegisterWorker& w = byId(all, s.workerId);
            heard << QStringLiteral("department:") + w.department << QStringLiteral("gender:") + w.gender
                  << QStringLiteral("shift:") + w.shift << QStringLiteral("age:") + w.ageBand
                  << QStringLiteral("tenure:") + w.tenureBand << QStringLiteral("migrant:%1").arg(w.migrant);
        }
        QHash<QString, int> sizes;
        for (const RegisterWorker& w : all) {
            for (const QString& key :
                 QStringList{QStringLiteral("department:") + w.department, QStringLiteral("gender:") + w.gender,
                             QStringLiteral("shift:") + w.shift, QStringLiteral("age:") + w.ageBand,
                             QStringLiteral("tenure:") + w.tenureBand, QStringLiteral("migrant:%1").arg(w.migrant)}) {
                ++sizes[key];
            }
        }
        for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
            if (double(it.value()) * p.size / all.size() >= 1.0) {
                QVERIFY2(
                    heard.contains(it.key()),
                    qPrintable(
                        QStringLiteral("seed %1: %2 (%3 workers) not heard").arg(seed).arg(it.key()).arg(it.value())));
            }
        }
        QCOMPARE(int(p.workers.size()), p.size);
    }
}

void TestInterviewSampler::youngWorkersAndRecentHiresAreIncluded()
{
    const QList<RegisterWorker> all = makeRegister({{"Sewing", 300, 0.8, 0.2, 0.5}, {"Cutting", 100, 0.3, 0, 0.3}},
                                                   /*young*/ 3, /*recent*/ 5);
    const SampleProposal p = InterviewSampler(all, SampleRule(), 5).propose();
    int young = 0;
    int recent = 0;
    for (const SampledWorker& s : p.workers) {
        const RegisterWorker& w = byId(all, s.workerId);
        if (s.reason == QLatin1String("young_worker")) {
            QCOMPARE(w.ageBand, QStringLiteral("under_18"));
            QCOMPARE(s.format, QStringLiteral("individual")); // they may talk about their age: alone
            ++young;
        }
        if (s.reason == QLatin1String("recent_hire")) {
            QCOMPARE(w.tenureBand, QStringLiteral("under_3_months"));
            QCOMPARE(s.format, QStringLiteral("individual"));
            ++recent;
        }
    }
    QCOMPARE(young, 2);
    QCOMPARE(recent, 2);
    // 3 under-18s among 400 are far below a proportional seat: without the rule they are rarely heard.
    SampleRule none;
    none.youngWorkers = 0;
    none.recentHires = 0;
    int heard = 0;
    for (quint64 seed = 1; seed <= 20; ++seed) {
        for (const SampledWorker& s : InterviewSampler(all, none, seed).propose().workers) {
            heard += byId(all, s.workerId).ageBand == QLatin1String("under_18") ? 1 : 0;
        }
    }
    QVERIFY2(heard < 20, "without the rule, young workers are not drawn every time");
}

void TestInterviewSampler::sameSeedSameDrawWhateverTheRowOrder()
{
    QList<RegisterWorker> all = makeRegister({{"Sewing", 200, 0.7, 0.3, 0.4}, {"Cutting", 80, 0.3, 0, 0.2}}, 2, 4);
    const QStringList first = ids(InterviewSampler(all, SampleRule(), 42).propose());
    QCOMPARE(ids(InterviewSampler(all, SampleRule(), 42).propose()), first);
    std::mt19937 shuffle(99);
    std::shuffle(all.begin(), all.end(), shuffle);
    QCOMPARE(ids(InterviewSampler(all, SampleRule(), 42).propose()), first);
    const QStringList other = ids(InterviewSampler(all, SampleRule(), 43).propose());
    QVERIFY(other != first);
    QCOMPARE(other.size(), first.size());
}

void TestInterviewSampler::excludedWorkersAreNeverDrawnAndAreReplacedFromTheirStratum()
{
    const QList<RegisterWorker> all = makeRegister({{"Sewing", 200, 0.7, 0.3, 0.4}, {"Cutting", 80, 0.3, 0, 0.2}});
    const InterviewSampler sampler(all, SampleRule(), 8);
    const SampleProposal p = sampler.propose();
    const QString leaving = p.workers.at(3).workerId;
    const std::optional<SampledWorker> replacement = sampler.replacementFor(p, leaving, {leaving});
    QVERIFY(replacement);
    QVERIFY(!ids(p).contains(replacement->workerId));
    QCOMPARE(replacement->stratum, p.workers.at(3).stratum);
    QCOMPARE(replacement->format, p.workers.at(3).format);
    QCOMPARE(replacement->reason, QStringLiteral("replacement"));

    QSet<QString> excluded;
    for (int i = 0; i < p.workers.size(); i += 2) {
        excluded.insert(p.workers.at(i).workerId);
    }
    const SampleProposal again = sampler.propose(excluded);
    QCOMPARE(again.size, p.size);
    QCOMPARE(int(again.workers.size()), p.size);
    for (const SampledWorker& w : again.workers) {
        QVERIFY2(!excluded.contains(w.workerId), qPrintable(w.workerId));
    }
    // Everyone excluded: nothing to draw, nothing invented.
    QSet<QString> everyone;
    for (const RegisterWorker& w : all) {
        everyone.insert(w.workerId);
    }
    QVERIFY(sampler.propose(everyone).workers.isEmpty());
}

void TestInterviewSampler::ruleRefusesNonsense()
{
    SampleRule rule;
    QVERIFY(rule.validate());
    rule.cap = 3;
    QVERIFY(!rule.validate());
    QVERIFY(rule.validate().error().contains(QStringLiteral("cap")));
    Result<SampleRule> read = SampleRule::fromJson({{QStringLiteral("individual_share"), 1.5}});
    QVERIFY(!read);
    QVERIFY(read.error().contains(QStringLiteral("individual_share")));
    Result<SampleRule> partial = SampleRule::fromJson({{QStringLiteral("minimum"), 10}});
    QVERIFY(partial);
    QCOMPARE(partial->minimum, 10);
    QCOMPARE(partial->cap, SampleRule().cap);
    QVERIFY(SampleRule().explanation(400).contains(QStringLiteral("20")));
    QVERIFY(SampleRule().explanation(400).contains(QStringLiteral("never discussed in group")));
}

FIELDBOOK_TEST_GUILESS_MAIN(TestInterviewSampler)
#include "TestInterviewSampler.moc"
