#include "app/analysis/AuditAnalysis.h"
#include "app/demo/DemoAudit.h"
#include "database/Database.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;

class TestDemoAudit : public QObject
{
    Q_OBJECT

private slots:
    void createsTheDemoAuditThroughTheRealImport()
    {
        QTemporaryDir dir;
        Result<Database> db = Database::open(dir.filePath(QStringLiteral("demo.fieldbook")));
        QVERIFY(db.ok());
        QElapsedTimer timer;
        timer.start();
        Result<DemoAuditResult> demo = DemoAudit::createOrRefresh(db.value());
        QVERIFY2(demo.ok(), qPrintable(demo.error()));
        QVERIFY2(timer.elapsed() < test::timeBudgetMs(5000), "the demo must stay quick");
        QVERIFY(demo->created);
        QCOMPARE(demo->audit.uuid, DemoAudit::demoAuditUuid());
        QCOMPARE(demo->audit.status, QStringLiteral("in_progress"));
        QCOMPARE(demo->audit.codes, (QStringList{"sa8000", "wrap"}));
        QVERIFY(demo->plantedProblems.size() >= 4);

        const auto scalar = [&](const QString& sql) {
            return db->scalar(sql)->toLongLong();
        };
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM facilities WHERE name = 'Golden Thread Garments Co., Ltd.' "
                                  "AND city = 'Dongguan' AND country = 'CN'")),
            1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_team")), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM workers")), 400);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM time_records")) > 400 * 60);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT kind) FROM record_imports")), 5);

        // Planted by PatternPlanter: each problem is named, and the records carry it.
        QStringList checks;
        for (const QString& p : demo->plantedProblems) {
            checks.append(p.section(QLatin1Char(':'), 0, 0));
        }
        for (const char* check : {"identical_punches", "excessive_hours", "underage_worker", "duplicate_identity"}) {
            QVERIFY2(checks.contains(QString::fromLatin1(check)), check);
        }
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM workers WHERE birth_date > '2010-03-01'")) >= 1);

        // The loaded records are what the generator made.
        Result<RecordSet> loaded = RecordStore::loadRecordSet(db.value(), demo->audit.id);
        QVERIFY(loaded.ok());
        const GeneratedFactory expected = DemoAudit::factory();
        QCOMPARE(loaded->timeRecords.size(), expected.records.timeRecords.size());
        QCOMPARE(loaded->payroll.size(), expected.records.payroll.size());
        QCOMPARE(loaded->workers.size(), expected.records.workers.size());
        for (size_t i = 0; i < expected.records.timeRecords.size(); i += 97) {
            QCOMPARE(loaded->timeRecords[i].timeIn, expected.records.timeRecords[i].timeIn); // deterministic
        }
    }

    void demoInterviewsRaiseTheInterviewChecks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.fieldbook"));
        Result<Database> db = Database::open(path);
        QVERIFY(db.ok());
        Result<DemoAuditResult> demo = DemoAudit::createOrRefresh(db.value());
        QVERIFY2(demo.ok(), qPrintable(demo.error()));
        const auto scalar = [&](const QString& sql) {
            return db->scalar(sql)->toLongLong();
        };
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM interviews WHERE kind = 'worker' AND format = "
                                       "'individual'")),
                 10); // the sample's individual seats
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM interviews WHERE kind = 'worker' AND format = 'group' "
                                       "AND stated_weekly_hours IS NULL")),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM interviews WHERE kind = 'management'")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM interview_plans")), 1);
        // No protector in the demo store: no personal text, no link, ever in clear.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM interviews WHERE notes IS NOT NULL OR worker_ref IS "
                                       "NOT NULL")),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM interview_answers WHERE free_text IS NOT NULL")), 0);
        // The register's migrant column arrived in extra_json.
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM workers WHERE json_extract(extra_json, '$.migrant') = 1")) >
                100);
        Result<AuditAnalysisSummary> run = AuditAnalysis::run(path, demo->audit.uuid);
        QVERIFY2(run.ok(), qPrintable(run.error()));
        for (const char* check : {"interview_record_conflict", "coached_interviews"}) {
            QVERIFY2(db->scalar(QStringLiteral("SELECT count(*) FROM analysis_flags WHERE check_name = ?1"),
                                {QString::fromLatin1(check)})
                             ->toInt() > 0,
                     check);
        }
    }

    void refreshKeepsOneDemoAudit()
    {
        QTemporaryDir dir;
        Result<Database> db = Database::open(dir.filePath(QStringLiteral("demo.fieldbook")));
        QVERIFY(db.ok());
        QVERIFY(DemoAudit::createOrRefresh(db.value()).ok());
        const qint64 timeRecords = db->scalar(QStringLiteral("SELECT count(*) FROM time_records"))->toLongLong();
        Result<DemoAuditResult> again = DemoAudit::createOrRefresh(db.value());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(!again->created);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM audits"))->toLongLong(), 1);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM time_records"))->toLongLong(), timeRecords);
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestDemoAudit)
#include "TestDemoAudit.moc"
