#include "app/analysis/Analyzer.h"
#include "app/demo/DemoParams.h"
#include "app/demo/FactoryGenerator.h"
#include "app/demo/MessyRecords.h"
#include "app/demo/RecordWriter.h"
#include "app/records/RecordDirectoryReader.h"
#include "support/TestRegistry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;

// The generator's factories are compliant by construction, so the whole analysis must stay quiet
// on them: a factory of realistic size (600 workers, 13 weeks), written to files and read back
// (part of it through a ZKTeco attlog), raises no flag of severity medium or above.
class TestGeneratedFactoryAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void compliantFactoryRaisesNoFalseAlarm_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<double>("attlogShare");
        QTest::addColumn<bool>("messy");
        QTest::addColumn<int>("workers");
        QTest::newRow("seed 1, CSV only") << quint64(1) << 0.0 << false << 600;
        QTest::newRow("seed 2, quarter via attlog") << quint64(2) << 0.25 << false << 600;
        QTest::newRow("seed 3, quarter via attlog") << quint64(3) << 0.25 << false << 600;
        // Paid leave and holidays, forgotten punches, hand entries, rehires (issue 15): 800 x 91 days.
        QTest::newRow("seed 4, messy") << quint64(4) << 0.0 << true << 800;
        QTest::newRow("seed 5, messy") << quint64(5) << 0.0 << true << 800;
    }

    void compliantFactoryRaisesNoFalseAlarm()
    {
        QFETCH(quint64, seed);
        QFETCH(double, attlogShare);
        QFETCH(bool, messy);
        QFETCH(int, workers);
        FactoryProfile profile;
        profile.seed = seed;
        profile.attlogShare = attlogShare;
        profile.workers = workers;
        GeneratedFactory factory = FactoryGenerator::generate(profile, demoParams());
        if (messy) {
            MessyRecords::apply(factory, seed);
        }
        RecordWriterOptions options;
        for (const GeneratedWorker& g : factory.workers) {
            options.attlogWorkers.push_back(g.attlog);
        }
        QTemporaryDir dir;
        QVERIFY(RecordWriter::write(factory.records, dir.path(), options).ok());
        Result<RecordReadOutcome> read = RecordDirectoryReader::read(dir.path());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY2(read->acceptable(), qPrintable(read->issueReport()));
        QCOMPARE(read->issues.size(), size_t(0)); // every punch paired
        if (messy) {
            // The messiness is there to be understood, not absent.
            int missing = 0;
            int manual = 0;
            for (const TimeRecord& r : read->records.timeRecords) {
                missing += r.isMissingPunch() ? 1 : 0;
                manual += r.manual ? 1 : 0;
            }
            double leave = 0;
            double holiday = 0;
            for (const PayrollRecord& p : read->records.payroll) {
                leave += p.leaveHours;
                holiday += p.holidayHours;
            }
            QVERIFY2(missing > 50 && manual > 500 && leave > 1000 && holiday > 1000,
                     qPrintable(QStringLiteral("%1 missing, %2 manual, %3 h leave, %4 h holiday")
                                    .arg(missing)
                                    .arg(manual)
                                    .arg(leave)
                                    .arg(holiday)));
            QVERIFY(read->records.workers.size() > size_t(workers)); // the earlier employments of rehires
        }

        const AnalysisResult result = Analyzer(factory.params).run(read->records);
        QStringList alarms;
        for (const Flag& flag : result.flags) {
            if (flag.severity >= Severity::Medium) {
                alarms.append(flag.check + QStringLiteral(": ") + flag.summary);
            }
        }
        QVERIFY2(alarms.isEmpty(), qPrintable(alarms.join(QLatin1Char('\n'))));
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestGeneratedFactoryAnalysis)
#include "TestGeneratedFactoryAnalysis.moc"
