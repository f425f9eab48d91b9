#include "app/records/PunchFileParser.h"
#include "app/records/RecordDirectoryReader.h"
#include "app/records/RecordImportSession.h"
#include "app/records/RecordKinds.h"
#include "database/Database.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace fieldbook;
using fieldbook::test::runCli;

namespace {

// The time cards the punch exports below must give: a day shift with lunch, a night shift across
// midnight, and (in the punch files only) worker 2's check-in that was never closed.
const QByteArray kTimeRecords = "worker_id,date,time_in,time_out\n"
                                "1,2026-05-04,08:01:22,12:00:05\n"
                                "1,2026-05-04,13:00:00,17:05:00\n"
                                "7,2026-05-04,19:50:00,05:10:00\n";

// ZKTime-style: Emp No., Name, Date, Time, Check Type, in file order (not time order).
const QByteArray kZkTime = "Emp No.,Name,Date,Time,Check Type\r\n"
                           "1,Nguyen Thi Lan,2026-05-04,08:01:22,Check In\r\n"
                           "1,Nguyen Thi Lan,2026-05-04,12:00:05,Break Out\r\n"
                           "7,\"Tran, Van Minh\",2026-05-05,05:10:00,Check Out\r\n"
                           "1,Nguyen Thi Lan,2026-05-04,13:00:00,Break In\r\n"
                           "1,Nguyen Thi Lan,2026-05-04,17:05:00,Check Out\r\n"
                           "7,\"Tran, Van Minh\",2026-05-04,19:50:00,OverTime In\r\n"
                           "2,Le Hoa,2026-05-04,07:58:00,Check In\r\n";

// att2000-style: AC No., a single date-time column, State C/In and C/Out, slashes in the date.
const QByteArray kAcNo = "AC No.,Name,Date Time,State,Department\n"
                         "1,Nguyen Thi Lan,2026/05/04 8:01:22,C/In,Sewing\n"
                         "1,Nguyen Thi Lan,2026/05/04 12:00:05,C/Out,Sewing\n"
                         "1,Nguyen Thi Lan,2026/05/04 13:00:00,I,Sewing\n"
                         "1,Nguyen Thi Lan,2026/05/04 17:05:00,O,Sewing\n"
                         "7,Tran Van Minh,2026/05/04 19:50:00,C/In,Cutting\n"
                         "7,Tran Van Minh,2026/05/05 05:10:00,C/Out,Cutting\n"
                         "2,Le Hoa,2026/05/04 07:58:00,C/In,Sewing\n";

// No check type at all: the order decides.
const QByteArray kOrderOnly = "Employee ID,Punch Time\n"
                              "1,2026-05-04 08:01:22\n"
                              "1,2026-05-04 12:00:05\n"
                              "1,2026-05-04 13:00:00\n"
                              "1,2026-05-04 17:05:00\n"
                              "7,2026-05-04 19:50:00\n"
                              "7,2026-05-05 05:10:00\n"
                              "2,2026-05-04 07:58:00\n";

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(dir.path()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

RecordSource sourceOf(const QString& path, const QString& kind)
{
    RecordSource source;
    source.path = path;
    source.kind = kind;
    return source;
}

QStringList timeCards(const RecordReadOutcome& o)
{
    QStringList cards;
    for (const TimeRecord& r : o.records.timeRecords) {
        cards.append(
            QStringLiteral("%1 %2 %3-%4").arg(o.records.workerId(r.worker)).arg(r.date).arg(r.timeIn).arg(r.timeOut));
    }
    std::sort(cards.begin(), cards.end());
    return cards;
}

// The file's kind as the import session finds it, with the mapping it suggests.
Result<RecordReadOutcome> readAsSessionWould(const QString& path)
{
    RecordImportSession session;
    session.addFile(path);
    if (!session.fileProblems().isEmpty() || !session.mappingProblems().isEmpty()) {
        return Result<RecordReadOutcome>::failure((session.fileProblems() + session.mappingProblems()).join('\n'));
    }
    return RecordDirectoryReader::readFiles(session.sources());
}

} // namespace

class TestPunchRecordFiles : public QObject
{
    Q_OBJECT

private slots:
    void punchExportsGiveTheTimeCardsOfTheEquivalentTimeRecords_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("Emp No, Date, Time, Check Type") << QStringLiteral("Punch Report May.csv") << kZkTime;
        QTest::newRow("AC No, Date Time, State") << QStringLiteral("attendance_log_2026-05.csv") << kAcNo;
        QTest::newRow("no check type") << QStringLiteral("transactions.csv") << kOrderOnly;
        QTest::newRow("found by header") << QStringLiteral("export 3.csv") << kZkTime;
    }

    void punchExportsGiveTheTimeCardsOfTheEquivalentTimeRecords()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString cardsPath = writeFile(dir, QStringLiteral("time_records.csv"), kTimeRecords);
        Result<RecordReadOutcome> cards =
            RecordDirectoryReader::readFiles({sourceOf(cardsPath, QStringLiteral("time_records"))});
        QVERIFY2(cards.ok(), qPrintable(cards.error()));

        QTemporaryDir punchDir;
        const QString path = writeFile(punchDir, fileName, bytes);
        Result<RecordReadOutcome> punches = readAsSessionWould(path);
        QVERIFY2(punches.ok(), qPrintable(punches.error()));
        QCOMPARE(punches->files.size(), size_t(1));
        QCOMPARE(punches->files[0].kind, QStringLiteral("punches"));
        QCOMPARE(timeCards(punches.value()), timeCards(cards.value()));
        QVERIFY(punches->acceptable());

        // Worker 2's check-in is reported unpaired, as an attlog's would be, without the name.
        QCOMPARE(punches->files[0].unpaired, 1);
        QCOMPARE(punches->issues.size(), size_t(1));
        const RecordIssue& unpaired = punches->issues[0];
        QVERIFY(!unpaired.blocking);
        QCOMPARE(unpaired.line, 8);
        QCOMPARE(unpaired.column, QStringLiteral("check_type"));
        QCOMPARE(unpaired.reason, QStringLiteral("check-in without a matching check-out"));
        QVERIFY2(!unpaired.raw.contains(QStringLiteral("Le Hoa")), qPrintable(unpaired.raw));
        QVERIFY2(unpaired.raw.startsWith(QStringLiteral("2,")), qPrintable(unpaired.raw));

        // A folder: found by its name, or by its header when the name says nothing ("export.csv").
        Result<RecordReadOutcome> folder = RecordDirectoryReader::read(punchDir.path());
        QVERIFY2(folder.ok(), qPrintable(folder.error()));
        QCOMPARE(timeCards(folder.value()), timeCards(cards.value()));
    }

    void namesNeverReachThePreview()
    {
        QTemporaryDir dir;
        RecordImportSession session;
        const int index = session.addFile(writeFile(dir, QStringLiteral("punches.csv"), kZkTime));
        QCOMPARE(session.file(index).kind, QStringLiteral("punches"));
        QCOMPARE(session.missingRequired(index), QStringList());
        const RecordPreview preview = session.preview(index, 20);
        QCOMPARE(preview.rows.size(), size_t(7));
        for (const RecordPreviewRow& row : preview.rows) {
            for (const QString& cell : row.cells) {
                QVERIFY2(!cell.contains(QStringLiteral("Nguyen")) && !cell.contains(QStringLiteral("Tran")),
                         qPrintable(cell));
            }
        }
        QCOMPARE(preview.rows[0].cells, (QStringList{"1", "", "2026-05-04", "08:01:22", "Check In"}));
    }

    void aFileWithoutAMomentIsRefusedWithItsReason()
    {
        QTemporaryDir dir;
        RecordImportSession session;
        const int index =
            session.addFile(writeFile(dir, QStringLiteral("punch.csv"), "Emp No,Name,Check Type\n1,A,In\n"));
        QCOMPARE(session.file(index).kind, QStringLiteral("punches"));
        QCOMPARE(session.missingRequired(index), QStringList{QStringLiteral("timestamp (or date and time)")});
        const ParsedFile parsed = RecordDirectoryReader::parseSource(session.sources()[0], {});
        QVERIFY2(parsed.fatalError.contains(QStringLiteral("punch.csv:1: no column gives the punch's moment")),
                 qPrintable(parsed.fatalError));
    }

    void badRowsNameFileLineAndColumn()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("punches.csv"),
                                       "worker_id,Name,date,time,check_type\n"
                                       "1,A,2026-05-04,08:00,Check In\n"
                                       "1,A,04/05/2026,17:00,Check Out\n"
                                       "1,A,2026-05-04,5 pm,Check Out\n"
                                       "1,A,2026-05-04,17:00,Lunch\n"
                                       ",A,2026-05-04,17:00,Check Out\n");
        Result<RecordReadOutcome> read = RecordDirectoryReader::readFiles({sourceOf(path, QStringLiteral("punches"))});
        QVERIFY(read.ok());
        QStringList issues;
        for (const RecordIssue& i : read->issues) {
            issues.append(i.toString());
        }
        QCOMPARE(issues.size(), 5);
        QVERIFY2(issues[0].startsWith(QStringLiteral("punches.csv:2: check_type: check-in without")),
                 qPrintable(issues[0]));
        QVERIFY2(issues[1].startsWith(
                     QStringLiteral("punches.csv:3: date: unparseable date (expected YYYY-MM-DD) '04/05/2026'")),
                 qPrintable(issues[1]));
        QVERIFY2(issues[2].startsWith(
                     QStringLiteral("punches.csv:4: time: unparseable time (expected HH:MM or HH:MM:SS) '5 pm'")),
                 qPrintable(issues[2]));
        QVERIFY2(issues[3].startsWith(QStringLiteral("punches.csv:5: check_type: unknown check type 'Lunch'")),
                 qPrintable(issues[3]));
        QVERIFY2(issues[4].startsWith(QStringLiteral("punches.csv:6: worker_id: required cell is empty")),
                 qPrintable(issues[4]));
        QVERIFY(!read->acceptable());
    }

    void hostileFilesGetAClearMessageInBoundedTime()
    {
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        // A million punches for one worker on one day.
        QByteArray flood = "worker_id,timestamp,check_type\n";
        flood.reserve(40 * 1000 * 1000);
        for (int i = 0; i < 1000000; ++i) {
            const int s = i % 86400;
            flood += "5,2026-05-04 " + QByteArray::number(s / 3600) + ':' +
                     QByteArray::number(100 + s / 60 % 60).right(2) + ':' + QByteArray::number(100 + s % 60).right(2) +
                     (i % 2 ? ",Check Out\n" : ",Check In\n");
        }
        Result<RecordReadOutcome> read = RecordDirectoryReader::readFiles(
            {sourceOf(writeFile(dir, QStringLiteral("flood.csv"), flood), QStringLiteral("punches"))});
        flood.clear();
        QVERIFY(read.ok());
        QVERIFY(read->records.timeRecords.empty());
        QCOMPARE(read->issues.size(), size_t(1));
        QVERIFY2(read->issues[0].toString().contains(QStringLiteral("1000000 punches for this worker on one day")),
                 qPrintable(read->issues[0].toString()));
        QVERIFY(!read->acceptable());

        // A line of 10 MB: the file is refused, naming the line.
        QByteArray longLine =
            "worker_id,timestamp,check_type\n1,2026-05-04 08:00,In\n1," + QByteArray(10 * 1024 * 1024, 'x') + "\n";
        read = RecordDirectoryReader::readFiles(
            {sourceOf(writeFile(dir, QStringLiteral("long.csv"), longLine), QStringLiteral("punches"))});
        QVERIFY(!read.ok());
        QVERIFY2(read.error().startsWith(QStringLiteral("long.csv:3:")), qPrintable(read.error()));

        // NUL bytes in the id and the check type: bad rows, named.
        QByteArray nul = "worker_id,timestamp,check_type\n1";
        nul += '\0';
        nul += ",2026-05-04 08:00,In\n2,2026-05-04 08:00,I";
        nul += '\0';
        nul += "\n";
        read = RecordDirectoryReader::readFiles(
            {sourceOf(writeFile(dir, QStringLiteral("nul.csv"), nul), QStringLiteral("punches"))});
        QVERIFY(read.ok());
        QCOMPARE(read->issues.size(), size_t(2));
        QVERIFY2(read->issues[0].toString().startsWith(QStringLiteral("nul.csv:2: worker_id: control character")),
                 qPrintable(read->issues[0].toString()));
        QVERIFY2(read->issues[1].toString().startsWith(QStringLiteral("nul.csv:3: check_type: unknown check type")),
                 qPrintable(read->issues[1].toString()));
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
    }

    void importAndAnalyzeTakeAFolderWithAPunchExport()
    {
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("workers.csv"),
                  "worker_id,birth_date,hire_date\n1,1990-01-01,2020-01-01\n2,1991-01-01,2020-01-01\n"
                  "7,1992-01-01,2020-01-01\n");
        writeFile(dir, QStringLiteral("Punch Report May.csv"), kZkTime);
        QString out;
        QString err;
        QCOMPARE(runCli({QStringLiteral("analyze"), QStringLiteral("--records"), dir.path(), QStringLiteral("--format"),
                         QStringLiteral("json")},
                        &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("\"time_records\": 3")), qPrintable(out));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--check"), QStringLiteral("--records"), dir.path()},
                        &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("punches")), qPrintable(out + err));

        // Imported into an audit: the three time cards in the store, the unpaired punch quarantined
        // without the worker's name, the file kept as a time clock's log with its mapping.
        const QString store = QDir(dir.path()).filePath(QStringLiteral("store.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("create-audit"), QStringLiteral("--facility"),
                         QStringLiteral("Saigon Knits"), QStringLiteral("--country"), QStringLiteral("VN"),
                         QStringLiteral("--code"), QStringLiteral("rba")},
                        &out, &err),
                 0);
        const QString audit = out.trimmed();
        QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("--audit"), audit,
                         QStringLiteral("--records"), dir.path(), QStringLiteral("--quarantine")},
                        &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("punches: 3")) && out.contains(QStringLiteral("quarantined: 1")),
                 qPrintable(out + err));
        QVERIFY2(!QString(out + err).contains(QStringLiteral("Le Hoa")), qPrintable(out + err));
        // Recorded as what it is (schema 8), and replaced as a time-records file by the next import.
        QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("--audit"), audit,
                         QStringLiteral("--records"), dir.path(), QStringLiteral("--quarantine")},
                        &out, &err),
                 0);
        Result<Database> db = Database::open(store);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db->scalar(QStringLiteral("SELECT group_concat(kind) FROM (SELECT kind FROM record_imports "
                                           "ORDER BY kind)"))
                     ->toString(),
                 QStringLiteral("punches,workers"));
        QVERIFY(!db->scalar(QStringLiteral("SELECT mapping_json FROM record_imports WHERE kind = 'punches'"))
                     ->toString()
                     .isEmpty());
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM time_records"))->toInt(), 3);
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestPunchRecordFiles)
#include "TestPunchRecordFiles.moc"
