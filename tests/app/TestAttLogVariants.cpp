#include "app/records/AttLogParser.h"
#include "app/records/RecordDirectoryReader.h"
#include "app/records/RecordFileHead.h"
#include "app/records/RecordImportSession.h"
#include "support/TestRegistry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;

namespace {

// The punches every variant writes: a day shift with a lunch break, a night shift across midnight,
// and a check-in never closed.
struct LogPunch
{
    const char* pin;
    const char* date;
    const char* time;
    const char* state;
};
const LogPunch kPunches[] = {
    {"1", "2026-05-04", "08:01:22", "0"}, {"1", "2026-05-04", "12:00:05", "1"}, {"1", "2026-05-04", "13:00:00", "0"},
    {"1", "2026-05-04", "17:05:00", "1"}, {"7", "2026-05-04", "19:50:00", "0"}, {"2", "2026-05-04", "07:58:00", "0"},
    {"7", "2026-05-05", "05:10:00", "1"},
};

using LineWriter = std::function<QByteArray(const LogPunch&)>;

QByteArray writeLog(const LineWriter& line, const QByteArray& lineEnd)
{
    QByteArray out;
    for (const LogPunch& p : kPunches) {
        out += line(p) + lineEnd;
    }
    return out;
}

QByteArray padded(const char* pin)
{
    return QByteArray(pin).rightJustified(9, ' ');
}

// What a parse yields, in a form two parses can be compared by.
QStringList shifts(const ParsedFile& f)
{
    QStringList out;
    for (const TimeRecord& r : f.records.timeRecords) {
        out.append(QStringLiteral("%1 %2 %3-%4 line %5")
                       .arg(f.records.workerId(r.worker))
                       .arg(r.date)
                       .arg(r.timeIn)
                       .arg(r.timeOut)
                       .arg(r.line));
    }
    for (const RecordIssue& i : f.issues) {
        out.append(QStringLiteral("issue line %1 %2 %3 %4").arg(i.line).arg(i.column, i.reason).arg(i.blocking));
    }
    return out;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(dir.path()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

} // namespace

class TestAttLogVariants : public QObject
{
    Q_OBJECT

private slots:
    void everyVariantReadsTheCanonicalPunches_data()
    {
        QTest::addColumn<QByteArray>("log");
        const auto canonical = [](const LogPunch& p) -> QByteArray {
            return padded(p.pin) + '\t' + p.date + ' ' + p.time + '\t' + p.state + "\t1\t0\t0";
        };
        QTest::newRow("tabs, padded PIN, CRLF (canonical)") << writeLog(canonical, "\r\n");
        QTest::newRow("tabs, no padding, LF, trailing tab") << writeLog(
            [](const LogPunch& p) -> QByteArray {
                return QByteArray(p.pin) + '\t' + p.date + ' ' + p.time + '\t' + p.state + "\t1\t";
            },
            "\n");
        QTest::newRow("runs of spaces, padded PIN") << writeLog(
            [](const LogPunch& p) -> QByteArray {
                return padded(p.pin) + "  " + p.date + ' ' + p.time + "      " + p.state + "   1   0   0";
            },
            "\r\n");
        QTest::newRow("single spaces, no padding") << writeLog(
            [](const LogPunch& p) -> QByteArray {
                return QByteArray(p.pin) + ' ' + p.date + ' ' + p.time + ' ' + p.state + " 1";
            },
            "\n");
        QTest::newRow("pipes") << writeLog(
            [](const LogPunch& p) -> QByteArray {
                return QByteArray(p.pin) + '|' + p.date + ' ' + p.time + '|' + p.state + "|1|0|0|";
            },
            "\r\n");
        QTest::newRow("tabs, date and time apart") << writeLog(
            [](const LogPunch& p) -> QByteArray {
                return padded(p.pin) + '\t' + p.date + '\t' + p.time + '\t' + p.state + "\t1";
            },
            "\n");
        QTest::newRow("state only, no verify mode or work code") << writeLog(
            [](const LogPunch& p) -> QByteArray {
                return QByteArray(p.pin) + '\t' + p.date + ' ' + p.time + '\t' + p.state;
            },
            "\n");
        QTest::newRow("no state: paired by order") << writeLog(
            [](const LogPunch& p) -> QByteArray { return QByteArray(p.pin) + '\t' + p.date + ' ' + p.time; }, "\r\n");
        QTest::newRow("BOM, blank lines, trailing blanks") << "\xEF\xBB\xBF" + writeLog(
                                                                                   [](const LogPunch& p) -> QByteArray {
                                                                                       return QByteArray(p.pin) + "\t" +
                                                                                              p.date + ' ' + p.time +
                                                                                              '\t' + p.state + " \t ";
                                                                                   },
                                                                                   "\n");
    }

    void everyVariantReadsTheCanonicalPunches()
    {
        QFETCH(QByteArray, log);
        const ParsedFile canonical = AttLogParser().parse(writeLog(
                                                              [](const LogPunch& p) -> QByteArray {
                                                                  return padded(p.pin) + '\t' + p.date + ' ' + p.time +
                                                                         '\t' + p.state + "\t1\t0\t0";
                                                              },
                                                              "\r\n"),
                                                          QStringLiteral("1_attlog.dat"));
        QCOMPARE(canonical.records.timeRecords.size(), size_t(3));
        QCOMPARE(canonical.issues.size(), size_t(1)); // PIN 2's check-in without a check-out
        QVERIFY(!canonical.issues[0].blocking);
        const ParsedFile variant = AttLogParser().parse(log, QStringLiteral("1_attlog.dat"));
        QCOMPARE(variant.rows, 7);
        QCOMPARE(variant.rejected, 0);
        QCOMPARE(shifts(variant), shifts(canonical));

        // Recognised by its lines under any name, in the wizard and in a folder.
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("GLG_001.txt"), log);
        QVERIFY(RecordFileHead::read(path).looksLikeAttLog);
        QCOMPARE(RecordDirectoryReader::kindInFolder(dir.path(), QStringLiteral("GLG_001.txt")),
                 QStringLiteral("attlog"));
        // The wizard's preview shows the fields as the parser reads them.
        RecordImportSession session;
        const int index = session.addFile(path);
        QCOMPARE(session.file(index).kind, QStringLiteral("attlog"));
        const RecordPreview preview = session.preview(index, 3);
        QCOMPARE(preview.rows.size(), size_t(3));
        QCOMPARE(preview.rows[0].cells.mid(0, 2), (QStringList{"1", "2026-05-04 08:01:22"}));
        QVERIFY(preview.issues.empty());
    }

    void aLineThatIsNoPunchNamesFileLineAndField()
    {
        const ParsedFile f = AttLogParser().parse("1 2026-05-04 08:00:00 0\n"
                                                  "1 2026-05-04 17h00 1\n"
                                                  "hello\n"
                                                  "1 2026-05-04 17:00:00 9\n"
                                                  "1|2026-05-04 17:01:00|1\n",
                                                  QStringLiteral("door_attlog.dat"));
        QCOMPARE(f.rejected, 3);
        QCOMPARE(f.records.timeRecords.size(), size_t(1));
        QStringList blocking;
        for (const RecordIssue& i : f.issues) {
            if (i.blocking) {
                blocking.append(i.toString());
            }
        }
        QCOMPARE(blocking.size(), 3);
        QVERIFY2(blocking[0].startsWith(
                     QStringLiteral("door_attlog.dat:2: timestamp: unparseable timestamp '2026-05-04 17h00'")),
                 qPrintable(blocking[0]));
        QVERIFY2(blocking[1].startsWith(QStringLiteral("door_attlog.dat:3: not a punch")), qPrintable(blocking[1]));
        QVERIFY2(blocking[2].startsWith(QStringLiteral("door_attlog.dat:4: state: unknown punch state '9'")),
                 qPrintable(blocking[2]));
    }

    void filesThatAreNoAttLogAreNotRecognised_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("time_records.csv") << QByteArray("worker_id,date,time_in,time_out\nW1,2026-05-04,08:00,17:00\n");
        QTest::newRow("punch CSV") << QByteArray("Emp No.,Name,Date,Time,Check Type\n1,A,2026-05-04,08:00,Check In\n");
        QTest::newRow("CSV without header") << QByteArray("1,2026-05-04 08:00:00,0,1\n2,2026-05-04 08:01:00,0,1\n");
        QTest::newRow("a note") << QByteArray("Notes from the visit\nasked for the time cards of May\n");
        QTest::newRow("title above punches") << QByteArray("Attendance log of 2026-05-04\n1\t2026-05-04 08:00:00\t0\n");
        QTest::newRow("a punch, then prose") << QByteArray("1 2026-05-04 08:00:00 0\nand the rest is prose\n");
        QTest::newRow("sentence with a date") << QByteArray("Printed 2026-05-04 08:00:00 by admin\n");
    }

    void filesThatAreNoAttLogAreNotRecognised()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("export.txt"), bytes);
        QVERIFY(!RecordFileHead::read(path).looksLikeAttLog);
        QVERIFY(RecordDirectoryReader::kindInFolder(dir.path(), QStringLiteral("export.txt")).isEmpty());
    }

    void hostileLinesAreBounded()
    {
        // A 10 MB line, NUL bytes in the PIN and the state, a million punches of one worker in one day.
        QByteArray log = "1\t2026-05-04 08:00:00\t0\n";
        log += QByteArray(10 * 1024 * 1024, 'x') + '\n';
        log += QByteArray("1") + '\0' + "\t2026-05-04 09:00:00\t0\n";
        log += QByteArray("3\t2026-05-04 09:00:00\t") + '\0' + '\n';
        log += "1\t2026-05-04 17:00:00\t1\n";
        QElapsedTimer timer;
        timer.start();
        ParsedFile f = AttLogParser().parse(log, QStringLiteral("x_attlog.dat"));
        QCOMPARE(f.records.timeRecords.size(), size_t(1));
        QCOMPARE(f.rejected, 3);
        for (const RecordIssue& i : f.issues) {
            QVERIFY(i.raw.size() <= 500);
        }
        QByteArray flood;
        flood.reserve(30 * 1000 * 1000);
        for (int i = 0; i < 1000000; ++i) {
            const int s = i % 86400;
            flood += "5\t2026-05-04 " + QByteArray::number(100 + s / 3600).right(2) + ':' +
                     QByteArray::number(100 + s / 60 % 60).right(2) + ':' + QByteArray::number(100 + s % 60).right(2) +
                     '\t' + (i % 2 ? '1' : '0') + '\n';
        }
        f = AttLogParser().parse(flood, QStringLiteral("flood_attlog.dat"));
        QVERIFY(f.records.timeRecords.empty());
        QCOMPARE(f.issues.size(), size_t(1));
        QVERIFY(f.issues[0].blocking);
        QVERIFY2(f.issues[0].reason.contains(QStringLiteral("1000000 punches for this worker on one day")),
                 qPrintable(f.issues[0].reason));
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestAttLogVariants)
#include "TestAttLogVariants.moc"
