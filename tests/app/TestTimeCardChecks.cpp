// identical_punches, uniform_times, round_times, hours_cap_pattern: planted patterns found with the
// right workers and dates; a realistic clean factory raises nothing.
#include "support/CheckTesting.h"
#include "support/RecordSetBuilder.h"
#include "support/TestRegistry.h"

#include <QRandomGenerator>
#include <QTest>

using namespace fieldbook;
using namespace fieldbook::test;

namespace {
constexpr int kDays = 91;

void setDay(RecordSet& records, int worker, JulianDay date, int in, int out)
{
    for (TimeRecord& r : records.timeRecords) {
        if (r.worker == worker && r.date == date) {
            r.timeIn = in;
            r.timeOut = out;
        }
    }
}
} // namespace

class TestTimeCardChecks : public QObject
{
    Q_OBJECT

private slots:
    void cleanFactoryRaisesNothing_data()
    {
        QTest::addColumn<QString>("check");
        for (const char* name : {"identical_punches", "uniform_times", "round_times", "hours_cap_pattern"}) {
            QTest::newRow(name) << QString::fromLatin1(name);
        }
    }
    void cleanFactoryRaisesNothing()
    {
        QFETCH(QString, check);
        for (quint32 seed : {1u, 2u, 3u}) {
            const RecordSet records = cleanFactory(seed, 300, kDays);
            const QList<Flag> flags = runCheck(check, records, cleanFactoryParams(kDays));
            QVERIFY2(flags.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(flags.value(0).summary)));
        }
    }

    void identicalPunchesFound()
    {
        RecordSet records = cleanFactory(7, 300, kDays);
        const JulianDay day = RecordSetBuilder::day(QStringLiteral("2026-01-14"));
        QStringList sewing;
        for (const WorkerRecord& w : records.workers) {
            if (w.department == QLatin1String("Sewing")) {
                setDay(records, w.worker, day, RecordSetBuilder::clock(QStringLiteral("07:58")),
                       RecordSetBuilder::clock(QStringLiteral("17:30")));
                sewing.append(records.workerId(w.worker));
            }
        }
        const QList<Flag> flags = runCheck(QStringLiteral("identical_punches"), records, cleanFactoryParams(kDays));
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().check, QStringLiteral("identical_punches"));
        QCOMPARE(flags.first().dates, QStringList{QStringLiteral("2026-01-14")});
        QCOMPARE(flags.first().severity, Severity::High);
        QVERIFY(flags.first().clauses.contains(QStringLiteral("sa8000:7")));
        QVERIFY(flags.first().summary.contains(QStringLiteral("07:58")));
        // Everyone in Sewing present that day punched 07:58 (a few were on leave).
        for (const QString& w : flags.first().workers) {
            QVERIFY(sewing.contains(w));
        }
        QVERIFY(flags.first().workers.size() > sewing.size() * 9 / 10);
    }

    void uniformTimesFound()
    {
        RecordSet records = cleanFactory(8, 300, kDays);
        const int worker = records.workerIndex.value(QStringLiteral("W0001"));
        for (TimeRecord& r : records.timeRecords) {
            if (r.worker == worker) {
                r.timeIn = RecordSetBuilder::clock(QStringLiteral("07:52"));
                r.timeOut = RecordSetBuilder::clock(QStringLiteral("17:03"));
            }
        }
        const QList<Flag> flags = runCheck(QStringLiteral("uniform_times"), records, cleanFactoryParams(kDays));
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().workers, QStringList{QStringLiteral("W0001")});
        QVERIFY(flags.first().severity >= Severity::Medium);
        QVERIFY(flags.first().summary.contains(QStringLiteral("07:52")));
    }

    void roundTimesFound()
    {
        RecordSet records = cleanFactory(9, 300, kDays);
        const int worker = records.workerIndex.value(QStringLiteral("W0002"));
        QRandomGenerator random(4);
        for (TimeRecord& r : records.timeRecords) {
            if (r.worker == worker) {
                r.timeIn = (7 * 60 + 30 * int(random.bounded(2))) * 60;
                r.timeOut = (17 * 60 + 30 * int(random.bounded(3))) * 60;
            }
        }
        const QList<Flag> flags = runCheck(QStringLiteral("round_times"), records, cleanFactoryParams(kDays));
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().workers, QStringList{QStringLiteral("W0002")});
    }

    void hoursCapPatternFound()
    {
        RecordSet records = cleanFactory(10, 300, kDays);
        QStringList planted;
        QRandomGenerator random(5);
        for (int i = 4; i <= 8; ++i) {
            const QString id = QStringLiteral("W%1").arg(i, 4, 10, QLatin1Char('0'));
            planted.append(id);
            const int worker = records.workerIndex.value(id);
            // Six days of exactly 10 h a week, at varying times: totals always exactly 60 h.
            records.timeRecords.erase(std::remove_if(records.timeRecords.begin(), records.timeRecords.end(),
                                                     [&](const TimeRecord& r) { return r.worker == worker; }),
                                      records.timeRecords.end());
            const JulianDay monday = RecordSetBuilder::day(QStringLiteral("2026-01-05"));
            for (int d = 0; d < kDays; ++d) {
                if (d % 7 == 6) {
                    continue;
                }
                TimeRecord r;
                r.worker = worker;
                r.date = monday + d;
                r.timeIn = 7 * 3600 + int(random.bounded(20)) * 60;
                r.timeOut = r.timeIn + 11 * 3600;
                r.breakMinutes = 60;
                records.timeRecords.push_back(r);
            }
        }
        const QList<Flag> flags = runCheck(QStringLiteral("hours_cap_pattern"), records, cleanFactoryParams(kDays));
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().workers, planted);
        QCOMPARE(flags.first().severity, Severity::High);
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestTimeCardChecks)
#include "TestTimeCardChecks.moc"
