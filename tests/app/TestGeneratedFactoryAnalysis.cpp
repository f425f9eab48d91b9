#include "app/analysis/Analyzer.h"
#include "app/demo/DemoParams.h"
#include "app/demo/FactoryGenerator.h"
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
        QTest::newRow("seed 1, CSV only") << quint64(1) << 0.0;
        QTest::newRow("seed 2, quarter via attlog") << quint64(2) << 0.25;
        QTest::newRow("seed 3, quarter via attlog") << quint64(3) << 0.25;
    }

    void compliantFactoryRaisesNoFalseAlarm()
    {
        QFETCH(quint64, seed);
        QFETCH(double, attlogShare);
        FactoryProfile profile;
        profile.seed = seed;
        profile.attlogShare = attlogShare;
        const GeneratedFactory factory = FactoryGenerator::generate(profile, demoParams());
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
