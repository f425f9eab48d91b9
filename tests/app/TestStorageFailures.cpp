#include "support/StoreSnapshot.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include "app/fieldwork/ChecklistResponses.h"
#include "database/Database.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace fieldbook;
using namespace fieldbook::test;

// When the machine says no: a full disk, a read-only store, another Fieldbook writing the same
// store. Each gives the auditor a sentence that says what happened to the work (never a hang, never
// a crash), and leaves the store intact with nothing half written.
//
// The disk is really full and the store really read-only: as root with CAP_SYS_ADMIN (CI, a
// container) the test mounts a small tmpfs and remounts it read-only; otherwise the disk-full case
// limits the CLI's file size (RLIMIT_FSIZE, the kernel refuses the write just as a full disk
// does) and the read-only case takes the write permission away.
class TestStorageFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void testDiskFullDuringImport();
    void testReadOnlyStore();
    void testCliSaysBusyWhileAnotherWrites();
    void testEditsAndImportTogetherLoseNothing();

private:
    using TableCounts = QMap<QString, qint64>;
    static TableCounts tableCounts(const QString& store)
    {
        return test::tableRowCounts(store);
    }
    static QString integrity(const QString& store);
    static QByteArray sha256(const QString& path);
    bool mountTmpfs(const QString& dir, qint64 bytes);
    int runCliIn(const QStringList& arguments, const QStringList& prefix, QString* err, qint64* elapsedMs = nullptr);

    QTemporaryDir m_dir;
    QString m_template; // a store with an audit, before its records are imported
    QString m_records;
    QString m_auditUuid;
    QStringList m_mounts;
};

void TestStorageFailures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_records = m_dir.filePath(QStringLiteral("factory"));
    QString out;
    QString err;
    QCOMPARE(runCli({"generate", "--out", m_records, "--workers", "60", "--days", "31"}, &out, &err), 0);
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    QCOMPARE(runCli({"--db", m_template, "create-audit", "--facility", "Full Disk Footwear", "--country", "VN",
                     "--code", "rba"},
                    &out, &err),
             0);
    m_auditUuid = QRegularExpression(QStringLiteral("[0-9a-f-]{36}")).match(out).captured(0);
    QVERIFY2(!m_auditUuid.isEmpty(), qPrintable(out));
    QCOMPARE(runCli({"--db", m_template, "derive-checklist", "--audit", m_auditUuid}, &out, &err), 0);
}

void TestStorageFailures::cleanup()
{
    for (const QString& mount : std::as_const(m_mounts)) {
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), mount});
    }
    m_mounts.clear();
}

QString TestStorageFailures::integrity(const QString& store)
{
    Result<Database> db = Database::open(store, Database::OpenMode::ReadOnly);
    if (!db) {
        return db.error();
    }
    return db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString();
}

QByteArray TestStorageFailures::sha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

bool TestStorageFailures::mountTmpfs(const QString& dir, qint64 bytes)
{
    // FIELDBOOK_TEST_NO_MOUNT=1 runs the fallbacks as root too (how the test runs without root).
    if (::geteuid() != 0 || qEnvironmentVariableIsSet("FIELDBOOK_TEST_NO_MOUNT")) {
        return false;
    }
    QProcess mount;
    mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=%1").arg(bytes), QStringLiteral("tmpfs"), dir});
    if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0) {
        return false;
    }
    m_mounts << dir;
    return true;
}

// Runs fieldbook-cli under `prefix` (e.g. prlimit); returns its exit code, -2 if it crashed.
int TestStorageFailures::runCliIn(const QStringList& arguments, const QStringList& prefix, QString* err,
                                  qint64* elapsedMs)
{
    QProcess process;
    QStringList args = prefix.mid(1);
    args << cliPath() << arguments;
    QElapsedTimer timer;
    timer.start();
    if (prefix.isEmpty()) {
        process.start(cliPath(), arguments);
    } else {
        process.start(prefix.first(), args);
    }
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (elapsedMs) {
        *elapsedMs = timer.elapsed();
    }
    *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void TestStorageFailures::testDiskFullDuringImport()
{
    const QString dir = m_dir.filePath(QStringLiteral("small-disk"));
    QVERIFY(QDir().mkpath(dir));
    const qint64 storeSize = QFileInfo(m_template).size();
    // Room for the store and a little more, far less than the import's write-ahead log needs.
    const qint64 room = storeSize + 96 * 1024;
    const bool realDisk = mountTmpfs(dir, room);
    const QString store = dir + QStringLiteral("/store.sqlite");
    QVERIFY(QFile::copy(m_template, store));
    const TableCounts before = tableCounts(store);
    QVERIFY(!before.isEmpty());

    // Without a small disk, the kernel's file-size limit does the same: the write is refused
    // (SIGXFSZ ignored, as a full disk sends none). The limit is per file, so it is set below the
    // write-ahead log's growth (64 KiB), not at the store's size.
    const QStringList prefix =
        realDisk ? QStringList()
                 : QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                               QStringLiteral("trap '' XFSZ; exec prlimit --fsize=%1 \"$@\"").arg(64 * 1024),
                               QStringLiteral("sh")};
    qInfo("disk full: %s", realDisk ? "a tmpfs of the store's size + 96 KiB" : "RLIMIT_FSIZE (not root)");
    QString err;
    const int code = runCliIn({"--db", store, "import", "--audit", m_auditUuid, "--records", m_records}, prefix, &err);
    QVERIFY2(code > 0, qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(err)));
    QVERIFY2(err.contains(QStringLiteral("The disk is full")) ||
                 err.contains(QStringLiteral("The disk reported an error while writing")),
             qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("not saved")), qPrintable(err));

    // Nothing half written, the store intact; with room again, the same import goes through.
    if (realDisk) {
        QCOMPARE(
            QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,size=64m"), dir}),
            0);
    }
    QCOMPARE(integrity(store), QStringLiteral("ok"));
    QCOMPARE(tableCounts(store), before);
    QCOMPARE(runCliIn({"--db", store, "import", "--audit", m_auditUuid, "--records", m_records}, {}, &err), 0);
    QCOMPARE(integrity(store), QStringLiteral("ok"));
    QVERIFY(tableCounts(store).value(QStringLiteral("time_records")) > 1000);
}

void TestStorageFailures::testReadOnlyStore()
{
    const QString dir = m_dir.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(dir));
    const bool mounted = mountTmpfs(dir, 16 * 1024 * 1024);
    if (!mounted && ::geteuid() == 0) {
        QSKIP("root without CAP_SYS_ADMIN: no read-only mount, and file permissions do not bind root");
    }
    const QString store = dir + QStringLiteral("/store.sqlite");
    QVERIFY(QFile::copy(m_template, store));
    if (mounted) {
        QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), dir}),
                 0);
    } else {
        QVERIFY(QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    const QByteArray hashBefore = sha256(store);

    // Writing commands say so at once, before any work, and change nothing.
    QString err;
    qint64 elapsed = 0;
    int code = runCliIn({"--db", store, "import", "--audit", m_auditUuid, "--records", m_records}, {}, &err, &elapsed);
    QVERIFY2(code > 0, qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(err)));
    QVERIFY2(err.contains(QStringLiteral("read-only")), qPrintable(err));
    QVERIFY2(elapsed < 10000, "a read-only store must be refused at once, not after waiting");
    code = runCliIn({"--db", store, "create-audit", "--facility", "X", "--country", "VN", "--code", "rba"}, {}, &err);
    QVERIFY2(code > 0 && err.contains(QStringLiteral("read-only")), qPrintable(err));
    QCOMPARE(sha256(store), hashBefore);
    QVERIFY(!QFile::exists(store + QStringLiteral("-wal")));
    if (!mounted) {
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
}

void TestStorageFailures::testCliSaysBusyWhileAnotherWrites()
{
    const QString store = m_dir.filePath(QStringLiteral("busy.sqlite"));
    QVERIFY(QFile::copy(m_template, store));
    const TableCounts before = tableCounts(store);
    QString err;
    {
        // Another Fieldbook in the middle of a long write (the GUI saving, another import).
        Result<Database> other = Database::open(store);
        QVERIFY(other.ok());
        Transaction holding(other.value());
        QVERIFY(holding.isActive());
        qint64 elapsed = 0;
        const int code =
            runCliIn({"--db", store, "import", "--audit", m_auditUuid, "--records", m_records}, {}, &err, &elapsed);
        QVERIFY2(code > 0, qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(err)));
        QVERIFY2(err.contains(QStringLiteral("The store is busy")), qPrintable(err));
        // Bounded: the busy timeout (5 s) and the work before it, never a hang.
        QVERIFY2(elapsed < 30000, qPrintable(QString::number(elapsed)));
    }
    QCOMPARE(tableCounts(store), before);
    QCOMPARE(runCliIn({"--db", store, "import", "--audit", m_auditUuid, "--records", m_records}, {}, &err), 0);
}

void TestStorageFailures::testEditsAndImportTogetherLoseNothing()
{
    // The checklist page saving answers (ChecklistResponses, as the GUI does) while the CLI imports
    // records into the same store: each save either lands or says "busy"; none is lost silently,
    // none waits without end, and the import is whole.
    const QString store = m_dir.filePath(QStringLiteral("together.sqlite"));
    QVERIFY(QFile::copy(m_template, store));
    Result<Database> opened = Database::open(store);
    QVERIFY(opened.ok());
    Database& db = opened.value();
    QList<qint64> items;
    {
        Result<Statement> s = db.prepare(QStringLiteral("SELECT id FROM checklist_items ORDER BY id LIMIT 40"));
        while (s->step()) {
            items << s->int64(0);
        }
    }
    QVERIFY(items.size() >= 10);

    QProcess import;
    import.start(cliPath(), {"--db", store, "import", "--audit", m_auditUuid, "--records", m_records});
    QVERIFY(import.waitForStarted());
    ChecklistResponses responses(db);
    QHash<qint64, QString> saved;
    int busy = 0;
    int n = 0;
    qint64 longestMs = 0;
    while (import.state() != QProcess::NotRunning || n < 20) {
        ++n;
        const qint64 item = items.at(n % items.size());
        QElapsedTimer timer;
        timer.start();
        Result<QString> r = responses.setNotes(item, QStringLiteral("note %1").arg(n));
        longestMs = std::max(longestMs, timer.elapsed());
        if (r) {
            saved.insert(item, QStringLiteral("note %1").arg(n));
        } else {
            QVERIFY2(r.error().contains(QStringLiteral("The store is busy")), qPrintable(r.error()));
            ++busy;
        }
        import.waitForFinished(5);
    }
    QVERIFY(import.state() == QProcess::NotRunning || import.waitForFinished(120000));
    QCOMPARE(import.exitStatus(), QProcess::NormalExit);
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    QVERIFY2(longestMs < 7000, qPrintable(QString::number(longestMs)));
    qInfo("%d saves during the import: %d saved, %d said busy; longest %lld ms", n, int(saved.size()), busy, longestMs);
    for (auto it = saved.constBegin(); it != saved.constEnd(); ++it) {
        QCOMPARE(db.scalar(QStringLiteral("SELECT notes FROM checklist_responses WHERE item_id = ?1"), {it.key()})
                     ->toString(),
                 it.value());
    }
    QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM time_records"))->toInt() > 1000);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
}

FIELDBOOK_TEST_GUILESS_MAIN(TestStorageFailures)
#include "TestStorageFailures.moc"
