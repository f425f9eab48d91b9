#include "support/StoreSnapshot.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include "database/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace fieldbook;
using namespace fieldbook::test;

// A battery that dies mid-audit loses nothing, whatever Fieldbook was doing. Real processes — the
// CLI importing a factory's records, the CLI importing a signed package, the checklist's answer
// edits — are killed with SIGKILL (no destructor, no rollback, no checkpoint) at random moments,
// FIELDBOOK_KILL_ROUNDS times each (default 70: 210 kills in all). After every kill the store must
// open, pass `PRAGMA integrity_check` and the foreign-key check, hold every edit the writer reported
// saved, and hold either all of an import or none of it: every table has exactly the row count it
// had before the import or the one a complete import gives. The seed is printed (and can be set
// with FIELDBOOK_KILL_SEED) so a failing round can be replayed.
class TestKillAtRandom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testKillDuringRecordImport();
    void testKillDuringPackageImport();
    void testKillDuringAnswerEdits();

private:
    using TableCounts = QMap<QString, qint64>;
    struct Reference
    {
        TableCounts before;
        TableCounts after;
        qint64 durationMs = 0;
    };

    QString freshCopy(const QString& templateStore, int round);
    static TableCounts tableCounts(const QString& store)
    {
        return test::tableRowCounts(store);
    }
    static QString checkIntact(const QString& store);
    Reference measure(const QString& templateStore, const QStringList& arguments);
    void killImportsAtRandom(const QString& what, const QString& templateStore, const QStringList& arguments);
    QString cli(const QString& store, QStringList arguments);

    QTemporaryDir m_dir;
    int m_rounds = 70;
    QRandomGenerator m_random;
    QString m_recordsTemplate; // a store with an audit, before its records are imported
    QString m_records;         // the factory's files
    QString m_auditUuid;
    QString m_packageTemplate; // an empty store that trusts the package's key
    QString m_package;
    QString m_answersTemplate; // a store with an audit and its checklist
    qint64 m_answersAuditId = 0;
};

QString TestKillAtRandom::cli(const QString& store, QStringList arguments)
{
    arguments.prepend(store);
    arguments.prepend(QStringLiteral("--db"));
    QString out;
    QString err;
    const int code = runCli(arguments, &out, &err);
    if (code != 0) {
        qWarning("fieldbook-cli %s: exit %d: %s", qPrintable(arguments.join(QLatin1Char(' '))), code, qPrintable(err));
        return {};
    }
    return out.isEmpty() ? QStringLiteral(" ") : out;
}

void TestKillAtRandom::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_rounds = qEnvironmentVariableIntValue("FIELDBOOK_KILL_ROUNDS");
    if (m_rounds <= 0) {
        m_rounds = 70;
    }
    const quint32 seed = qEnvironmentVariableIsSet("FIELDBOOK_KILL_SEED")
                             ? quint32(qEnvironmentVariableIntValue("FIELDBOOK_KILL_SEED"))
                             : QRandomGenerator::global()->generate();
    m_random.seed(seed);
    qInfo("kill rounds per kind: %d, FIELDBOOK_KILL_SEED=%u", m_rounds, seed);

    // The records: a generated factory big enough that an import takes a noticeable time.
    m_records = m_dir.filePath(QStringLiteral("factory"));
    QVERIFY(!cli(m_dir.filePath(QStringLiteral("unused.sqlite")),
                 {"generate", "--out", m_records, "--workers", "80", "--days", "31"})
                 .isEmpty());

    m_recordsTemplate = m_dir.filePath(QStringLiteral("records-template.sqlite"));
    const QString created = cli(
        m_recordsTemplate, {"create-audit", "--facility", "Kill Test Garments", "--country", "VN", "--code", "rba"});
    m_auditUuid = QRegularExpression(QStringLiteral("[0-9a-f-]{36}")).match(created).captured(0);
    QVERIFY2(!m_auditUuid.isEmpty(), qPrintable(created));
    QVERIFY(!cli(m_recordsTemplate, {"derive-checklist", "--audit", m_auditUuid}).isEmpty());
    QFile::copy(m_recordsTemplate, m_dir.filePath(QStringLiteral("answers-template.sqlite")));
    m_answersTemplate = m_dir.filePath(QStringLiteral("answers-template.sqlite"));
    {
        Result<Database> db = Database::open(m_answersTemplate);
        QVERIFY(db.ok());
        m_answersAuditId =
            db->scalar(QStringLiteral("SELECT id FROM audits WHERE uuid = ?1"), {m_auditUuid})->toLongLong();
        QVERIFY(
            db->scalar(QStringLiteral("SELECT count(*) FROM checklist_items WHERE audit_id = ?1"), {m_answersAuditId})
                ->toInt() > 10);
    }

    // The package: the same audit with its records, signed by an auditor's key.
    const QString auditorStore = m_dir.filePath(QStringLiteral("auditor.sqlite"));
    QVERIFY(QFile::copy(m_recordsTemplate, auditorStore));
    QVERIFY(!cli(auditorStore, {"import", "--audit", m_auditUuid, "--records", m_records}).isEmpty());
    const QString passFile = m_dir.filePath(QStringLiteral("auditor.pass"));
    {
        QFile f(passFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kill test passphrase\n");
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QString pub = m_dir.filePath(QStringLiteral("auditor.pub"));
    const QString key = QRegularExpression(QStringLiteral("key ([0-9A-F]{16})"))
                            .match(cli(auditorStore, {"keygen", "--name", "Kill Test Auditor", "--out", pub,
                                                      "--passphrase-file", passFile}))
                            .captured(1);
    QVERIFY(!key.isEmpty());
    m_package = m_dir.filePath(QStringLiteral("audit.fieldbook"));
    QVERIFY(!cli(auditorStore,
                 {"export", "--audit", m_auditUuid, "--key", key, "--out", m_package, "--passphrase-file", passFile})
                 .isEmpty());
    m_packageTemplate = m_dir.filePath(QStringLiteral("package-template.sqlite"));
    QVERIFY(!cli(m_packageTemplate, {"trust", "--pubkey", pub, "--label", "Kill Test Auditor"}).isEmpty());
}

QString TestKillAtRandom::freshCopy(const QString& templateStore, int round)
{
    const QString path = m_dir.filePath(QStringLiteral("round-%1.sqlite").arg(round));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
    return QFile::copy(templateStore, path) ? path : QString();
}

// Empty when the store opens read-write (recovering its WAL) and is intact; else what is wrong.
QString TestKillAtRandom::checkIntact(const QString& store)
{
    Result<Database> db = Database::open(store);
    if (!db) {
        return QStringLiteral("does not open: ") + db.error();
    }
    const QString integrity = db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString();
    if (integrity != QLatin1String("ok")) {
        return QStringLiteral("integrity_check: ") + integrity;
    }
    if (db->scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"))->toInt() != 0) {
        return QStringLiteral("rows point at rows that are not there (foreign_key_check)");
    }
    return {};
}

TestKillAtRandom::Reference TestKillAtRandom::measure(const QString& templateStore, const QStringList& arguments)
{
    // The slowest of three whole runs: the kills must reach past the end of the import even when
    // the machine is busier than it was for one measurement.
    Reference ref;
    for (int run = 0; run < 3; ++run) {
        const QString store = freshCopy(templateStore, 0);
        ref.before = tableCounts(store);
        QElapsedTimer timer;
        timer.start();
        const QString out = cli(store, arguments);
        ref.durationMs = std::max(ref.durationMs, timer.elapsed());
        ref.after = out.isEmpty() ? TableCounts() : tableCounts(store);
    }
    return ref;
}

void TestKillAtRandom::killImportsAtRandom(const QString& what, const QString& templateStore,
                                           const QStringList& arguments)
{
    const Reference ref = measure(templateStore, arguments);
    QVERIFY2(!ref.after.isEmpty(), "the uninterrupted import failed");
    QVERIFY2(ref.after != ref.before, "the import wrote nothing: nothing to interrupt");
    // Kill anywhere from the start of the process to well after a whole run would have ended.
    const qint64 window = ref.durationMs * 2 + 50;
    int midway = 0;
    int complete = 0;
    for (int round = 1; round <= m_rounds; ++round) {
        const QString store = freshCopy(templateStore, round);
        QVERIFY(!store.isEmpty());
        QProcess process;
        QStringList args = arguments;
        args.prepend(store);
        args.prepend(QStringLiteral("--db"));
        const int delay = int(m_random.bounded(window));
        process.start(cliPath(), args);
        QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
        QThread::msleep(ulong(delay));
        process.kill();
        QVERIFY(process.waitForFinished(30000));
        const QString broken = checkIntact(store);
        QVERIFY2(
            broken.isEmpty(),
            qPrintable(
                QStringLiteral("%1, round %2 (killed after %3 ms): %4").arg(what).arg(round).arg(delay).arg(broken)));
        const TableCounts now = tableCounts(store);
        if (now == ref.after) {
            ++complete;
        } else {
            QVERIFY2(now == ref.before, qPrintable(QStringLiteral("%1, round %2 (killed after %3 ms): half an import "
                                                                  "is in the store")
                                                       .arg(what)
                                                       .arg(round)
                                                       .arg(delay)));
            ++midway;
        }
        QFile::remove(store);
        QFile::remove(store + QStringLiteral("-wal"));
        QFile::remove(store + QStringLiteral("-shm"));
    }
    qInfo("%s: %d kills (a whole run takes %lld ms): %d left nothing, %d found the import complete", qPrintable(what),
          m_rounds, ref.durationMs, midway, complete);
    // The random moments must really fall inside the import, not only before or after it.
    QVERIFY2(midway > 0 && complete > 0, "the kills all landed on one side of the import");
}

void TestKillAtRandom::testKillDuringRecordImport()
{
    killImportsAtRandom(QStringLiteral("record import"), m_recordsTemplate,
                        {"import", "--audit", m_auditUuid, "--records", m_records});
}

void TestKillAtRandom::testKillDuringPackageImport()
{
    killImportsAtRandom(QStringLiteral("package import"), m_packageTemplate, {"import-package", m_package});
}

void TestKillAtRandom::testKillDuringAnswerEdits()
{
    const QString writer = QCoreApplication::applicationDirPath() + QStringLiteral("/fieldbook_answer_writer");
    static const QRegularExpression saved(QStringLiteral("saved (\\d+) (\\d+)\\n"));
    int totalSaved = 0;
    for (int round = 1; round <= m_rounds; ++round) {
        const QString store = freshCopy(m_answersTemplate, round);
        QVERIFY(!store.isEmpty());
        QProcess process;
        process.start(writer, {store, QString::number(m_answersAuditId)});
        QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
        // From before the store is open to a few hundred edits in.
        const int delay = int(m_random.bounded(400));
        QThread::msleep(ulong(delay));
        process.kill();
        QVERIFY(process.waitForFinished(30000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.readAllStandardError().isEmpty(), "the writer reported an error before it was killed");
        // The last edit each item was reported to have: it (or the one edit after it that may have
        // committed without being reported) must be in the store.
        QHash<qint64, int> lastReported;
        int lastStep = 0;
        auto it = saved.globalMatch(output);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            lastStep = m.captured(1).toInt();
            lastReported.insert(m.captured(2).toLongLong(), lastStep);
        }
        totalSaved += lastStep;
        const QString broken = checkIntact(store);
        QVERIFY2(
            broken.isEmpty(),
            qPrintable(QStringLiteral("answers, round %1 (killed after %2 ms): %3").arg(round).arg(delay).arg(broken)));
        {
            Result<Database> db = Database::open(store, Database::OpenMode::ReadOnly);
            QVERIFY(db.ok());
            for (auto item = lastReported.constBegin(); item != lastReported.constEnd(); ++item) {
                const QString notes =
                    db->scalar(QStringLiteral("SELECT notes FROM checklist_responses WHERE item_id = ?1"), {item.key()})
                        ->toString();
                const int stored = notes.mid(5).toInt();
                QVERIFY2(stored >= item.value() && stored <= lastStep + 1,
                         qPrintable(QStringLiteral("answers, round %1: item %2 reported saved as edit %3, the store "
                                                   "has \"%4\"")
                                        .arg(round)
                                        .arg(item.key())
                                        .arg(item.value())
                                        .arg(notes)));
                QVERIFY(!db->scalar(QStringLiteral("SELECT answer FROM checklist_responses WHERE item_id = ?1"),
                                    {item.key()})
                             ->toString()
                             .isEmpty());
            }
        }
        QFile::remove(store);
        QFile::remove(store + QStringLiteral("-wal"));
        QFile::remove(store + QStringLiteral("-shm"));
    }
    qInfo("answer edits: %d kills, %d edits reported saved before them, all found", m_rounds, totalSaved);
    QVERIFY(totalSaved > 0);
}

FIELDBOOK_TEST_GUILESS_MAIN(TestKillAtRandom)
#include "TestKillAtRandom.moc"
