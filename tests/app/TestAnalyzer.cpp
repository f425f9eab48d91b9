// The Analyzer: every check of formats.md registered, applicable ones run in parallel, flags
// sorted deterministically, progress reported, cancellation honoured.
#include "app/analysis/Analyzer.h"
#include "app/analysis/CheckRegistry.h"
#include "support/RecordSetBuilder.h"
#include "support/TestRegistry.h"

#include <QSet>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <mutex>

using namespace fieldbook;
using namespace fieldbook::test;

class TestAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void everyFormatsCheckIsRegistered()
    {
        const QStringList expected = {"identical_punches",
                                      "uniform_times",
                                      "round_times",
                                      "hours_cap_pattern",
                                      "excessive_hours",
                                      "no_rest_day",
                                      "missing_punches",
                                      "payroll_hours_mismatch",
                                      "minimum_wage_shortfall",
                                      "overtime_premium_shortfall",
                                      "rest_day_premium_shortfall", // added by params.json v2 (docs/checks.md)
                                      "holiday_premium_shortfall",
                                      "net_pay_inconsistent",
                                      "benford_deviation",
                                      "bonus_outlier",
                                      "underage_worker",
                                      "young_worker_violation",
                                      "birthdate_heaping",
                                      "duplicate_identity",
                                      "work_outside_employment",
                                      "unknown_worker",
                                      "production_hours_mismatch",
                                      "gate_time_mismatch",
                                      "interview_record_conflict",
                                      "coached_interviews"};
        QCOMPARE(CheckRegistry::checkNames(), expected);
        for (const auto& check : CheckRegistry::allChecks()) {
            QVERIFY2(!check->clauses().isEmpty(), qPrintable(check->name()));
        }
    }

    void sortedDeterministicallyAndCountsPeriodRecords()
    {
        RecordSet records = cleanFactory(3, 120, 35);
        records.production.clear(); // no production file: its check is skipped
        // Plant three findings of different severity.
        records.workers[5].birthDate = RecordSetBuilder::day("2012-03-01"); // underage: critical
        records.workers[6].idNumber = records.workers[7].idNumber;          // duplicate: high
        records.payroll[0].netPay += 500;                                   // net pay: medium
        const AuditParams params = cleanFactoryParams(35);
        const AnalysisResult first = Analyzer(params).run(records);
        // Records handed over (filtered where they lie, not copied) give the same result.
        RecordSet given = records;
        const AnalysisResult second = Analyzer(params).run(std::move(given));
        QCOMPARE(second.recordCounts, first.recordCounts);
        QVERIFY(first.flags.size() >= 3);
        QCOMPARE(first.flags.size(), second.flags.size());
        for (int i = 0; i < first.flags.size(); ++i) {
            QCOMPARE(first.flags.at(i).toJson(), second.flags.at(i).toJson());
            if (i > 0) {
                QVERIFY(first.flags.at(i - 1).severity >= first.flags.at(i).severity);
            }
        }
        QCOMPARE(first.flags.first().check, QStringLiteral("underage_worker"));
        QCOMPARE(first.recordCounts.value("workers").toInt(), 120);
        QCOMPARE(first.recordCounts.value("time_records").toInt(), int(records.timeRecords.size()));
        QVERIFY(first.checksSkipped.contains("production_hours_mismatch"));
        QVERIFY(first.checksSkipped.contains("coached_interviews"));

        // A shorter period keeps only its records.
        AuditParams shorter = params;
        shorter.periodEnd = shorter.periodStart.addDays(6);
        const AnalysisResult week = Analyzer(shorter).run(records);
        QVERIFY(week.recordCounts.value("time_records").toInt() < first.recordCounts.value("time_records").toInt());
        QVERIFY(week.recordCounts.value("time_records").toInt() > 0);
    }

    void progressAndCancellation()
    {
        const RecordSet records = cleanFactory(4, 60, 14);
        Analyzer analyzer(cleanFactoryParams(14));
        std::mutex mutex;
        QList<int> seen;
        int total = 0;
        analyzer.setProgress([&](int done, int of) {
            std::lock_guard<std::mutex> lock(mutex);
            seen.append(done);
            total = of;
        });
        const AnalysisResult result = analyzer.run(records);
        QVERIFY(!result.cancelled);
        QCOMPARE(seen.size(), int(result.checksRun.size()));
        QCOMPARE(total, int(result.checksRun.size()));
        QCOMPARE(*std::max_element(seen.begin(), seen.end()), total);

        // As the GUI runs it: from a background task of the global pool.
        const AnalysisResult background =
            QtConcurrent::run([&] { return Analyzer(cleanFactoryParams(14)).run(records); }).result();
        QCOMPARE(background.flags.size(), result.flags.size());

        std::atomic<bool> cancel{true};
        Analyzer cancelled(cleanFactoryParams(14));
        cancelled.setCancelFlag(&cancel);
        const AnalysisResult stopped = cancelled.run(records);
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.flags.isEmpty());
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestAnalyzer)
#include "TestAnalyzer.moc"
