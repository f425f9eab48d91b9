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
    void testPunchesKindKeepsEveryRecord();

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

namespace {

// Every row of a table as text, in id order: what a rebuild must keep exactly.
QStringList rowsOf(const Database& db, const QString& table)
{
    Result<QVariant> columns =
        db.scalar(QStringLiteral("SELECT group_concat('quote(' || name || ')', \" || '|' || \") FROM "
                                 "pragma_table_info('%1')")
                      .arg(table));
    if (!columns) {
        return {QStringLiteral("error")};
    }
    Result<QVariant> all =
        db.scalar(QStringLiteral("SELECT group_concat(r, char(10)) FROM (SELECT %1 AS r FROM %2 ORDER BY id)")
                      .arg(columns->toString(), table));
    return all ? all->toString().split(QLatin1Char('\n')) : QStringList{QStringLiteral("error")};
}

} // namespace

void TestMigrations::testPunchesKindKeepsEveryRecord()
{
    // Schema 8 rebuilds record_imports, the parent of every imported record (ON DELETE CASCADE):
    // a store of schema 7 with an import of every kind and rows under each must lose nothing.
    const QString path = freshPath();
    const QStringList tables{QStringLiteral("record_imports"),   QStringLiteral("workers"),
                             QStringLiteral("time_records"),     QStringLiteral("payroll"),
                             QStringLiteral("production"),       QStringLiteral("gate_events"),
                             QStringLiteral("import_quarantine")};
    QHash<QString, QStringList> before;
    {
        Result<Database> v7 = Database::openWithMigrations(path, Migrator::builtIn().mid(0, 7));
        QVERIFY2(v7.ok(), qPrintable(v7.error()));
        QCOMPARE(v7->schemaVersion(), 7);
        QStringList sql{
            "INSERT INTO facilities (id, uuid, name, country, created_at, updated_at) VALUES (1, 'f1', 'Mill', 'VN', "
            "'2026-01-01', '2026-01-01')",
            "INSERT INTO audits (id, uuid, facility_id, title, country, updated_at, created_at) "
            "VALUES (1, 'a1', 1, 'Audit', 'VN', '2026-01-01', '2026-01-01')"};
        const char* kinds[] = {"workers", "time_records", "payroll", "production", "gate_log", "attlog"};
        for (int i = 0; i < 6; ++i) {
            sql << QStringLiteral("INSERT INTO record_imports (id, uuid, audit_id, kind, file_name, sha256, row_count, "
                                  "quarantined, mode, mapping_json, imported_at, imported_by) VALUES (%1, 'i%1', 1, "
                                  "'%2', '%2 file.csv', 'sha%1', 2, 1, 'quarantine', '{\"worker_id\":\"Emp No\"}', "
                                  "'2026-05-0%1T08:00:00Z', 'Ana')")
                       .arg(i + 1)
                       .arg(QLatin1String(kinds[i]));
            sql << QStringLiteral("INSERT INTO import_quarantine (import_id, line, column_name, reason, raw) "
                                  "VALUES (%1, 9, 'date', 'not a date', '')")
                       .arg(i + 1);
        }
        for (int w = 1; w <= 2; ++w) {
            sql << QStringLiteral("INSERT INTO workers (audit_id, import_id, source_line, worker_id, birth_date, "
                                  "hire_date, gender, department, position) VALUES (1, 1, %1, 'W%1', '1990-01-01', "
                                  "'2020-01-01', 'F', 'Sewing', 'Operator')")
                       .arg(w + 1);
            for (int import : {2, 6}) {
                sql << QStringLiteral("INSERT INTO time_records (audit_id, import_id, source_line, worker_id, date, "
                                      "time_in, time_out, break_minutes, department, source) VALUES (1, %2, %1, 'W%1', "
                                      "'2026-05-04', 28800, NULL, 60, 'Sewing', 'clock')")
                           .arg(w + 1)
                           .arg(import);
            }
            sql << QStringLiteral("INSERT INTO payroll (audit_id, import_id, source_line, worker_id, period_start, "
                                  "period_end, regular_hours, overtime_hours, regular_pay, overtime_pay, net_pay, "
                                  "leave_hours) VALUES (1, 3, %1, 'W%1', '2026-05-01', '2026-05-31', 208, 12.5, "
                                  "2080.25, 180, 2260.25, 8)")
                       .arg(w + 1);
            sql << QStringLiteral("INSERT INTO production (audit_id, import_id, source_line, date, department, units, "
                                  "standard_minutes) VALUES (1, 4, %1, '2026-05-04', 'Line %1', 1200, 0.75)")
                       .arg(w + 1);
            sql << QStringLiteral("INSERT INTO gate_events (audit_id, import_id, source_line, worker_id, timestamp, "
                                  "direction) VALUES (1, 5, %1, 'W%1', '2026-05-04T07:55:00', 'in')")
                       .arg(w + 1);
        }
        for (const QString& statement : sql) {
            const Status s = v7->exec(statement);
            QVERIFY2(s.ok(), qPrintable(statement + QStringLiteral(": ") + s.error()));
        }
        for (const QString& table : tables) {
            before.insert(table, rowsOf(*v7, table));
        }
        // A punch file cannot be recorded as itself before schema 8.
        QVERIFY(!v7->exec(QStringLiteral("INSERT INTO record_imports (uuid, audit_id, kind, file_name, sha256, "
                                         "imported_at) VALUES ('p0', 1, 'punches', 'p.csv', 'x', 'now')"))
                     .ok());
    }
    QCOMPARE(before.value(QStringLiteral("record_imports")).size(), 6);
    QCOMPARE(before.value(QStringLiteral("time_records")).size(), 4);

    Result<Database> latest = Database::open(path);
    QVERIFY2(latest.ok(), qPrintable(latest.error()));
    QVERIFY(latest->schemaVersion() >= 8);
    for (const QString& table : tables) {
        QCOMPARE(rowsOf(*latest, table), before.value(table));
    }
    QCOMPARE(latest->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1); // on again after the step
    QCOMPARE(latest->scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"))->toInt(), 0);
    QCOMPARE(latest->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
    QCOMPARE(latest->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE '%_v8'"))->toInt(), 0);
    // The index, the unique uuid and the tombstone trigger came back with the table.
    QCOMPARE(latest
                 ->scalar(QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE "
                                         "tbl_name = 'record_imports' AND type IN ('index', 'trigger') ORDER BY name)"))
                 ->toString(),
             QStringLiteral("deleted_rows_record_imports,record_imports_audit,sqlite_autoindex_record_imports_1"));
    QVERIFY(!latest
                 ->exec(QStringLiteral("INSERT INTO record_imports (uuid, audit_id, kind, file_name, sha256, "
                                       "imported_at) VALUES ('i1', 1, 'punches', 'p.csv', 'x', 'now')"))
                 .ok());
    // The punches kind is stored; a kind of no file still is not.
    QVERIFY(latest
                ->exec(QStringLiteral("INSERT INTO record_imports (id, uuid, audit_id, kind, file_name, sha256, "
                                      "imported_at) VALUES (7, 'p1', 1, 'punches', 'p.csv', 'x', 'now')"))
                .ok());
    QVERIFY(!latest
                 ->exec(QStringLiteral("INSERT INTO record_imports (uuid, audit_id, kind, file_name, sha256, "
                                       "imported_at) VALUES ('b1', 1, 'bogus', 'b.csv', 'x', 'now')"))
                 .ok());
    // The children's references lead to the new table: deleting an import still takes its rows
    // with it and leaves a tombstone.
    QVERIFY(latest->exec(QStringLiteral("DELETE FROM record_imports WHERE id = 6")).ok());
    QCOMPARE(latest->scalar(QStringLiteral("SELECT count(*) FROM time_records"))->toInt(), 2);
    QCOMPARE(latest->scalar(QStringLiteral("SELECT count(*) FROM import_quarantine"))->toInt(), 5);
    QCOMPARE(latest
                 ->scalar(QStringLiteral("SELECT count(*) FROM deleted_rows WHERE entity = 'record_imports' AND "
                                         "entity_uuid = 'i6'"))
                 ->toInt(),
             1);
}

FIELDBOOK_TEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
