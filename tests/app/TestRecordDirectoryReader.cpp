#include "app/records/RecordDirectoryReader.h"
#include "support/TestRegistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace fieldbook;

namespace {

void writeFile(const QString& dir, const QString& name, const QByteArray& content)
{
    QFile file(QDir(dir).filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

const QByteArray kWorkers = "worker_id,birth_date,hire_date\nW1,1990-01-01,2020-01-01\nW2,1991-05-05,2021-01-01\n";
const QByteArray kTime = "worker_id,date,time_in,time_out,break_minutes\n"
                         "W2,2026-01-05,08:00,17:00,60\n"
                         "W1,2026-01-05,08:00,17:00,60\n"
                         "W9,2026-01-05,08:00,17:00,60\n";
const QByteArray kTimeWithBadRow = kTime + "W1,2026-01-06,08:00,25:00,60\n";

} // namespace

class TestRecordDirectoryReader : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryKindAndInternsInRegisterOrder()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("workers.csv"), kWorkers);
        writeFile(dir.path(), QStringLiteral("time_records.csv"), kTime);
        writeFile(dir.path(), QStringLiteral("gate_log.csv"),
                  "worker_id,timestamp,direction\nW1,2026-01-05 07:50,in\n");
        writeFile(dir.path(), QStringLiteral("clock_attlog.dat"),
                  "W2\t2026-01-06 07:55:00\t0\t1\nW2\t2026-01-06 17:02:00\t1\t1\nW1\t2026-01-06 08:00:00\t0\t1\n");
        writeFile(dir.path(), QStringLiteral("notes.txt"), "not a record file");
        Result<RecordReadOutcome> read = RecordDirectoryReader::read(dir.path());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        const RecordReadOutcome& o = read.value();
        QVERIFY(o.acceptable());
        QCOMPARE(o.files.size(), size_t(4));
        QCOMPARE(o.records.workerIds.mid(0, 2), (QStringList{"W1", "W2"}));
        QCOMPARE(o.records.timeRecords.size(), size_t(4)); // 3 from the CSV, 1 paired from the attlog
        // Files merge in name order after workers.csv; each summary says where its records went.
        const auto csv = std::find_if(o.files.begin(), o.files.end(), [](const RecordFileSummary& f) {
            return f.kind == QLatin1String("time_records");
        });
        QVERIFY(csv != o.files.end());
        QCOMPARE(csv->endRecord - csv->firstRecord, size_t(3));
        QCOMPARE(o.records.workerId(o.records.timeRecords[csv->firstRecord].worker), QStringLiteral("W2"));
        QCOMPARE(o.records.workerId(o.records.timeRecords[csv->firstRecord + 2].worker),
                 QStringLiteral("W9")); // kept: unknown workers are a check's business
        QCOMPARE(o.records.gateEvents.size(), size_t(1));
        QCOMPARE(o.blockingIssues(), 0);
        QCOMPARE(o.issues.size(), size_t(1)); // W1's unpaired check-in
        QCOMPARE(o.issues[0].file, QStringLiteral("clock_attlog.dat"));
        QCOMPARE(o.issues[0].line, 3);
        QCOMPARE(o.rowCount(QStringLiteral("time_records")), 3);
    }

    void allOrNothingRefusesAnyBadRow()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("workers.csv"), kWorkers + "W3,1990-02-30,2020-01-01\n");
        writeFile(dir.path(), QStringLiteral("time_records.csv"), kTimeWithBadRow);
        Result<RecordReadOutcome> read = RecordDirectoryReader::read(dir.path());
        QVERIFY(read.ok());
        QVERIFY(!read->acceptable());
        QCOMPARE(read->blockingIssues(), 2); // every issue is listed, not just the first
        QStringList where;
        for (const RecordIssue& issue : read->issues) {
            where.append(issue.toString().section(QLatin1Char(':'), 0, 2));
        }
        where.sort();
        QCOMPARE(where, (QStringList{"time_records.csv:5: time_out", "workers.csv:4: birth_date"}));
    }

    void quarantineKeepsGoodRows()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("workers.csv"), kWorkers);
        writeFile(dir.path(), QStringLiteral("time_records.csv"), kTimeWithBadRow);
        RecordReadOptions options;
        options.mode = ImportMode::Quarantine;
        Result<RecordReadOutcome> read = RecordDirectoryReader::read(dir.path(), options);
        QVERIFY(read.ok());
        QVERIFY(read->acceptable());
        QCOMPARE(read->records.timeRecords.size(), size_t(3));
        QCOMPARE(read->issues.size(), size_t(1));
        QCOMPARE(read->issues[0].raw, QStringLiteral("W1,2026-01-06,08:00,25:00,60"));
    }

    void unusableFileFailsTheRead()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("workers.csv"), "worker_id,hire_date\nW1,2020-01-01\n");
        Result<RecordReadOutcome> read = RecordDirectoryReader::read(dir.path());
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("workers.csv:1")) &&
                     read.error().contains(QStringLiteral("birth_date")),
                 qPrintable(read.error()));

        QTemporaryDir empty;
        QVERIFY(!RecordDirectoryReader::read(empty.path()).ok());
        QVERIFY(!RecordDirectoryReader::read(empty.filePath(QStringLiteral("missing"))).ok());
    }

    void hashesWhenAsked()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("workers.csv"), kWorkers);
        RecordReadOptions options;
        options.computeSha256 = true;
        Result<RecordReadOutcome> read = RecordDirectoryReader::read(dir.path(), options);
        QVERIFY(read.ok());
        QCOMPARE(read->files[0].sha256, QCryptographicHash::hash(kWorkers, QCryptographicHash::Sha256).toHex());
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestRecordDirectoryReader)
#include "TestRecordDirectoryReader.moc"
