#include "database/Database.h"
#include "database/Migration.h"
#include "support/TestRegistry.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fieldbook;

// The migration machinery: from an empty file, from every earlier version of the real schema,
// and its guarantees (one transaction per step, refusing newer stores) on synthetic migrations.
class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void testBuiltInMigrationsAreOrdered();
    void testEmptyFileReachesLatest();
    void testEveryEarlierVersionUpgrades_data();
    void testEveryEarlierVersionUpgrades();
    void testUpgradeKeepsData();
    void testFailedMigrationRollsBackWholeStep();
    void testNewerStoreIsRefused();
    void testOutOfOrderMigrationsRejected();
    void testNotADatabaseGivesCleanError();
    void testOldQuarantineLinesAreDropped();

private:
    static QList<Migration> syntheticMigrations();
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_counter));
    }
};

QList<Migration> TestMigrations::syntheticMigrations()
{
    return {
        {1, QStringLiteral("people"), QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT);")},
        {2, QStringLiteral("people_email"),
         QStringLiteral("ALTER TABLE people ADD COLUMN email TEXT; UPDATE people SET email = name || '@example.org';")},
    };
}

void TestMigrations::testBuiltInMigrationsAreOrdered()
{
    const QList<Migration> migrations = Migrator::builtIn();
    QVERIFY(!migrations.isEmpty());
    QVERIFY2(Migrator::validate(migrations).ok(), qPrintable(Migrator::validate(migrations).error()));
    QCOMPARE(Migrator::latestVersion(), migrations.last().version);
}

void TestMigrations::testEmptyFileReachesLatest()
{
    Result<Database> db = Database::open(freshPath());
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db->schemaVersion(), Migrator::latestVersion());
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"))->toInt(), 0);
    // The core tables of the mission exist.
    for (const char* table :
         {"facilities", "audits", "checklist_items", "checklist_responses", "evidence", "interviews",
          "interview_answers", "workers", "time_records", "payroll", "production", "gate_events", "analysis_flags",
          "findings", "corrective_actions", "auditor_keys", "audit_trail"}) {
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1"),
                            {QString::fromLatin1(table)})
                     ->toInt(),
                 1);
    }
}

void TestMigrations::testEveryEarlierVersionUpgrades_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int v = 0; v < Migrator::latestVersion(); ++v) {
        QTest::addRow("from v%d", v) << v;
    }
}

void TestMigrations::testEveryEarlierVersionUpgrades()
{
    QFETCH(int, fromVersion);
    const QString path = freshPath();
    {
        Result<Database> old = Database::openWithMigrations(path, Migrator::builtIn().mid(0, fromVersion));
        QVERIFY2(old.ok(), qPrintable(old.error()));
        QCOMPARE(old->schemaVersion(), fromVersion);
    }
    Result<Database> db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db->schemaVersion(), Migrator::latestVersion());
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"))->toInt(), 0);
}

void TestMigrations::testUpgradeKeepsData()
{
    const QString path = freshPath();
    {
        Result<Database> v1 = Database::openWithMigrations(path, syntheticMigrations().mid(0, 1));
        QVERIFY(v1.ok());
        QVERIFY(v1->exec(QStringLiteral("INSERT INTO people (name) VALUES ('ana'), ('bo')")).ok());
    }
    Result<Database> v2 = Database::openWithMigrations(path, syntheticMigrations());
    QVERIFY2(v2.ok(), qPrintable(v2.error()));
    QCOMPARE(v2->schemaVersion(), 2);
    QCOMPARE(v2->scalar(QStringLiteral("SELECT email FROM people WHERE name = 'bo'"))->toString(),
             QStringLiteral("bo@example.org"));
}

void TestMigrations::testFailedMigrationRollsBackWholeStep()
{
    const QString path = freshPath();
    {
        Result<Database> v1 = Database::openWithMigrations(path, syntheticMigrations().mid(0, 1));
        QVERIFY(v1.ok());
        QVERIFY(v1->exec(QStringLiteral("INSERT INTO people (name) VALUES ('ana')")).ok());
    }
    // Step 2 changes data, then fails: neither the change nor the version bump may stay.
    QList<Migration> broken = syntheticMigrations().mid(0, 1);
    broken.append({2, QStringLiteral("broken"),
                   QStringLiteral("UPDATE people SET name = 'changed'; INSERT INTO no_such_table VALUES (1);")});
    Result<Database> failed = Database::openWithMigrations(path, broken);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().contains(QStringLiteral("version 2")), qPrintable(failed.error()));

    Result<Database> again = Database::openWithMigrations(path, syntheticMigrations().mid(0, 1));
    QVERIFY(again.ok());
    QCOMPARE(again->schemaVersion(), 1);
    QCOMPARE(again->scalar(QStringLiteral("SELECT name FROM people"))->toString(), QStringLiteral("ana"));
}

void TestMigrations::testNewerStoreIsRefused()
{
    const QString path = freshPath();
    {
        Result<Database> v2 = Database::openWithMigrations(path, syntheticMigrations());
        QVERIFY(v2.ok());
    }
    Result<Database> older = Database::openWithMigrations(path, syntheticMigrations().mid(0, 1));
    QVERIFY(!older.ok());
    QVERIFY2(older.error().contains(QStringLiteral("newer")), qPrintable(older.error()));
}

void TestMigrations::testOutOfOrderMigrationsRejected()
{
    QList<Migration> list = syntheticMigrations();
    list[1].version = 3;
    QVERIFY(!Migrator::validate(list).ok());
    Result<Database> db = Database::openWithMigrations(freshPath(), list);
    QVERIFY(!db.ok());
}

void TestMigrations::testNotADatabaseGivesCleanError()
{
    const QString path = freshPath();
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    Result<Database> db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(path), qPrintable(db.error()));
}

void TestMigrations::testOldQuarantineLinesAreDropped()
{
    // A store of schema 5 holds a quarantined line with a phone number in clear (finding 2).
    const QString path = freshPath();
    {
        Result<Database> v5 = Database::openWithMigrations(path, Migrator::builtIn().mid(0, 5));
        QVERIFY2(v5.ok(), qPrintable(v5.error()));
        for (const char* sql :
             {"INSERT INTO facilities (id, uuid, name, country, created_at, updated_at) VALUES (1, 'f1', 'Mill', 'CN', "
              "'2026-01-01', '2026-01-01')",
              "INSERT INTO audits (id, uuid, facility_id, title, country, updated_at, created_at) "
              "VALUES (1, 'a1', 1, 'Audit', 'CN', '2026-01-01', '2026-01-01')",
              "INSERT INTO record_imports (id, uuid, audit_id, kind, file_name, sha256, imported_at) "
              "VALUES (1, 'i1', 1, 'workers', 'workers.csv', 'x', '2026-01-01')",
              "INSERT INTO import_quarantine (import_id, line, column_name, reason, raw) "
              "VALUES (1, 7, 'hire_date', 'not a date', 'W7,***,+86 138 0013 8000,x')"}) {
            const Status s = v5->exec(QLatin1String(sql));
            QVERIFY2(s.ok(), qPrintable(s.error()));
        }
    }
    Result<Database> latest = Database::open(path);
    QVERIFY2(latest.ok(), qPrintable(latest.error()));
    QCOMPARE(latest->schemaVersion(), Migrator::latestVersion());
    QCOMPARE(latest->scalar(QStringLiteral("SELECT raw FROM import_quarantine"))->toString(), QString());
    QCOMPARE(latest->scalar(QStringLiteral("SELECT reason FROM import_quarantine"))->toString(),
             QStringLiteral("not a date"));
}

FIELDBOOK_TEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
