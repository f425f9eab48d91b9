#include "support/PersonalDataFixture.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include "app/signing/EncryptionKeyStore.h"
#include "app/signing/KeyStore.h"
#include "app/signing/Minisign.h"
#include "app/sync/AuditPackage.h"
#include "app/sync/SyncConflicts.h"
#include "database/AuditRepository.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/FieldEditor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace fieldbook;
using namespace fieldbook::test;

// Sync conflicts: listed with both values and who changed them when; each resolved by keeping the
// local value or taking the incoming one, committed at once with its audit trail; from the library
// and from fieldbook-cli (conflicts, resolve-conflict). Personal values in conflict stay sealed.
class TestSyncConflicts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void testListAndResolveRoundTrip();
    void testCliListsAndResolves();
    void testPersonalConflictStaysSealed();

private:
    // Store a (the auditor) exports; store b (head office) imports, then both edit the finding.
    void makeConflict();

    std::unique_ptr<QTemporaryDir> m_dir;
    SigningKeyPair m_key;
    Database m_a;
    Database m_b;
    QString m_auditUuid;
};

void TestSyncConflicts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_key = SigningKeyPair::generate();
}

void TestSyncConflicts::makeConflict()
{
    Result<Database> a = Database::open(m_dir->filePath(QStringLiteral("a.sqlite")));
    Result<Database> b = Database::open(m_dir->filePath(QStringLiteral("b.sqlite")));
    QVERIFY(a.ok() && b.ok());
    m_a = a.take();
    m_b = b.take();
    m_a.setActor(QStringLiteral("Ana Lee"));
    m_b.setActor(QStringLiteral("Head office reviewer"));
    Facility f;
    f.name = QStringLiteral("River Textiles");
    f.country = QStringLiteral("KH");
    Audit audit;
    audit.codes = {QStringLiteral("wrap")};
    Result<Audit> created = AuditRepository(m_a).createAudit(f, audit);
    QVERIFY(created.ok());
    m_auditUuid = created->uuid;
    QVERIFY(m_a.exec(QStringLiteral("INSERT INTO findings (uuid, audit_id, title, severity, root_cause, created_at, "
                                    "updated_at) VALUES ('find-1', %1, 'Locked exit', 'critical', 'unknown', 'now', "
                                    "'now')")
                         .arg(created->id))
                .ok());
    PackageExportOptions options;
    options.auditUuid = m_auditUuid;
    const QString first = m_dir->filePath(QStringLiteral("1.fieldbook"));
    QVERIFY(AuditPackage::exportSigned(m_a, options, m_key, QStringLiteral("Ana Lee"), first).ok());
    // Head office names the key itself; conflicts show that name, not the signature's comment.
    QVERIFY(KeyStore::trust(m_b, m_key.publicKey, QStringLiteral("Ana Lee (trusted at head office)")).ok());
    QVERIFY(AuditPackage::importSigned(m_b, first, &m_key.publicKey).ok());
    QVERIFY(FieldEditor(m_a)
                .setValue(QStringLiteral("findings"), QStringLiteral("find-1"), QStringLiteral("root_cause"),
                          QStringLiteral("Keys kept by security"))
                .ok());
    QVERIFY(FieldEditor(m_a)
                .setValue(QStringLiteral("findings"), QStringLiteral("find-1"), QStringLiteral("severity"),
                          QStringLiteral("major"))
                .ok());
    QVERIFY(FieldEditor(m_b)
                .setValue(QStringLiteral("findings"), QStringLiteral("find-1"), QStringLiteral("root_cause"),
                          QStringLiteral("No daily exit check"))
                .ok());
    const QString second = m_dir->filePath(QStringLiteral("2.fieldbook"));
    QVERIFY(AuditPackage::exportSigned(m_a, options, m_key, QStringLiteral("Ana Lee"), second).ok());
    Result<PackageImportResult> merged = AuditPackage::importSigned(m_b, second, &m_key.publicKey);
    QVERIFY2(merged.ok(), qPrintable(merged.error()));
    QCOMPARE(merged->conflicts, 2);
    // Re-importing changes nothing and adds no conflict.
    Result<PackageImportResult> again = AuditPackage::importSigned(m_b, second, &m_key.publicKey);
    QVERIFY(again.ok() && again->alreadyImported);
}

void TestSyncConflicts::testListAndResolveRoundTrip()
{
    makeConflict();
    if (QTest::currentTestFailed()) {
        return;
    }
    Result<QList<SyncConflict>> open = SyncConflicts::list(m_b, m_auditUuid);
    QVERIFY(open.ok());
    QCOMPARE(open->size(), 2);
    const SyncConflict rootCause = open->at(0).field == QLatin1String("root_cause") ? open->at(0) : open->at(1);
    const SyncConflict severity = open->at(0).field == QLatin1String("severity") ? open->at(0) : open->at(1);
    QCOMPARE(rootCause.entity, QStringLiteral("findings"));
    QCOMPARE(rootCause.localValue.toString(), QStringLiteral("No daily exit check"));
    QCOMPARE(rootCause.incomingValue.toString(), QStringLiteral("Keys kept by security"));
    QCOMPARE(rootCause.incomingBy, QStringLiteral("Ana Lee (trusted at head office)"));
    QVERIFY(!rootCause.incomingAt.isEmpty());
    QCOMPARE(rootCause.localBy, QStringLiteral("Head office reviewer"));
    QVERIFY(!rootCause.localAt.isEmpty());
    QCOMPARE(severity.localValue.toString(), QStringLiteral("critical"));

    // Take the incoming root cause: the value, the trail and the conflict change together.
    const int trailBefore = m_b.scalar(QStringLiteral("SELECT count(*) FROM audit_trail"))->toInt();
    QVERIFY(SyncConflicts::resolve(m_b, QString::number(rootCause.id), ConflictChoice::TakeIncoming).ok());
    QCOMPARE(m_b.scalar(QStringLiteral("SELECT root_cause FROM findings WHERE uuid = 'find-1'"))->toString(),
             QStringLiteral("Keys kept by security"));
    QCOMPARE(m_b.scalar(QStringLiteral("SELECT count(*) FROM audit_trail"))->toInt(), trailBefore + 2);
    Result<QList<AuditTrailEntry>> trail = AuditTrail::forEntity(m_b, QStringLiteral("find-1"));
    QVERIFY(trail.ok());
    const AuditTrailEntry& last = trail->last();
    QCOMPARE(last.field, QStringLiteral("root_cause"));
    QCOMPARE(last.oldValue.toString(), QStringLiteral("No daily exit check"));
    QCOMPARE(last.newValue.toString(), QStringLiteral("Keys kept by security"));
    QCOMPARE(last.auditUuid, m_auditUuid);
    Result<QList<AuditTrailEntry>> resolution = AuditTrail::forEntity(m_b, rootCause.uuid);
    QCOMPARE(resolution->size(), 1);
    QCOMPARE(resolution->first().newValue.toString(), QStringLiteral("took_incoming"));
    QCOMPARE(resolution->first().actor, QStringLiteral("Head office reviewer"));

    // Keep the local severity: the value stays, the decision is recorded.
    QVERIFY(SyncConflicts::resolve(m_b, severity.uuid, ConflictChoice::KeepLocal).ok());
    QCOMPARE(m_b.scalar(QStringLiteral("SELECT severity FROM findings WHERE uuid = 'find-1'"))->toString(),
             QStringLiteral("critical"));
    QCOMPARE(SyncConflicts::list(m_b, m_auditUuid)->size(), 0);
    Result<QList<SyncConflict>> all = SyncConflicts::list(m_b, m_auditUuid, true);
    QCOMPARE(all->size(), 2);
    for (const SyncConflict& c : all.value()) {
        QCOMPARE(c.resolution,
                 c.field == QLatin1String("severity") ? QStringLiteral("kept_local") : QStringLiteral("took_incoming"));
        QCOMPARE(c.resolvedBy, QStringLiteral("Head office reviewer"));
        QVERIFY(!c.resolvedAt.isEmpty());
    }
    // A decision is final; an unknown conflict is refused with its name.
    Status twice = SyncConflicts::resolve(m_b, severity.uuid, ConflictChoice::TakeIncoming);
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().contains(QStringLiteral("resolved already")), qPrintable(twice.error()));
    QCOMPARE(m_b.scalar(QStringLiteral("SELECT severity FROM findings WHERE uuid = 'find-1'"))->toString(),
             QStringLiteral("critical"));
    QVERIFY(!SyncConflicts::resolve(m_b, QStringLiteral("9999"), ConflictChoice::KeepLocal).ok());
}

void TestSyncConflicts::testCliListsAndResolves()
{
    makeConflict();
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString store = m_b.path();
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("conflicts"), QStringLiteral("--audit"), m_auditUuid,
                     QStringLiteral("--format"), QStringLiteral("json")},
                    &out, &err),
             0);
    const QJsonArray listed = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(listed.size(), 2);
    qint64 rootCauseId = 0;
    for (const QJsonValue& v : listed) {
        if (v.toObject().value(QStringLiteral("field")).toString() == QLatin1String("root_cause")) {
            rootCauseId = qint64(v.toObject().value(QStringLiteral("id")).toDouble());
            QCOMPARE(v.toObject().value(QStringLiteral("incoming_value")).toString(),
                     QStringLiteral("Keys kept by security"));
        }
    }
    QVERIFY(rootCauseId > 0);
    QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("resolve-conflict"), QString::number(rootCauseId),
                     QStringLiteral("--keep"), QStringLiteral("incoming"), QStringLiteral("--actor"),
                     QStringLiteral("Lead")},
                    &out, &err),
             0);
    QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("resolve-conflict"), QString::number(rootCauseId),
                     QStringLiteral("--keep"), QStringLiteral("sideways")},
                    &out, &err),
             1);
    QCOMPARE(
        runCli({QStringLiteral("--db"), store, QStringLiteral("conflicts"), QStringLiteral("--audit"), m_auditUuid},
               &out, &err),
        0);
    QVERIFY2(out.contains(QStringLiteral("findings.severity")) && !out.contains(QStringLiteral("root_cause")),
             qPrintable(out));
    Result<Database> reopened = Database::open(store);
    QCOMPARE(reopened->scalar(QStringLiteral("SELECT root_cause FROM findings WHERE uuid = 'find-1'"))->toString(),
             QStringLiteral("Keys kept by security"));
    QCOMPARE(reopened
                 ->scalar(QStringLiteral("SELECT count(*) FROM audit_trail WHERE entity = 'sync_conflicts' AND "
                                         "actor = 'Lead' AND new_value = 'took_incoming'"))
                 ->toInt(),
             1);
}

void TestSyncConflicts::testPersonalConflictStaysSealed()
{
    // The auditor and head office both hold interview notes; the auditor changes them afterwards.
    PersonalDataFixture auditor;
    QString error;
    QVERIFY2(auditor.create(m_dir->filePath(QStringLiteral("pa.sqlite")), m_dir->filePath(QStringLiteral("files")),
                            &error, 2, 1),
             qPrintable(error));
    Result<Database> ho = Database::open(m_dir->filePath(QStringLiteral("ho.sqlite")));
    Result<EncryptionKeyInfo> hoKey =
        EncryptionKeyStore::create(ho.value(), QStringLiteral("Head office"), QStringLiteral("head office pass"));
    QVERIFY(hoKey.ok());
    QVERIFY(EncryptionKeyStore::trust(auditor.db, hoKey->publicKey, QStringLiteral("Head office")).ok());
    Result<BoxKeyPair> pair =
        EncryptionKeyStore::unlock(ho.value(), hoKey->publicKey.keyIdHex(), QStringLiteral("head office pass"));
    Result<std::unique_ptr<SodiumDataProtector>> data =
        SodiumDataProtector::unlockOrCreate(ho.value(), QStringLiteral("head office data"));
    QVERIFY(pair.ok() && data.ok());
    PackageExportOptions options;
    options.auditUuid = auditor.auditUuid;
    options.personal = PersonalDataMode::Seal;
    options.protector = auditor.protector.get();
    options.recipient = RecipientKey{QStringLiteral("Head office"), hoKey->publicKey};
    PackageImportOptions importOptions;
    importOptions.publicKey = &m_key.publicKey;
    importOptions.encryptionKey = &pair.value();
    importOptions.protector = data.value().get();
    const QString first = m_dir->filePath(QStringLiteral("p1.fieldbook"));
    QVERIFY(AuditPackage::exportSigned(auditor.db, options, m_key, QStringLiteral("Ana Lee"), first).ok());
    QVERIFY(AuditPackage::importSigned(ho.value(), first, importOptions).ok());
    const QString changed = QStringLiteral("Corrected: the cutter from Nghe An asked not to be quoted");
    Result<Statement> edit =
        auditor.db.prepare(QStringLiteral("UPDATE interviews SET notes = ?1 WHERE pseudonym = 'W-01'"));
    edit->bind(1, auditor.protector->seal(changed));
    QVERIFY(edit->exec());
    const QString second = m_dir->filePath(QStringLiteral("p2.fieldbook"));
    QVERIFY(AuditPackage::exportSigned(auditor.db, options, m_key, QStringLiteral("Ana Lee"), second).ok());
    Result<PackageImportResult> merged = AuditPackage::importSigned(ho.value(), second, importOptions);
    QVERIFY2(merged.ok(), qPrintable(merged.error()));
    QCOMPARE(merged->conflicts, 1); // only the changed note: unchanged values compare equal once opened
    Result<QList<SyncConflict>> conflicts = SyncConflicts::list(ho.value(), auditor.auditUuid);
    QCOMPARE(conflicts->size(), 1);
    const SyncConflict c = conflicts->first();
    QVERIFY(c.personal);
    QCOMPARE(c.field, QStringLiteral("notes"));
    QCOMPARE(SyncConflicts::displayValue(c, true, nullptr), QStringLiteral("(personal data, locked)"));
    QCOMPARE(SyncConflicts::displayValue(c, true, data.value().get()), changed);
    QCOMPARE(SyncConflicts::displayValue(c, false, data.value().get()), auditor.interviewNotes.first());
    ho->close();
    const QStringList leaked = plaintextFound(storeFileBytes(m_dir->filePath(QStringLiteral("ho.sqlite"))),
                                              auditor.planted + QStringList{changed});
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QStringLiteral(", "))));
    Result<Database> reopened = Database::open(m_dir->filePath(QStringLiteral("ho.sqlite")));
    QVERIFY(SyncConflicts::resolve(reopened.value(), c.uuid, ConflictChoice::TakeIncoming).ok());
    Result<QVariant> notes = reopened->scalar(QStringLiteral("SELECT notes FROM interviews WHERE pseudonym = 'W-01'"));
    QCOMPARE(data.value()->open(notes->toByteArray()).value_or(QString()), changed);
    QCOMPARE(reopened
                 ->scalar(QStringLiteral("SELECT new_value FROM audit_trail WHERE entity = 'interviews' AND field "
                                         "= 'notes' ORDER BY id DESC LIMIT 1"))
                 ->toString()
                 .startsWith(QLatin1Char('<')),
             true);
}

FIELDBOOK_TEST_GUILESS_MAIN(TestSyncConflicts)
#include "TestSyncConflicts.moc"
