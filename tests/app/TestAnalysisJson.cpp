// The JSON and text output of an analysis, exactly in formats.md's shape.
#include "app/analysis/AnalysisReport.h"
#include "app/analysis/CheckDescriptions.h"
#include "support/RecordSetBuilder.h"
#include "support/TestRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fieldbook;
using namespace fieldbook::test;

class TestAnalysisJson : public QObject
{
    Q_OBJECT

private slots:
    void shapeMatchesFormats()
    {
        RecordSetBuilder b;
        b.worker("A", "1990-01-01", "2020-01-01", "Sewing", "X1")
            .worker("B", "1991-01-01", "2020-01-01", "Sewing", "X1");
        b.time("A", "2026-01-05", "08:00", "17:00", 60);
        b.pay("A", "2026-01-05", "2026-01-11", 8, 0, 200, 0, 0, 0, 150);
        AuditParams params;
        params.codes = {"sa8000", "rba"};
        params.periodStart = QDate(2026, 1, 5);
        params.periodEnd = QDate(2026, 1, 11);
        const AnalysisResult result = Analyzer(params).run(b.records());
        const QJsonObject json = QJsonDocument::fromJson(AnalysisReport::toJsonText(result)).object();
        QCOMPARE(json.keys(), (QStringList{"flags", "format_version", "records"}));
        QCOMPARE(json.value("format_version").toInt(), 1);
        const QJsonObject records = json.value("records").toObject();
        QCOMPARE(records.value("workers").toInt(), 2);
        QCOMPARE(records.value("time_records").toInt(), 1);
        QCOMPARE(records.value("payroll").toInt(), 1);
        const QJsonArray flags = json.value("flags").toArray();
        QCOMPARE(flags.size(), 2); // duplicate_identity (high), net_pay_inconsistent (high)
        for (const QJsonValue& v : flags) {
            const QJsonObject flag = v.toObject();
            QCOMPARE(flag.keys(),
                     (QStringList{"check", "clauses", "dates", "evidence", "severity", "summary", "workers"}));
            QVERIFY(flag.value("check").isString());
            QVERIFY(
                QStringList({"info", "low", "medium", "high", "critical"}).contains(flag.value("severity").toString()));
            QVERIFY(flag.value("clauses").isArray() && flag.value("workers").isArray() &&
                    flag.value("dates").isArray());
            QVERIFY(flag.value("evidence").isObject());
            QVERIFY(!flag.value("summary").toString().isEmpty());
            for (const QJsonValue& clause : flag.value("clauses").toArray()) {
                // Only the audit's codes: no WRAP clause.
                QVERIFY(clause.toString().startsWith("sa8000:") || clause.toString().startsWith("rba:"));
            }
        }
        QCOMPARE(flags.at(0).toObject().value("check").toString(), QStringLiteral("duplicate_identity"));
        QCOMPARE(flags.at(1).toObject().value("check").toString(), QStringLiteral("net_pay_inconsistent"));
        QCOMPARE(flags.at(1).toObject().value("dates").toArray().first().toString(), QStringLiteral("2026-01-05"));
    }

    void textGroupsBySeverityOneLinePerFlag()
    {
        AnalysisResult result;
        result.recordCounts.insert("workers", 3);
        Flag high;
        high.check = "excessive_hours";
        high.severity = Severity::High;
        high.summary = "W1 worked more than 60.0 h in 1 week(s), up to 70.0 h";
        Flag low = high;
        low.check = "benford_deviation";
        low.severity = Severity::Low;
        low.summary = "First digits of bonus depart";
        result.flags = {high, low, high};
        const QStringList lines = AnalysisReport::toText(result).split('\n', Qt::SkipEmptyParts);
        // Then, once per check that raised a flag, its title and explanation (CheckDescriptions).
        QCOMPARE(lines, (QStringList{"Analysed: 3 workers", "HIGH (2)", "  [excessive_hours] " + high.summary,
                                     "  [excessive_hours] " + high.summary, "LOW (1)",
                                     "  [benford_deviation] " + low.summary, "What the checks look for:",
                                     "  [excessive_hours] Excessive hours: " +
                                         CheckDescriptions::explanation("excessive_hours"),
                                     "  [benford_deviation] Benford deviation: " +
                                         CheckDescriptions::explanation("benford_deviation")}));
    }

    void fingerprintIgnoresWorkerOrderAndDates()
    {
        Flag a;
        a.check = "duplicate_identity";
        a.workers = {"B", "A"};
        a.dates = {"2026-01-01"};
        Flag b = a;
        b.workers = {"A", "B"};
        b.dates = {};
        QCOMPARE(a.fingerprint(), b.fingerprint());
        b.check = "unknown_worker";
        QVERIFY(a.fingerprint() != b.fingerprint());
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestAnalysisJson)
#include "TestAnalysisJson.moc"
