// Factory exports as HR offices write them (issue 16): a title above the header, day-first or
// month-first dates decided from the whole file (and asked when it cannot say), 12-hour times,
// decimal commas and currency symbols; errors keep the file's own line numbers.
#include "app/records/GateLogFileParser.h"
#include "app/records/PayrollFileParser.h"
#include "app/records/RecordDirectoryReader.h"
#include "app/records/RecordFileHead.h"
#include "app/records/RecordImportSession.h"
#include "app/records/TimeRecordsFileParser.h"
#include "app/records/WorkersFileParser.h"
#include "support/TestRegistry.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;

namespace {

JulianDay day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate).toJulianDay();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = QDir(dir.path()).filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

const ColumnMapping
    kChineseTime({{"worker_id", "工号"}, {"date", "日期"}, {"time_in", "上班时间"}, {"time_out", "下班时间"}});

} // namespace

class TestLocalRecordFiles : public QObject
{
    Q_OBJECT

private slots:
    void headerBelowTitlesKeepsTheFilesLineNumbers()
    {
        const QByteArray csv = "ABC Garment Co. — Attendance May 2026\n"
                               "\n"
                               "Period:,2026-05-01,to,2026-05-31\n"
                               "worker_id,date,time_in,time_out\n"
                               "W1,2026-05-04,08:00,17:00\n"
                               "W2,2026-05-04,08:00,25:00\n";
        const ParsedFile f = TimeRecordsFileParser().parse(csv, QStringLiteral("clock.csv"));
        QVERIFY2(f.fatalError.isEmpty(), qPrintable(f.fatalError));
        QCOMPARE(f.records.timeRecords.size(), size_t(1));
        QCOMPARE(f.records.timeRecords[0].line, 5);
        QCOMPARE(f.issues.size(), size_t(1));
        QCOMPARE(f.issues[0].line, 6);
        QCOMPARE(f.issues[0].column, QStringLiteral("time_out"));
    }

    void noHeaderAmongTheFirstRowsIsRefusedAsBefore()
    {
        QByteArray csv = "title\n";
        for (int i = 0; i < 40; ++i) {
            csv += "junk,row\n";
        }
        csv += "worker_id,date,time_in,time_out\nW1,2026-05-04,08:00,17:00\n";
        const ParsedFile f = TimeRecordsFileParser().parse(csv, QStringLiteral("clock.csv"));
        QCOMPARE(f.fatal.line, 1);
        QVERIFY2(f.fatalError.contains(QStringLiteral("required column(s) missing")), qPrintable(f.fatalError));
    }

    void dayFirstIsProvenByTheWholeFile()
    {
        // Line 3 alone could be either; line 5 (25/05) proves the file day-first, line 3 included.
        const QByteArray csv = "工号,日期,上班时间,下班时间\n"
                               "\n"
                               "W1,04/05/2026,上午8:00,下午5:30\n"
                               "W1,05/05/2026,8:00 AM,5:30 PM\n"
                               "W1,25/05/2026,08.00,17h30\n";
        const ParsedFile f = TimeRecordsFileParser().parse(csv, QStringLiteral("考勤.csv"), kChineseTime);
        QVERIFY2(f.fatalError.isEmpty(), qPrintable(f.fatalError));
        QCOMPARE(f.issues.size(), size_t(0));
        QCOMPARE(f.records.timeRecords.size(), size_t(3));
        QCOMPARE(f.records.timeRecords[0].date, day("2026-05-04"));
        QCOMPARE(f.records.timeRecords[0].line, 3);
        QCOMPARE(f.records.timeRecords[0].timeOut, 17 * 3600 + 30 * 60);
        QCOMPARE(f.records.timeRecords[2].date, day("2026-05-25"));
    }

    void monthFirstIsProvenByTheWholeFile()
    {
        const QByteArray csv = "worker_id,date,time_in,time_out\n"
                               "W1,05/04/2026,8:00 AM,5:00 PM\n"
                               "W1,05/25/2026,8:00 AM,5:00 PM\n";
        const ParsedFile f = TimeRecordsFileParser().parse(csv, QStringLiteral("clock.csv"));
        QVERIFY2(f.fatalError.isEmpty(), qPrintable(f.fatalError));
        QCOMPARE(f.records.timeRecords[0].date, day("2026-05-04"));
    }

    void aFileMixingBothOrdersIsRefusedNamingALineOfEach()
    {
        const QByteArray csv = "worker_id,date,time_in,time_out\n"
                               "W1,25/05/2026,08:00,17:00\n"
                               "W1,05/26/2026,08:00,17:00\n";
        const ParsedFile f = TimeRecordsFileParser().parse(csv, QStringLiteral("clock.csv"));
        QVERIFY(!f.fatalError.isEmpty());
        QCOMPARE(f.fatal.line, 3);
        QCOMPARE(f.fatal.column, QStringLiteral("date"));
        QVERIFY2(f.fatalError.contains(QStringLiteral("line 2")), qPrintable(f.fatalError));
        QVERIFY(f.records.timeRecords.empty()); // nothing half-read
    }

    void anAmbiguousFileIsNotReadUntilTheAuditorSays()
    {
        const QByteArray csv = "worker_id,date,time_in,time_out\n"
                               "W1,05/04/2026,08:00,17:00\n"
                               "W1,06/04/2026,08:00,17:00\n";
        const ParsedFile asked = TimeRecordsFileParser().parse(csv, QStringLiteral("clock.csv"));
        QVERIFY(asked.records.timeRecords.empty());
        QCOMPARE(asked.fatal.line, 2);
        QVERIFY2(asked.fatalError.contains(QStringLiteral("--date-order")), qPrintable(asked.fatalError));

        ValueFormChoice dmy;
        dmy.dateOrder = DateOrder::DayFirst;
        const ParsedFile dayFirst = TimeRecordsFileParser().parse(csv, QStringLiteral("clock.csv"), {}, dmy);
        QVERIFY2(dayFirst.fatalError.isEmpty(), qPrintable(dayFirst.fatalError));
        QCOMPARE(dayFirst.records.timeRecords[1].date, day("2026-04-06"));
        ValueFormChoice mdy;
        mdy.dateOrder = DateOrder::MonthFirst;
        const ParsedFile monthFirst = TimeRecordsFileParser().parse(csv, QStringLiteral("clock.csv"), {}, mdy);
        QCOMPARE(monthFirst.records.timeRecords[1].date, day("2026-06-04"));
        // The same day twice (05/05) is no question.
        const ParsedFile same = TimeRecordsFileParser().parse(
            "worker_id,date,time_in,time_out\nW1,05/05/2026,08:00,17:00\n", QStringLiteral("clock.csv"));
        QVERIFY2(same.fatalError.isEmpty(), qPrintable(same.fatalError));
    }

    void registerDatesDecideTogether()
    {
        // Birth dates prove day-first; hire dates that could be either follow the file.
        const QByteArray csv = "worker_id,birth_date,hire_date\n"
                               "W1,23/04/1990,03/02/2020\n"
                               "W2,02/03/88,04/02/2021\n";
        const ParsedFile f = WorkersFileParser().parse(csv, QStringLiteral("workers.csv"));
        QVERIFY2(f.fatalError.isEmpty(), qPrintable(f.fatalError));
        QCOMPARE(f.records.workers[0].hireDate, day("2020-02-03"));
        QCOMPARE(f.records.workers[1].birthDate, day("1988-03-02"));
    }

    void amountsWithDecimalCommasAndCurrencies()
    {
        const QByteArray csv =
            "worker_id,period_start,period_end,regular_hours,overtime_hours,regular_pay,overtime_pay,bonus,net_pay\n"
            "W1,01.05.2026,31.05.2026,\"176,0\",\"12,5\",\"¥2.210,00\",\"¥ 250,75\",\"1.000\",\"¥3.460,75\"\n"
            "W2,01.05.2026,31.05.2026,176,0,\"RMB 2.210,0\",0,0,\"2.210,00\"\n";
        const ParsedFile f = PayrollFileParser().parse(csv, QStringLiteral("payroll.csv"));
        QVERIFY2(f.fatalError.isEmpty(), qPrintable(f.fatalError));
        QVERIFY2(f.issues.empty(), f.issues.empty() ? "" : qPrintable(f.issues[0].toString()));
        const PayrollRecord& p = f.records.payroll[0];
        QCOMPARE(p.periodEnd, day("2026-05-31"));
        QCOMPARE(p.overtimeHours, 12.5);
        QCOMPARE(p.regularPay, 2210.0);
        QCOMPARE(p.overtimePay, 250.75);
        QCOMPARE(p.bonus, 1000.0); // "1.000" alone could be either: the file's evident mark (comma) says a thousand
        QCOMPARE(p.netPay, 3460.75);
        QCOMPARE(f.records.payroll[1].regularPay, 2210.0);
    }

    void anAmountNoValueDecidesIsAsked()
    {
        const QByteArray csv =
            "worker_id,period_start,period_end,regular_hours,overtime_hours,regular_pay,overtime_pay,"
            "net_pay\n"
            "W1,2026-05-01,2026-05-31,176,0,\"2,210\",0,\"2,210\"\n";
        const ParsedFile asked = PayrollFileParser().parse(csv, QStringLiteral("payroll.csv"));
        QVERIFY2(asked.fatalError.contains(QStringLiteral("--decimal-mark")), qPrintable(asked.fatalError));
        QCOMPARE(asked.fatal.column, QStringLiteral("regular_pay"));
        ValueFormChoice point;
        point.decimalMark = DecimalMark::Point;
        const ParsedFile read = PayrollFileParser().parse(csv, QStringLiteral("payroll.csv"), {}, point);
        QVERIFY2(read.fatalError.isEmpty(), qPrintable(read.fatalError));
        QCOMPARE(read.records.payroll[0].regularPay, 2210.0);
    }

    void badLocalValuesNameFileLineColumnAndValue()
    {
        const QByteArray csv =
            "worker_id,period_start,period_end,regular_hours,overtime_hours,regular_pay,overtime_pay,"
            "net_pay\n"
            "W1,2026-05-01,2026-05-31,176,0,\"1.234,56\",0,\"1.234,56\"\n"
            "W2,2026-05-01,2026-05-31,176,0,\"1.234,5x\",0,\"1.234,56\"\n";
        const ParsedFile f = PayrollFileParser().parse(csv, QStringLiteral("payroll.csv"));
        QVERIFY2(f.fatalError.isEmpty(), qPrintable(f.fatalError));
        QCOMPARE(f.issues.size(), size_t(1));
        QCOMPARE(f.issues[0].toString(), QStringLiteral("payroll.csv:3: regular_pay: \"1.234,5x\" is not an amount"));
        QCOMPARE(f.records.payroll.size(), size_t(1));
    }

    void commaColumnsReadTheirPointsAsThousandsEvenBeforeTheFirstComma()
    {
        // "1.500" on line 2 passes the canonical fast path as one and a half; the column's later
        // "1.234,56" proves a decimal comma, so the file is read again knowing it.
        const QByteArray csv =
            "worker_id,period_start,period_end,regular_hours,overtime_hours,regular_pay,overtime_pay,"
            "net_pay\n"
            "W1,2026-05-01,2026-05-31,176,0,1.500,0,1.500\n"
            "W2,2026-05-01,2026-05-31,176,0,\"1.234,56\",0,\"1.234,56\"\n";
        const ParsedFile f = PayrollFileParser().parse(csv, QStringLiteral("payroll.csv"));
        QVERIFY2(f.fatalError.isEmpty(), qPrintable(f.fatalError));
        QCOMPARE(f.rows, 2);
        QCOMPARE(f.records.payroll[0].regularPay, 1500.0);
        QCOMPARE(f.records.payroll[0].line, 2);
    }

    void badDatesSayTheFilesForm()
    {
        const QByteArray csv = "worker_id,date,time_in,time_out\n"
                               "W1,25/05/2026,08:00,17:00\n"
                               "W1,31/02/2026,08:00,17:00\n";
        const ParsedFile f = TimeRecordsFileParser().parse(csv, QStringLiteral("clock.csv"));
        QCOMPARE(f.issues.size(), size_t(1));
        QCOMPARE(f.issues[0].toString(),
                 QStringLiteral("clock.csv:3: date: unparseable date (expected YYYY-MM-DD or day/month/year) "
                                "'31/02/2026'"));
    }

    void aBadByteBelowATitleIsPlacedInItsColumn()
    {
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("workers.csv"),
                  "Staff list\nworker_id,birth_date,hire_date,department\nW1,1990-01-01,2020-01-01,Confecci\xF3n\n");
        Result<RecordReadOutcome> read = RecordDirectoryReader::read(dir.path());
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("workers.csv:3: department: not valid UTF-8")),
                 qPrintable(read.error()));
    }

    void gateLogTimestampsInLocalForms()
    {
        const QByteArray csv = "worker_id,timestamp,direction\n"
                               "W1,25/05/2026 7:50 AM,in\n"
                               "W1,25/05/2026 下午5:05,out\n";
        const ParsedFile f = GateLogFileParser().parse(csv, QStringLiteral("gate.csv"));
        QVERIFY2(f.fatalError.isEmpty(), qPrintable(f.fatalError));
        QCOMPARE(f.records.gateEvents.size(), size_t(2));
        QCOMPARE(f.records.gateEvents[1].date, day("2026-05-25"));
        QCOMPARE(f.records.gateEvents[1].time, 17 * 3600 + 5 * 60);
    }

    void headAndSessionShowTheRealHeader()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("考勤记录.csv"),
                                       "东莞ABC制衣有限公司 — 2026年5月考勤\n"
                                       ",,,\n"
                                       "日期范围,2026-05-01,至,2026-05-31\n"
                                       "工号,姓名,日期,上班时间,下班时间\n"
                                       "W1,张三,04/05/2026,上午8:00,下午5:30\n"
                                       "W1,张三,25/05/2026,上午8:00,下午5:30\n");
        const RecordFileHead head = RecordFileHead::read(path);
        QCOMPARE(head.headers.first(), QStringLiteral("工号"));
        QCOMPARE(head.headerLine, 4);
        QCOMPARE(head.firstRow.first(), QStringLiteral("W1"));

        RecordImportSession session;
        const int i = session.addFile(path);
        QCOMPARE(session.file(i).kind, QStringLiteral("time_records"));
        QCOMPARE(session.file(i).kindSource, KindSource::Header);
        QCOMPARE(session.file(i).headerLine, 4);
        QVERIFY2(session.mappingProblems().isEmpty(), qPrintable(session.mappingProblems().join('\n')));
        QCOMPARE(session.exampleValue(i, QStringLiteral("time_in")), QStringLiteral("上午8:00"));
        const RecordPreview preview = session.preview(i, 5);
        QVERIFY2(preview.problem.isEmpty(), qPrintable(preview.problem));
        QCOMPARE(preview.rows.size(), size_t(2));
        QCOMPARE(preview.rows[0].line, 5);
        const RecordImportCheck check = session.check();
        QVERIFY(check.fileIssues.empty());
        QCOMPARE(check.outcome.records.timeRecords.size(), size_t(2));
        QCOMPARE(check.outcome.records.timeRecords[0].line, 5);
    }

    void theAuditorsDateOrderReachesTheImport()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("time_records.csv"),
                                       "worker_id,date,time_in,time_out\nW1,05/04/2026,08:00,17:00\n");
        RecordImportSession session;
        const int i = session.addFile(path);
        RecordImportCheck check = session.check();
        QCOMPARE(check.fileIssues.size(), size_t(1));
        QVERIFY(check.fileIssues[0].reason.contains(QStringLiteral("day-first or month-first")));
        session.setDateOrder(i, DateOrder::MonthFirst);
        check = session.check();
        QVERIFY(check.fileIssues.empty());
        QCOMPARE(check.outcome.records.timeRecords[0].date, day("2026-05-04"));

        RecordReadOptions options;
        options.forms.dateOrder = DateOrder::DayFirst;
        Result<RecordReadOutcome> read = RecordDirectoryReader::read(dir.path(), options);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->records.timeRecords[0].date, day("2026-04-05"));
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestLocalRecordFiles)
#include "TestLocalRecordFiles.moc"
