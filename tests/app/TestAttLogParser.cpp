#include "app/records/AttLogParser.h"
#include "support/TestRegistry.h"

#include <QDate>
#include <QTest>

using namespace fieldbook;

class TestAttLogParser : public QObject
{
    Q_OBJECT

private slots:
    void pairsDayShiftWithLunchPunches()
    {
        const ParsedFile f = AttLogParser().parse("        1\t2026-01-05 07:52:10\t0\t1\t0\t0\r\n"
                                                  "        1\t2026-01-05 12:00:05\t1\t1\t0\t0\r\n"
                                                  "        1\t2026-01-05 13:00:00\t0\t1\t0\t0\r\n"
                                                  "        1\t2026-01-05 17:05:00\t1\t1\t0\t0\r\n",
                                                  QStringLiteral("a_attlog.dat"));
        QCOMPARE(f.records.timeRecords.size(), size_t(2));
        QCOMPARE(f.records.workerId(0), QStringLiteral("1")); // padding stripped
        QCOMPARE(f.records.timeRecords[0].timeIn, 7 * 3600 + 52 * 60 + 10);
        QCOMPARE(f.records.timeRecords[0].timeOut, 12 * 3600 + 5);
        QCOMPARE(f.records.timeRecords[1].line, 3);
        QVERIFY(f.issues.empty());
    }

    void nightShiftCrossesMidnight()
    {
        // Punches out of order in the file: pairing sorts each worker's punches by time.
        const ParsedFile f = AttLogParser().parse("   7\t2026-01-06 05:10:00\t1\t1\n"
                                                  "   7\t2026-01-05 19:50:00\t0\t1\n"
                                                  "   7\t2026-01-06 19:49:00\t4\t1\n"
                                                  "   7\t2026-01-07 05:02:00\t5\t1\n",
                                                  QStringLiteral("night_attlog.dat"));
        QCOMPARE(f.records.timeRecords.size(), size_t(2));
        const TimeRecord& r = f.records.timeRecords[0];
        QCOMPARE(r.date, QDate(2026, 1, 5).toJulianDay());
        QCOMPARE(r.timeIn, 19 * 3600 + 50 * 60);
        QCOMPARE(r.timeOut, 5 * 3600 + 10 * 60);
        QCOMPARE(r.workedSeconds(), 9 * 3600 + 20 * 60);
        QCOMPARE(r.line, 2);
    }

    void unpairedPunchesAreReportedNotGuessed()
    {
        const ParsedFile f = AttLogParser().parse("1\t2026-01-05 07:55:00\t0\t1\n" // in, forgot to punch out
                                                  "1\t2026-01-06 07:58:00\t0\t1\n"
                                                  "1\t2026-01-06 17:01:00\t1\t1\n"
                                                  "2\t2026-01-06 17:03:00\t1\t1\n" // out without in
                                                  "3\t2026-01-06 08:00:00\t0\t1\n"
                                                  "3\t2026-01-07 09:00:00\t1\t1\n", // 25 hours later
                                                  QStringLiteral("x_attlog.dat"));
        QCOMPARE(f.records.timeRecords.size(), size_t(1));
        QCOMPARE(f.records.timeRecords[0].date, QDate(2026, 1, 6).toJulianDay());
        QList<int> lines;
        for (const RecordIssue& issue : f.issues) {
            QVERIFY(!issue.blocking);
            QCOMPARE(issue.file, QStringLiteral("x_attlog.dat"));
            lines.append(issue.line);
        }
        QCOMPARE(lines, (QList<int>{1, 4, 5, 6}));
        QCOMPARE(f.rejected, 0);
    }

    void unknownStateAndBadTimestampAreBadRows()
    {
        const ParsedFile f = AttLogParser().parse("1\t2026-01-05 07:55:00\t0\t1\n"
                                                  "1\t2026-01-05 12:00:00\t3\t1\n"
                                                  "1\t2026-01-05 17h00\t1\t1\n"
                                                  "1\t2026-01-05 17:01:00\t1\t1\n",
                                                  QStringLiteral("y_attlog.dat"));
        QCOMPARE(f.rejected, 2);
        QCOMPARE(f.records.timeRecords.size(), size_t(1));
        int blocking = 0;
        for (const RecordIssue& issue : f.issues) {
            if (issue.blocking) {
                ++blocking;
                QVERIFY(issue.line == 2 || issue.line == 3);
                QCOMPARE(issue.column, issue.line == 2 ? QStringLiteral("state") : QStringLiteral("timestamp"));
            }
        }
        QCOMPARE(blocking, 2);
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestAttLogParser)
#include "TestAttLogParser.moc"
