#include "app/codes/ChecklistStore.h"
#include "app/signing/Minisign.h"
#include "app/sync/AuditPackage.h"
#include "database/AuditRepository.h"
#include "database/Database.h"
#include "database/FieldEditor.h"
#include "support/TestRegistry.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace fieldbook;

// The signed package: export -> verify -> import gives the same audit; any changed byte is
// refused; importing twice changes nothing; a conflicting edit is kept for review, never dropped.
class TestAuditPackage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void testRoundTripGivesIdenticalAudit();
    void testMinisignAcceptsPackage();
    void testEveryFlippedByteIsRefused();
    void testReimportChangesNothing();
    void testConflictingEditIsKeptForReview();
    void testUntrustedOrUnsignedIsRefused();

private:
    Audit makeAudit(Database& db, bool withChecklist);
    QJsonObject tablesOf(const Database& db, const QString& auditUuid);
    void writeFile(const QString& path, const QByteArray& bytes);
    QByteArray readFile(const QString& path);
    std::unique_ptr<QTemporaryDir> m_dir;
    SigningKeyPair m_key;
};

void TestAuditPackage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_key = SigningKeyPair::generate();
}

void TestAuditPackage::writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray TestAuditPackage::readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Audit TestAuditPackage::makeAudit(Database& db, bool withChecklist)
{
    Facility f;
    f.name = QStringLiteral("River Textiles");
    f.country = QStringLiteral("KH");
    Audit a;
    a.codes = {QStringLiteral("wrap")};
    Result<Audit> audit = AuditRepository(db).createAudit(f, a);
    if (!audit) {
        return {};
    }
    const qint64 id = audit->id;
    if (withChecklist) {
        ChecklistStore::deriveForAudit(db, audit->uuid);
        db.exec(
            QStringLiteral("INSERT INTO checklist_responses (uuid, item_id, answer, notes, updated_at) SELECT "
                           "'resp-1', min(id), 'non_compliant', 'Exit 3 locked at 10:20', 'now' FROM checklist_items"));
    }
    db.exec(QStringLiteral("INSERT INTO findings (uuid, audit_id, title, severity, created_at, updated_at) VALUES "
                           "('find-1', %1, 'Locked exit', 'critical', 'now', 'now')")
                .arg(id));
    db.exec(QStringLiteral(
        "INSERT INTO finding_clauses VALUES ((SELECT id FROM findings WHERE uuid = 'find-1'), 'wrap:8')"));
    db.exec(
        QStringLiteral("INSERT INTO corrective_actions (uuid, finding_id, corrective_action, responsible, due_date, "
                       "created_at, updated_at) VALUES ('cap-1', (SELECT id FROM findings WHERE uuid = 'find-1'), "
                       "'Unlock and keep unlocked', 'Facility manager', '2026-04-01', 'now', 'now')"));
    db.exec(
        QStringLiteral("INSERT INTO evidence (uuid, audit_id, finding_id, file_name, mime_type, size_bytes, sha256, "
                       "content, created_at) VALUES ('ev-1', %1, (SELECT id FROM findings WHERE uuid = 'find-1'), "
                       "'exit3.jpg', 'image/jpeg', 6, '%2', X'FFD8FFE00010', 'now')")
            .arg(id)
            .arg(QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::fromHex("FFD8FFE00010"), QCryptographicHash::Sha256).toHex())));
    db.exec(
        QStringLiteral("INSERT INTO interviews (uuid, audit_id, kind, pseudonym, stated_weekly_hours, notes, "
                       "created_at, updated_at) VALUES ('iv-1', %1, 'worker', 'W-01', 60, X'00112233', 'now', 'now')")
            .arg(id));
    db.exec(
        QStringLiteral("INSERT INTO record_imports (uuid, audit_id, kind, file_name, sha256, row_count, imported_at) "
                       "VALUES ('imp-1', %1, 'time_records', 'time_records.csv', 'abc', 2, 'now')")
            .arg(id));
    db.exec(QStringLiteral(
                "INSERT INTO time_records (audit_id, import_id, source_line, worker_id, date, time_in, time_out) "
                "VALUES (%1, (SELECT id FROM record_imports WHERE uuid = 'imp-1'), 2, 'W1', '2026-01-05', "
                "28800, 61200), (%1, (SELECT id FROM record_imports WHERE uuid = 'imp-1'), 3, 'W2', "
                "'2026-01-05', 28800, 61200)")
                .arg(id));
    return audit.value();
}

QJsonObject TestAuditPackage::tablesOf(const Database& db, const QString& auditUuid)
{
    PackageExportOptions options;
    options.auditUuid = auditUuid;
    Result<PackageContainer> c = AuditPackage::build(db, options);
    if (!c) {
        return {};
    }
    return QJsonDocument::fromJson(c->entry(QStringLiteral("audit.json"))->data)
        .object()
        .value(QStringLiteral("tables"))
        .toObject();
}

void TestAuditPackage::testRoundTripGivesIdenticalAudit()
{
    Result<Database> a = Database::open(m_dir->filePath(QStringLiteral("a.sqlite")));
    Result<Database> b = Database::open(m_dir->filePath(QStringLiteral("b.sqlite")));
    QVERIFY(a.ok() && b.ok());
    const Audit audit = makeAudit(a.value(), true);
    QVERIFY(!audit.uuid.isEmpty());
    const QString path = m_dir->filePath(QStringLiteral("river.fieldbook"));
    PackageExportOptions options;
    options.auditUuid = audit.uuid;
    QVERIFY(AuditPackage::exportSigned(a.value(), options, m_key, QStringLiteral("Ana"), path).ok());
    Result<PackageImportResult> imported = AuditPackage::importSigned(b.value(), path, &m_key.publicKey);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QVERIFY(imported->inserted > 50);
    QCOMPARE(imported->conflicts, 0);
    const QJsonObject original = tablesOf(a.value(), audit.uuid);
    const QJsonObject copy = tablesOf(b.value(), audit.uuid);
    QVERIFY(!original.isEmpty());
    for (auto it = original.constBegin(); it != original.constEnd(); ++it) {
        QVERIFY2(copy.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    // The evidence bytes came along; personal data did not.
    QCOMPARE(b->scalar(QStringLiteral("SELECT hex(content) FROM evidence WHERE uuid = 'ev-1'"))->toString(),
             QStringLiteral("FFD8FFE00010"));
    QVERIFY(b->scalar(QStringLiteral("SELECT notes FROM interviews WHERE uuid = 'iv-1'"))->isNull());
    QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM time_records"))->toInt(), 2);
}

void TestAuditPackage::testMinisignAcceptsPackage()
{
    Result<Database> a = Database::open(m_dir->filePath(QStringLiteral("a.sqlite")));
    const Audit audit = makeAudit(a.value(), false);
    const QString path = m_dir->filePath(QStringLiteral("p.fieldbook"));
    PackageExportOptions options;
    options.auditUuid = audit.uuid;
    QVERIFY(AuditPackage::exportSigned(a.value(), options, m_key, QStringLiteral("Ana"), path).ok());
    writeFile(m_dir->filePath(QStringLiteral("k.pub")), m_key.publicKey.toFile());
    QProcess p;
    p.start(QStringLiteral("minisign"),
            {QStringLiteral("-Vm"), path, QStringLiteral("-p"), m_dir->filePath(QStringLiteral("k.pub"))});
    QVERIFY(p.waitForFinished());
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
}

void TestAuditPackage::testEveryFlippedByteIsRefused()
{
    Result<Database> a = Database::open(m_dir->filePath(QStringLiteral("a.sqlite")));
    const Audit audit = makeAudit(a.value(), false);
    const QString path = m_dir->filePath(QStringLiteral("p.fieldbook"));
    PackageExportOptions options;
    options.auditUuid = audit.uuid;
    QVERIFY(AuditPackage::exportSigned(a.value(), options, m_key, QStringLiteral("Ana"), path).ok());
    const QByteArray package = readFile(path);
    const QByteArray signature = readFile(path + QStringLiteral(".minisig"));
    Result<MinisignSignature> sig = MinisignSignature::parse(signature);
    QVERIFY(sig.ok());
    QVERIFY(package.size() > 2000);
    // Every single byte of the package, flipped one at a time, breaks the signature.
    for (int i = 0; i < package.size(); ++i) {
        QByteArray changed = package;
        changed[i] = char(changed[i] ^ 0x20);
        QVERIFY2(!Minisign::verify(changed, sig.value(), m_key.publicKey).ok(), qPrintable(QString::number(i)));
    }
    // And the importer refuses a changed package as a whole, leaving the store untouched.
    Result<Database> b = Database::open(m_dir->filePath(QStringLiteral("b.sqlite")));
    for (int i : {20, int(package.size() / 2), int(package.size()) - 1}) {
        QByteArray changed = package;
        changed[i] = char(changed[i] ^ 0x01);
        writeFile(path, changed);
        Result<PackageImportResult> r = AuditPackage::importSigned(b.value(), path, &m_key.publicKey);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("tampered")), qPrintable(r.error()));
    }
    QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM audits"))->toInt(), 0);
    // Every byte of the signature below the unsigned first line, too.
    writeFile(path, package);
    const int firstLineEnd = int(signature.indexOf('\n'));
    for (int i = firstLineEnd + 1; i < signature.size(); ++i) {
        if (signature.at(i) == '\n') {
            continue;
        }
        QByteArray changed = signature;
        changed[i] = char(changed[i] ^ 0x01);
        writeFile(path + QStringLiteral(".minisig"), changed);
        QVERIFY2(!AuditPackage::importSigned(b.value(), path, &m_key.publicKey).ok(), qPrintable(QString::number(i)));
    }
    QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM package_imports"))->toInt(), 0);
}

void TestAuditPackage::testReimportChangesNothing()
{
    Result<Database> a = Database::open(m_dir->filePath(QStringLiteral("a.sqlite")));
    Result<Database> b = Database::open(m_dir->filePath(QStringLiteral("b.sqlite")));
    const Audit audit = makeAudit(a.value(), true);
    const QString path = m_dir->filePath(QStringLiteral("p.fieldbook"));
    PackageExportOptions options;
    options.auditUuid = audit.uuid;
    QVERIFY(AuditPackage::exportSigned(a.value(), options, m_key, QStringLiteral("Ana"), path).ok());
    QVERIFY(AuditPackage::importSigned(b.value(), path, &m_key.publicKey).ok());
    const QJsonObject before = tablesOf(b.value(), audit.uuid);
    const int trail = b->scalar(QStringLiteral("SELECT count(*) FROM audit_trail"))->toInt();
    Result<PackageImportResult> again = AuditPackage::importSigned(b.value(), path, &m_key.publicKey);
    QVERIFY(again.ok());
    QVERIFY(again->alreadyImported);
    QCOMPARE(tablesOf(b.value(), audit.uuid), before);
    QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM audit_trail"))->toInt(), trail);
}

void TestAuditPackage::testConflictingEditIsKeptForReview()
{
    Result<Database> a = Database::open(m_dir->filePath(QStringLiteral("a.sqlite")));
    Result<Database> b = Database::open(m_dir->filePath(QStringLiteral("b.sqlite")));
    const Audit audit = makeAudit(a.value(), false);
    PackageExportOptions options;
    options.auditUuid = audit.uuid;
    const QString first = m_dir->filePath(QStringLiteral("1.fieldbook"));
    QVERIFY(AuditPackage::exportSigned(a.value(), options, m_key, QStringLiteral("Ana"), first).ok());
    QVERIFY(AuditPackage::importSigned(b.value(), first, &m_key.publicKey).ok());
    // Both sides edit the same finding differently; the auditor also adds a corrective action.
    FieldEditor(a.value()).setValue(QStringLiteral("findings"), QStringLiteral("find-1"), QStringLiteral("root_cause"),
                                    QStringLiteral("Keys kept by security"));
    FieldEditor(b.value()).setValue(QStringLiteral("findings"), QStringLiteral("find-1"), QStringLiteral("root_cause"),
                                    QStringLiteral("No daily exit check"));
    a->exec(QStringLiteral(
        "INSERT INTO corrective_actions (uuid, finding_id, corrective_action, created_at, updated_at) "
        "VALUES ('cap-2', (SELECT id FROM findings WHERE uuid = 'find-1'), 'Daily exit check', 'now', 'now')"));
    const QString second = m_dir->filePath(QStringLiteral("2.fieldbook"));
    QVERIFY(AuditPackage::exportSigned(a.value(), options, m_key, QStringLiteral("Ana"), second).ok());
    Result<PackageImportResult> merged = AuditPackage::importSigned(b.value(), second, &m_key.publicKey);
    QVERIFY2(merged.ok(), qPrintable(merged.error()));
    QVERIFY(merged->conflicts >= 1);
    QCOMPARE(b->scalar(QStringLiteral("SELECT root_cause FROM findings WHERE uuid = 'find-1'"))->toString(),
             QStringLiteral("No daily exit check"));
    QCOMPARE(b->scalar(QStringLiteral("SELECT incoming_value FROM sync_conflicts WHERE entity = 'findings' AND field = "
                                      "'root_cause'"))
                 ->toString(),
             QStringLiteral("Keys kept by security"));
    QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM corrective_actions WHERE uuid = 'cap-2'"))->toInt(), 1);
}

void TestAuditPackage::testUntrustedOrUnsignedIsRefused()
{
    Result<Database> a = Database::open(m_dir->filePath(QStringLiteral("a.sqlite")));
    Result<Database> b = Database::open(m_dir->filePath(QStringLiteral("b.sqlite")));
    const Audit audit = makeAudit(a.value(), false);
    const QString path = m_dir->filePath(QStringLiteral("p.fieldbook"));
    PackageExportOptions options;
    options.auditUuid = audit.uuid;
    QVERIFY(AuditPackage::exportSigned(a.value(), options, m_key, QStringLiteral("Ana"), path).ok());
    Result<PackageImportResult> untrusted = AuditPackage::importSigned(b.value(), path);
    QVERIFY(!untrusted.ok());
    QVERIFY2(untrusted.error().contains(QStringLiteral("not trusted")), qPrintable(untrusted.error()));
    SigningKeyPair other = SigningKeyPair::generate();
    QVERIFY(!AuditPackage::importSigned(b.value(), path, &other.publicKey).ok());
    QFile::remove(path + QStringLiteral(".minisig"));
    QVERIFY(!AuditPackage::importSigned(b.value(), path, &m_key.publicKey).ok());
    QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM audits"))->toInt(), 0);
}

FIELDBOOK_TEST_GUILESS_MAIN(TestAuditPackage)
#include "TestAuditPackage.moc"
