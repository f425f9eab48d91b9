#include "database/AuditRepository.h"
#include "database/Database.h"
#include "support/TestRegistry.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace fieldbook;

// A battery that dies mid-audit loses nothing: a writer process is killed with SIGKILL in the
// middle of its writes; the store must open, pass integrity_check, and hold every edit the writer
// reported as committed, and no half of any batch.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void testKillNineMidWrite_data();
    void testKillNineMidWrite();
};

void TestCrashSafety::testKillNineMidWrite_data()
{
    QTest::addColumn<int>("commitsBeforeKill");
    QTest::newRow("early") << 3;
    QTest::newRow("later") << 40;
    QTest::newRow("much later") << 150;
}

void TestCrashSafety::testKillNineMidWrite()
{
    QFETCH(int, commitsBeforeKill);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    Audit audit;
    {
        Result<Database> db = Database::open(path);
        QVERIFY(db.ok());
        Facility f;
        f.name = QStringLiteral("Crash Test Factory");
        f.country = QStringLiteral("VN");
        Audit a;
        a.codes = {QStringLiteral("rba")};
        Result<Audit> created = AuditRepository(db.value()).createAudit(f, a);
        QVERIFY(created.ok());
        audit = created.value();
    }

    const QString writer = QCoreApplication::applicationDirPath() + QStringLiteral("/fieldbook_store_writer");
    QProcess process;
    process.start(writer, {path, audit.uuid, QString::number(audit.id)});
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));

    int lastReported = 0;
    QByteArray output;
    static const QRegularExpression committed(QStringLiteral("committed (\\d+)\\n"));
    QElapsedTimer timer;
    timer.start();
    while (lastReported < commitsBeforeKill && timer.elapsed() < 60000) {
        if (!process.waitForReadyRead(5000)) {
            QFAIL(qPrintable(QStringLiteral("writer stopped: ") + QString::fromUtf8(process.readAllStandardError())));
        }
        output += process.readAllStandardOutput();
        auto it = committed.globalMatch(QString::fromUtf8(output));
        while (it.hasNext()) {
            lastReported = it.next().captured(1).toInt();
        }
    }
    process.kill(); // SIGKILL: no destructors, no rollback, no checkpoint
    QVERIFY(process.waitForFinished());
    // Whatever was printed between the last read and the kill also counts as reported.
    output += process.readAllStandardOutput();
    auto it = committed.globalMatch(QString::fromUtf8(output));
    while (it.hasNext()) {
        lastReported = it.next().captured(1).toInt();
    }
    QVERIFY(lastReported >= commitsBeforeKill);

    Result<Database> reopened = Database::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QCOMPARE(reopened->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
    QCOMPARE(reopened->scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"))->toInt(), 0);

    // Every reported edit is there (the writer may have committed one more before dying).
    const QString scope = reopened->scalar(QStringLiteral("SELECT scope FROM audits WHERE uuid = ?1"), {audit.uuid})
                              ->toString();
    const int lastEdit = scope.mid(5).toInt();
    QVERIFY2(lastEdit >= lastReported && lastEdit <= lastReported + 1, qPrintable(scope));
    // Batches are all or nothing: whole batches only, at least one per reported commit.
    const int rows = reopened->scalar(QStringLiteral("SELECT count(*) FROM time_records"))->toInt();
    QCOMPARE(rows % 250, 0);
    QVERIFY(rows / 250 >= lastReported);
    QVERIFY(rows / 250 <= lastReported + 1);
    // And every edit left its trail row.
    QVERIFY(reopened->scalar(QStringLiteral("SELECT count(*) FROM audit_trail WHERE field = 'scope'"))->toInt() >=
            lastReported);
}

FIELDBOOK_TEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
