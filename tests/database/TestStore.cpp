#include "database/AuditRepository.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/FieldEditor.h"
#include "support/TestRegistry.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fieldbook;

// The store's guarantees: durability settings, foreign keys, stable ids, one transaction per
// edit with its audit-trail row, an append-only trail, and the personal-data column register.
class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void testDurabilityPragmas();
    void testForeignKeysEnforced();
    void testCascadeDeletesAuditContents();
    void testCreateAuditWritesTrail();
    void testCreateAuditValidation();
    void testFieldEditWritesValueAndTrail();
    void testUnchangedValueWritesNoTrail();
    void testNonEditableFieldRefused();
    void testAuditTrailIsAppendOnly();
    void testPersonalValuesNeverInTrail();
    void testFailedEditLeavesNothing();
    void testNestedTransactionRollsBackInner();
    void testPersonalDataColumnsRegistered();
    void testStableIdsAreUuids();

private:
    Audit makeAudit();
    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
};

void TestStore::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++n));
    Result<Database> db = Database::open(m_path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = db.take();
    m_db.setActor(QStringLiteral("Test Auditor"));
}

Audit TestStore::makeAudit()
{
    Facility f;
    f.name = QStringLiteral("Sunrise Apparel");
    f.country = QStringLiteral("bd");
    Audit a;
    a.codes = {QStringLiteral("sa8000"), QStringLiteral("wrap")};
    Result<Audit> created = AuditRepository(m_db).createAudit(f, a);
    if (!created) {
        qWarning() << created.error();
        return {};
    }
    return created.value();
}

void TestStore::testDurabilityPragmas()
{
    QCOMPARE(m_db.scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    QCOMPARE(m_db.scalar(QStringLiteral("PRAGMA synchronous"))->toInt(), 2); // FULL
    QCOMPARE(m_db.scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
}

void TestStore::testForeignKeysEnforced()
{
    const Status s = m_db.exec(QStringLiteral(
        "INSERT INTO audits (uuid, facility_id, title, country, created_at, updated_at) "
        "VALUES ('x', 9999, 't', 'CN', 'now', 'now')"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("FOREIGN KEY")), qPrintable(s.error()));
}

void TestStore::testCascadeDeletesAuditContents()
{
    const Audit a = makeAudit();
    QVERIFY(!a.uuid.isEmpty());
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO time_records (audit_id, worker_id, date, time_in, time_out) VALUES "
                                     "(%1, 'W1', '2026-01-05', 28800, 61200)")
                          .arg(a.id))
                .ok());
    QVERIFY(AuditRepository(m_db).deleteAudit(a.uuid).ok());
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM time_records"))->toInt(), 0);
    // The trail outlives what it describes.
    Result<QList<AuditTrailEntry>> trail = AuditTrail::forAudit(m_db, a.uuid);
    QVERIFY(trail.ok());
    QCOMPARE(trail->last().action, QStringLiteral("delete"));
}

void TestStore::testCreateAuditWritesTrail()
{
    const Audit a = makeAudit();
    Result<Audit> read = AuditRepository(m_db).auditByUuid(a.uuid);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->codes, QStringList({QStringLiteral("sa8000"), QStringLiteral("wrap")}));
    QCOMPARE(read->country, QStringLiteral("BD"));
    QCOMPARE(read->title, QStringLiteral("Sunrise Apparel"));
    Result<QList<AuditTrailEntry>> trail = AuditTrail::forAudit(m_db, a.uuid);
    QVERIFY(trail.ok());
    QCOMPARE(trail->size(), 1);
    QCOMPARE(trail->first().action, QStringLiteral("insert"));
    QCOMPARE(trail->first().actor, QStringLiteral("Test Auditor"));

    Result<QList<AuditSummary>> list = AuditRepository(m_db).listAudits();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().facilityName, QStringLiteral("Sunrise Apparel"));
}

void TestStore::testCreateAuditValidation()
{
    Facility f;
    f.name = QStringLiteral("   ");
    f.country = QStringLiteral("CN");
    Audit a;
    a.codes = {QStringLiteral("rba")};
    Result<Audit> r = AuditRepository(m_db).createAudit(f, a);
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("name")));
    f.name = QStringLiteral("Ok");
    f.country = QStringLiteral("China");
    QVERIFY(!AuditRepository(m_db).createAudit(f, a).ok());
    f.country = QStringLiteral("CN");
    a.codes.clear();
    QVERIFY(!AuditRepository(m_db).createAudit(f, a).ok());
    // Nothing half-written by the failed attempts.
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM facilities"))->toInt(), 0);
}

void TestStore::testFieldEditWritesValueAndTrail()
{
    const Audit a = makeAudit();
    FieldEditor editor(m_db);
    Result<QVariant> old = editor.setValue(QStringLiteral("audits"), a.uuid, QStringLiteral("scope"),
                                           QStringLiteral("Sewing and packing lines"));
    QVERIFY2(old.ok(), qPrintable(old.error()));
    QVERIFY(old->isNull());
    QVERIFY(editor.setValue(QStringLiteral("audits"), a.uuid, QStringLiteral("scope"), QStringLiteral("Whole site")).ok());

    // A second connection (as after a crash and restart) sees the committed value.
    Result<Database> other = Database::open(m_path);
    QVERIFY(other.ok());
    QCOMPARE(other->scalar(QStringLiteral("SELECT scope FROM audits WHERE uuid = ?1"), {a.uuid})->toString(),
             QStringLiteral("Whole site"));

    Result<QList<AuditTrailEntry>> trail = AuditTrail::forEntity(m_db, a.uuid);
    QVERIFY(trail.ok());
    QCOMPARE(trail->size(), 3); // insert + two edits
    const AuditTrailEntry& last = trail->last();
    QCOMPARE(last.field, QStringLiteral("scope"));
    QCOMPARE(last.oldValue.toString(), QStringLiteral("Sewing and packing lines"));
    QCOMPARE(last.newValue.toString(), QStringLiteral("Whole site"));
    QCOMPARE(last.auditUuid, a.uuid);
    QVERIFY(!last.at.isEmpty());
}

void TestStore::testUnchangedValueWritesNoTrail()
{
    const Audit a = makeAudit();
    FieldEditor editor(m_db);
    QVERIFY(editor.setValue(QStringLiteral("audits"), a.uuid, QStringLiteral("title"), a.title).ok());
    QCOMPARE(AuditTrail::forEntity(m_db, a.uuid)->size(), 1);
}

void TestStore::testNonEditableFieldRefused()
{
    const Audit a = makeAudit();
    FieldEditor editor(m_db);
    Result<QVariant> r = editor.setValue(QStringLiteral("audits"), a.uuid, QStringLiteral("uuid"), QStringLiteral("x"));
    QVERIFY(!r.ok());
    QVERIFY(!editor.setValue(QStringLiteral("audit_trail"), a.uuid, QStringLiteral("actor"), QStringLiteral("x")).ok());
    QVERIFY(!editor.setValue(QStringLiteral("audits; DROP TABLE audits"), a.uuid, QStringLiteral("title"), 1).ok());
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT uuid FROM audits"))->toString(), a.uuid);
}

void TestStore::testAuditTrailIsAppendOnly()
{
    makeAudit();
    const int before = m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_trail WHERE actor = 'Test Auditor'"))->toInt();
    QVERIFY(before >= 2); // facility and audit creation
    const Status update = m_db.exec(QStringLiteral("UPDATE audit_trail SET actor = 'someone else'"));
    QVERIFY(!update.ok());
    QVERIFY(update.error().contains(QStringLiteral("append-only")));
    QVERIFY(!m_db.exec(QStringLiteral("DELETE FROM audit_trail")).ok());
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_trail WHERE actor = 'Test Auditor'"))->toInt(),
             before);
}

void TestStore::testPersonalValuesNeverInTrail()
{
    const Audit a = makeAudit();
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO interviews (uuid, audit_id, kind, pseudonym, created_at, updated_at) "
                                     "VALUES ('iv-1', %1, 'worker', 'W-01', 'now', 'now')")
                          .arg(a.id))
                .ok());
    const QByteArray sealed("sealed-bytes-standing-for-ciphertext");
    FieldEditor editor(m_db);
    QVERIFY(editor.setValue(QStringLiteral("interviews"), QStringLiteral("iv-1"), QStringLiteral("notes"), sealed).ok());
    Result<QList<AuditTrailEntry>> trail = AuditTrail::forEntity(m_db, QStringLiteral("iv-1"));
    QVERIFY(trail.ok());
    QCOMPARE(trail->size(), 1);
    QVERIFY(!trail->first().newValue.toString().contains(QStringLiteral("sealed-bytes")));
    QCOMPARE(trail->first().auditUuid, a.uuid);
}

void TestStore::testFailedEditLeavesNothing()
{
    const Audit a = makeAudit();
    // A CHECK constraint refuses the value: neither the value nor a trail row may stay.
    FieldEditor editor(m_db);
    Result<QVariant> r = editor.setValue(QStringLiteral("audits"), a.uuid, QStringLiteral("status"),
                                         QStringLiteral("not-a-status"));
    QVERIFY(!r.ok());
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT status FROM audits"))->toString(), QStringLiteral("planned"));
    QCOMPARE(AuditTrail::forEntity(m_db, a.uuid)->size(), 1);
}

void TestStore::testNestedTransactionRollsBackInner()
{
    Transaction outer(m_db);
    QVERIFY(outer.isActive());
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO store_meta VALUES ('a', '1')")).ok());
    {
        Transaction inner(m_db);
        QVERIFY(inner.isActive());
        QVERIFY(m_db.exec(QStringLiteral("INSERT INTO store_meta VALUES ('b', '2')")).ok());
        // inner goes out of scope without commit: only its work is undone
    }
    QVERIFY(outer.commit().ok());
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT group_concat(key) FROM store_meta"))->toString(), QStringLiteral("a"));
}

void TestStore::testPersonalDataColumnsRegistered()
{
    Result<Statement> s = m_db.prepare(QStringLiteral("SELECT table_name, column_name FROM personal_data_columns"));
    QVERIFY(s.ok());
    int count = 0;
    QStringList registered;
    while (s->step()) {
        const QString table = s->text(0);
        const QString column = s->text(1);
        registered << table + QLatin1Char('.') + column;
        // Every registered column exists and is a BLOB: it holds ciphertext, never text.
        Result<QVariant> type = m_db.scalar(
            QStringLiteral("SELECT type FROM pragma_table_info(?1) WHERE name = ?2"), {table, column});
        QVERIFY2(type.ok() && type->toString() == QStringLiteral("BLOB"), qPrintable(table + "." + column));
        ++count;
    }
    QVERIFY(registered.contains(QStringLiteral("workers.name")));
    QVERIFY(registered.contains(QStringLiteral("interviews.notes")));
    QVERIFY(registered.contains(QStringLiteral("interview_answers.free_text")));
    QVERIFY(count >= 4);
}

void TestStore::testStableIdsAreUuids()
{
    const Audit a = makeAudit();
    QVERIFY(!QUuid::fromString(a.uuid).isNull());
    Result<Facility> f = AuditRepository(m_db).facility(a.facilityId);
    QVERIFY(f.ok());
    QVERIFY(!QUuid::fromString(f->uuid).isNull());
    QVERIFY(f->uuid != a.uuid);
}

FIELDBOOK_TEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
