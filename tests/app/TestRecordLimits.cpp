// Issue 13, findings 2 and 4: hostile record files. Bad rows keep no personal or unread cells,
// kept issues are capped (all counted), records have a maximum length and field count, pay periods
// longer than two months, non-finite money and control bytes in ids are refused.
#include "app/records/PayrollFileParser.h"
#include "app/records/RecordFileParser.h"
#include "app/records/WorkersFileParser.h"
#include "database/Database.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;
using namespace fieldbook::test;

namespace {

const QByteArray kPayHeader =
    "worker_id,period_start,period_end,regular_hours,overtime_hours,regular_pay,overtime_pay,net_pay\n";

QString write(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

} // namespace

class TestRecordLimits : public QObject
{
    Q_OBJECT

private slots:
    // Finding 2: the quarantine kept the whole raw line (a phone number, a second name in clear).
    void quarantineKeepsNoPersonalOrUnreadCells()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("s.sqlite"));
        QString out;
        QString err;
        QCOMPARE(runCli({"--db", store, "create-audit", "--facility", "F", "--country", "VN", "--code", "sa8000"}, &out,
                        &err),
                 0);
        const QString audit = out.trimmed();
        write(dir.filePath(QStringLiteral("r/workers.csv")),
              "worker_id,birth_date,hire_date,name,id_number,phone,second_name\n"
              "W1,1990-01-01,2020-01-01,Alice Tran,ID-111,+84 912 345 678,Nguyen Thi Lan\n"
              "W2,19xx,2020-01-01,Bob Le,ID-222,+84 999 888 777,Tran Van Minh\n");
        QCOMPARE(runCli({"--db", store, "import", "--audit", audit, "--records", dir.filePath(QStringLiteral("r")),
                         "--quarantine"},
                        &out, &err),
                 0);
        Result<Database> db = Database::open(store);
        QVERIFY2(db, qPrintable(db.error()));
        Result<QVariant> raw = db->scalar(QStringLiteral("SELECT group_concat(raw, '|') FROM import_quarantine"));
        QVERIFY(raw && raw->isValid());
        const QString text = raw->toString();
        QVERIFY2(text.contains(QStringLiteral("W2")) && text.contains(QStringLiteral("19xx")), qPrintable(text));
        for (const char* personal : {"Bob", "ID-222", "999 888", "Tran Van Minh"}) {
            QVERIFY2(!text.contains(QLatin1String(personal)), qPrintable(text));
        }
    }

    // Finding 4: junk lines were all kept (3 M lines: 30 s, 1.4 GB).
    void keptIssuesAreCappedAndAllCounted()
    {
        QByteArray data = "worker_id,birth_date,hire_date\n";
        const int bad = 5000;
        for (int i = 0; i < bad; ++i) {
            data += "x\n";
        }
        WorkersFileParser parser;
        const ParsedFile parsed = parser.parse(data, QStringLiteral("workers.csv"));
        QCOMPARE(parsed.rows, bad);
        QCOMPARE(parsed.rejected, bad);
        QCOMPARE(int(parsed.issues.size()), RecordFileParser::kMaxKeptIssues);
        QCOMPARE(parsed.issuesNotKept, bad - RecordFileParser::kMaxKeptIssues);
    }

    void overlongRecordIsRefusedWithItsLine()
    {
        QByteArray data = "worker_id,birth_date,hire_date\nW1,1990-01-01,2020-01-01\nW2,";
        data += QByteArray(CsvReader::kMaxRecordBytes + 10, 'a');
        data += ",2020-01-01\n";
        WorkersFileParser parser;
        const ParsedFile parsed = parser.parse(data, QStringLiteral("workers.csv"));
        QVERIFY(!parsed.fatalError.isEmpty());
        QCOMPARE(parsed.fatal.line, 3);
        QVERIFY2(parsed.fatalError.contains(QStringLiteral("longer than")), qPrintable(parsed.fatalError));
        // The same inside a quoted field that spans lines.
        QByteArray quoted = "worker_id,birth_date,hire_date\nW1,\"";
        for (int i = 0; i < 200000; ++i) {
            quoted += "abcdefg\n";
        }
        quoted += "\",2020-01-01\n";
        const ParsedFile q = parser.parse(quoted, QStringLiteral("workers.csv"));
        QVERIFY(q.fatalError.contains(QStringLiteral("longer than")));
        QCOMPARE(q.fatal.line, 2);
    }

    void tooManyFieldsAreRefused()
    {
        QByteArray data = "worker_id,birth_date,hire_date\nW1,1990-01-01,2020-01-01";
        data += QByteArray(CsvReader::kMaxFields + 5, ',');
        data += "\n";
        WorkersFileParser parser;
        const ParsedFile parsed = parser.parse(data, QStringLiteral("workers.csv"));
        QVERIFY2(parsed.fatalError.contains(QStringLiteral("fields")), qPrintable(parsed.fatalError));
        QCOMPARE(parsed.fatal.line, 2);
    }

    // Finding 4: 1900-01-01 to 9999-12-31 took 34 s and 3.9 GB in the analysis.
    void payPeriodsLongerThanTwoMonthsAreRefused()
    {
        const QByteArray data = kPayHeader + "W1,1900-01-01,9999-12-31,160,0,1000,0,1000\n"
                                             "W2,2026-01-01,2026-03-15,160,0,1000,0,1000\n"
                                             "W3,2026-01-01,2026-01-31,160,0,1000,0,1000\n";
        PayrollFileParser parser;
        const ParsedFile parsed = parser.parse(data, QStringLiteral("payroll.csv"));
        QCOMPARE(parsed.rejected, 2);
        QCOMPARE(int(parsed.records.payroll.size()), 1);
        QCOMPARE(parsed.issues.front().line, 2);
        QCOMPARE(parsed.issues.front().column, QStringLiteral("period_end"));
        QVERIFY(parsed.issues.front().reason.contains(QStringLiteral("two months")));
    }

    // Finding 4: inf and nan were taken as money (and failed later on a NOT NULL column).
    void nonFiniteMoneyIsRefused()
    {
        const QByteArray data = kPayHeader + "W1,2026-01-01,2026-01-31,160,0,inf,0,1000\n"
                                             "W2,2026-01-01,2026-01-31,160,0,1000,0,nan\n"
                                             "W3,2026-01-01,2026-01-31,160,0,1000,0,-INF\n"
                                             "W4,2026-01-01,2026-01-31,160,0,1000,0,1e999\n";
        PayrollFileParser parser;
        const ParsedFile parsed = parser.parse(data, QStringLiteral("payroll.csv"));
        QCOMPARE(parsed.rejected, 4);
        QVERIFY(parsed.records.payroll.empty());
        QCOMPARE(parsed.issues.front().column, QStringLiteral("regular_pay"));
    }

    // Finding 4: NUL bytes were accepted in ids.
    void controlBytesInIdsAreRefused()
    {
        QByteArray data = "worker_id,birth_date,hire_date,id_number\n";
        data += QByteArray("W\0001,1990-01-01,2020-01-01,A1\n", 29);
        data += QByteArray("W2,1990-01-01,2020-01-01,A\0002\n", 29);
        data += "W3,1990-01-01,2020-01-01,A3\n";
        WorkersFileParser parser;
        const ParsedFile parsed = parser.parse(data, QStringLiteral("workers.csv"));
        QCOMPARE(parsed.rejected, 2);
        QCOMPARE(int(parsed.records.workers.size()), 1);
        QCOMPARE(parsed.issues.at(0).column, QStringLiteral("worker_id"));
        QCOMPARE(parsed.issues.at(1).column, QStringLiteral("id_number"));
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestRecordLimits)
#include "TestRecordLimits.moc"
