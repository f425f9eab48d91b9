#include "app/records/GateLogFileParser.h"
#include "app/records/PayrollFileParser.h"
#include "app/records/ProductionFileParser.h"
#include "app/records/TimeRecordsFileParser.h"
#include "app/records/WorkersFileParser.h"
#include "support/TestRegistry.h"

#include <QDate>
#include <QTest>
#include <memory>

using namespace fieldbook;

namespace {

std::unique_ptr<RecordFileParser> parserFor(const QString& kind)
{
    if (kind == QLatin1String("workers")) {
        return std::make_unique<WorkersFileParser>();
    }
    if (kind == QLatin1String("time_records")) {
        return std::make_unique<TimeRecordsFileParser>();
    }
    if (kind == QLatin1String("payroll")) {
        return std::make_unique<PayrollFileParser>();
    }
    if (kind == QLatin1String("production")) {
        return std::make_unique<ProductionFileParser>();
    }
    return std::make_unique<GateLogFileParser>();
}

JulianDay jd(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

} // namespace

class TestRecordParsers : public QObject
{
    Q_OBJECT

private slots:
    void workersFile()
    {
        const ParsedFile f =
            WorkersFileParser().parse(" Worker_ID ,birth_date,hire_date,name,department,gender,extra column\n"
                                      "W1,1990-02-28,2020-01-06,\"Chen, Li\",Sewing 1,F,kept or ignored\n"
                                      "W2,2001-12-31,2024-03-01,,,,\n",
                                      QStringLiteral("workers.csv"));
        QVERIFY2(f.fatalError.isEmpty(), qPrintable(f.fatalError));
        QCOMPARE(f.rows, 2);
        QCOMPARE(f.rejected, 0);
        QCOMPARE(f.records.workers.size(), size_t(2));
        const WorkerRecord& w = f.records.workers[0];
        QCOMPARE(f.records.workerId(w.worker), QStringLiteral("W1"));
        QCOMPARE(w.birthDate, jd(1990, 2, 28));
        QCOMPARE(w.hireDate, jd(2020, 1, 6));
        QCOMPARE(w.name, QStringLiteral("Chen, Li"));
        QCOMPARE(w.department, QStringLiteral("Sewing 1"));
        QCOMPARE(w.line, 2);
        QCOMPARE(f.records.workers[1].terminationDate, kNoDate);
    }

    void timeRecordsFile()
    {
        const ParsedFile f = TimeRecordsFileParser().parse("worker_id,date,time_in,time_out,break_minutes\r\n"
                                                           "W1,2026-01-05,07:52,17:03:30,60\r\n"
                                                           "W2,2026-01-05,20:00,05:00,\r\n",
                                                           QStringLiteral("time_records.csv"));
        QCOMPARE(f.records.timeRecords.size(), size_t(2));
        const TimeRecord& day = f.records.timeRecords[0];
        QCOMPARE(day.timeIn, 7 * 3600 + 52 * 60);
        QCOMPARE(day.timeOut, 17 * 3600 + 3 * 60 + 30);
        QCOMPARE(day.workedSeconds(), (17 * 3600 + 3 * 60 + 30) - (7 * 3600 + 52 * 60) - 3600);
        QCOMPARE(f.records.timeRecords[1].workedSeconds(), 9 * 3600); // across midnight, no break
    }

    void payrollFile()
    {
        const ParsedFile f = PayrollFileParser().parse(
            "worker_id,period_start,period_end,regular_hours,overtime_hours,regular_pay,overtime_pay,bonus,deductions,"
            "net_pay\nW1,2026-01-01,2026-01-31,174,20.5,4176,738,,150.25,4763.75\n",
            QStringLiteral("payroll.csv"));
        QCOMPARE(f.records.payroll.size(), size_t(1));
        const PayrollRecord& p = f.records.payroll[0];
        QCOMPARE(p.overtimeHours, 20.5);
        QVERIFY(!p.hasBonus);
        QVERIFY(p.hasDeductions);
        QCOMPARE(p.deductions, 150.25);
        QCOMPARE(p.netPay, 4763.75);
    }

    void productionAndGateFiles()
    {
        const ParsedFile production =
            ProductionFileParser().parse("date,department,units,standard_minutes\n2026-01-05,Sewing 1,5200,12.5\n",
                                         QStringLiteral("production.csv"));
        QCOMPARE(production.records.production.size(), size_t(1));
        QCOMPARE(production.records.production[0].standardMinutes, 12.5);
        const ParsedFile gate = GateLogFileParser().parse(
            "worker_id,timestamp,direction\nW1,2026-01-05 07:48,IN\nW1,2026-01-05 17:09:12,out\n",
            QStringLiteral("gate_log.csv"));
        QCOMPARE(gate.records.gateEvents.size(), size_t(2));
        QVERIFY(gate.records.gateEvents[0].in);
        QCOMPARE(gate.records.gateEvents[1].time, 17 * 3600 + 9 * 60 + 12);
        QVERIFY(!gate.records.gateEvents[1].in);
    }

    void badRowIsReported_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");

        const QByteArray workers = "worker_id,birth_date,hire_date,gender\nW1,1990-01-01,2020-01-01,F\n";
        QTest::newRow("unparseable birth date") << "workers" << workers + "W2,1990-13-01,2020-01-01,F\n"
                                                << 3 << "birth_date"
                                                << "unparseable date";
        QTest::newRow("duplicate worker id") << "workers" << workers + "W1,1991-01-01,2021-01-01,M\n"
                                             << 3 << "worker_id"
                                             << "appears twice";
        QTest::newRow("empty required cell") << "workers" << workers + "W3,,2021-01-01,M\n"
                                             << 3 << "birth_date"
                                             << "required cell is empty";
        QTest::newRow("bad gender") << "workers" << workers + "W3,1991-01-01,2021-01-01,Q\n"
                                    << 3 << "gender"
                                    << "gender must be";

        const QByteArray time = "worker_id,date,time_in,time_out,break_minutes\nW1,2026-01-05,08:00,17:00,60\n";
        // 8h00 and 05/01/2026 are local forms read since issue 16: these are not times or dates in any form.
        QTest::newRow("unparseable time") << "time_records" << time + "W1,2026-01-06,8h0x,17:00,60\n"
                                          << 3 << "time_in"
                                          << "unparseable time";
        QTest::newRow("time in equals out") << "time_records" << time + "W1,2026-01-06,08:00,08:00,0\n"
                                            << 3 << "time_out"
                                            << "equals time_in";
        QTest::newRow("negative break") << "time_records" << time + "W1,2026-01-06,08:00,17:00,-5\n"
                                        << 3 << "break_minutes"
                                        << "negative";
        QTest::newRow("break longer than segment") << "time_records" << time + "W1,2026-01-06,08:00,08:30,45\n"
                                                   << 3 << "break_minutes"
                                                   << "negative hours";
        QTest::newRow("unparseable date") << "time_records" << time + "W1,2026-13-05,08:00,17:00,60\n"
                                          << 3 << "date"
                                          << "unparseable date";

        const QByteArray pay = "worker_id,period_start,period_end,regular_hours,overtime_hours,regular_pay,"
                               "overtime_pay,net_pay\n";
        QTest::newRow("negative hours") << "payroll" << pay + "W1,2026-01-01,2026-01-31,-4,0,100,0,100\n"
                                        << 2 << "regular_hours"
                                        << "negative";
        QTest::newRow("not a number") << "payroll" << pay + "W1,2026-01-01,2026-01-31,17o,0,120,0,100\n"
                                      << 2 << "regular_hours"
                                      << "not a number";
        QTest::newRow("not an amount") << "payroll" << pay + "W1,2026-01-01,2026-01-31,170,0,12o,0,100\n"
                                       << 2 << "regular_pay"
                                       << "\"12o\" is not an amount";
        QTest::newRow("period backwards") << "payroll" << pay + "W1,2026-01-31,2026-01-01,170,0,100,0,100\n"
                                          << 2 << "period_end"
                                          << "before period_start";

        QTest::newRow("negative units") << "production"
                                        << QByteArray("date,department,units,standard_minutes\n"
                                                      "2026-01-05,Sewing,-3,12\n")
                                        << 2 << "units"
                                        << "negative";
        QTest::newRow("bad direction") << "gate_log"
                                       << QByteArray("worker_id,timestamp,direction\nW1,2026-01-05 07:00,sideways\n")
                                       << 2 << "direction"
                                       << "in or out";
        QTest::newRow("bad timestamp") << "gate_log" << QByteArray("worker_id,timestamp,direction\nW1,2026-01-05,in\n")
                                       << 2 << "timestamp"
                                       << "unparseable timestamp";
    }

    void badRowIsReported()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        const QString fileName = kind + QStringLiteral(".csv");
        const ParsedFile f = parserFor(kind)->parse(content, fileName);
        QVERIFY2(f.fatalError.isEmpty(), qPrintable(f.fatalError));
        QCOMPARE(f.rejected, 1);
        QCOMPARE(f.issues.size(), size_t(1));
        const RecordIssue& issue = f.issues[0];
        QCOMPARE(issue.file, fileName);
        QCOMPARE(issue.line, line);
        QCOMPARE(issue.column, column);
        QVERIFY2(issue.reason.contains(reason), qPrintable(issue.reason));
        QVERIFY(issue.blocking);
        QVERIFY(!issue.raw.isEmpty());
        QVERIFY(content.contains(issue.raw.toUtf8()));
    }

    void unknownWorkerIsNotAnImportError()
    {
        // Records for a worker missing from the register are the unknown_worker check's business.
        const ParsedFile f = TimeRecordsFileParser().parse(
            "worker_id,date,time_in,time_out\nNOBODY,2026-01-05,08:00,17:00\n", QStringLiteral("time_records.csv"));
        QCOMPARE(f.rejected, 0);
        QCOMPARE(f.records.timeRecords.size(), size_t(1));
    }

    void missingRequiredColumnNamesIt()
    {
        const ParsedFile f = TimeRecordsFileParser().parse("worker_id,date,time_in\nW1,2026-01-05,08:00\n",
                                                           QStringLiteral("time_records.csv"));
        QVERIFY(f.fatalError.contains(QStringLiteral("time_records.csv:1")));
        QVERIFY(f.fatalError.contains(QStringLiteral("time_out")));
    }

    void userMappingFindsOtherHeaders()
    {
        const ColumnMapping mapping({{QStringLiteral("worker_id"), QStringLiteral("Emp No.")},
                                     {QStringLiteral("date"), QStringLiteral("Work Date")},
                                     {QStringLiteral("time_in"), QStringLiteral("On duty")},
                                     {QStringLiteral("time_out"), QStringLiteral("Off duty")}});
        const ParsedFile f =
            TimeRecordsFileParser().parse("EMP NO.,Work Date,On duty,Off duty\nW1,2026-01-05,08:00,17:00\n",
                                          QStringLiteral("time_records.csv"), mapping);
        QVERIFY2(f.fatalError.isEmpty(), qPrintable(f.fatalError));
        QCOMPARE(f.records.timeRecords.size(), size_t(1));
        QCOMPARE(ColumnMapping::fromJson(mapping.toJson()).userMapping(), mapping.userMapping());
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestRecordParsers)
#include "TestRecordParsers.moc"
