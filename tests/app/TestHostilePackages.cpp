#include "app/signing/KeyStore.h"
#include "app/signing/Minisign.h"
#include "app/sync/AuditPackage.h"
#include "app/sync/PackageVerifier.h"
#include "app/sync/SyncConflicts.h"
#include "database/AuditRepository.h"
#include "database/Database.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <sodium.h>

using namespace fieldbook;
using fieldbook::test::runCli;

// Hostile packages (issue 13, findings 1, 3 and 8, and deletions): real packages signed in the test
// with real keys, each one bending one rule of the package boundary (docs/security.md). Each case
// checks that the import is refused with a reason naming the table and row (or the key), and that
// not one row of any table of the receiving store changed.
class TestHostilePackages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    // Finding 1: package scope.
    void testRowOfAnotherAuditIsRefused();
    void testReferenceIntoAnotherAuditIsRefused();
    void testUnknownParentIsRefused();
    void testLocalIdColumnIsRefused();
    void testExcludedColumnIsRefused();
    void testTrailEntryOfAnotherAuditIsRefused();
    void testTrailEntryAboutRowOfAnotherAuditIsRefused();
    void testBackdatedTrailEntryIsRefused();
    void testTrailEntryAfterSigningIsRefused();
    void testSecondAuditInPackageIsRefused();
    void testUnknownTableIsRefused();
    void testTombstoneOfAnotherAuditsRowIsRefused();
    void testTombstoneDoesNotHideAnotherAuditsFutureRow();
    void testRenumberedInterviewPastIntMax();
    void testConflictResolutionStaysInItsAudit();
    void testGenuinePackageStillImports();
    void testNewAuditOfKnownFacilityImports();
    void testNewAuditOfChangedFacilityImportsWithConflict();
    // Deletions (reliability): an older package does not bring back a deleted row.
    void testOlderPackageDoesNotBringBackRowDeletedHere();
    void testDeletionTravelsAsTombstone();
    void testDeletedAuditIsNotBroughtBack();
    void testDeletionOfRowHereIsAConflict();
    // Finding 3: trust.
    void testUntrustedKeyIsRefused();
    void testVerdictNamesStoreLabelNotComment();
    void testOneTimeKeyWarnsWithFingerprint();
    void testKeyFileWithKnownIdButOtherKeyIsRefused();
    void testRevokedKeyRefusesLaterPackages();
    void testUntrustedAgainIsRefused();
    // Finding 8: minisign trusted comment as bytes.
    void testNonUtf8TrustedCommentVerifies();

private:
    using Edit = std::function<void(QJsonObject& tables)>;
    QString path(const QString& name) const
    {
        return m_dir->filePath(name);
    }
    // The auditor's store with audit A (facility, finding, corrective action, team member).
    void makeAuditorStore();
    // Head office: trusts the auditor's key (label "Ana Lee (HO register)"), has its own audit B.
    void makeHeadOfficeStore();
    // Builds audit A's package in the auditor's store, lets `edit` change audit.json's tables,
    // signs it with `key` and the comment, and writes FILE and FILE.minisig.
    QString writePackage(const QString& name, const Edit& edit = {}, const QString& signer = QStringLiteral("Ana Lee"),
                         const QDateTime& signedAt = QDateTime::currentDateTimeUtc(),
                         const SigningKeyPair* key = nullptr, const QJsonArray& deleted = {});
    static QMap<QString, qint64> rowCounts(const Database& db);
    // Imports `file` into head office and checks it is refused with `reason` and nothing changed.
    void expectRefused(const QString& file, const QStringList& reasons, const MinisignPublicKey* key = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    SigningKeyPair m_key;
    std::optional<Database> m_auditor;
    std::optional<Database> m_ho;
    QString m_auditA;
    QString m_auditB;
};

void TestHostilePackages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_key = SigningKeyPair::generate();
    m_auditor.reset();
    m_ho.reset();
    makeAuditorStore();
    makeHeadOfficeStore();
}

void TestHostilePackages::makeAuditorStore()
{
    Result<Database> db = Database::open(path(QStringLiteral("auditor.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_auditor = db.take();
    m_auditor->setActor(QStringLiteral("Ana Lee"));
    Facility f;
    f.name = QStringLiteral("River Textiles");
    f.country = QStringLiteral("KH");
    Audit a;
    a.codes = {QStringLiteral("wrap")};
    Result<Audit> audit = AuditRepository(*m_auditor).createAudit(f, a);
    QVERIFY2(audit.ok(), qPrintable(audit.error()));
    m_auditA = audit->uuid;
    const qint64 id = audit->id;
    QVERIFY(m_auditor
                ->exec(QStringLiteral("INSERT INTO findings (uuid, audit_id, title, severity, created_at, updated_at) "
                                      "VALUES ('find-a1', %1, 'Locked exit', 'critical', 'now', 'now')")
                           .arg(id))
                .ok());
    QVERIFY(m_auditor
                ->exec(QStringLiteral(
                    "INSERT INTO corrective_actions (uuid, finding_id, corrective_action, responsible, due_date, "
                    "created_at, updated_at) VALUES ('cap-a1', (SELECT id FROM findings WHERE uuid = 'find-a1'), "
                    "'Unlock the exit', 'Facility manager', '2026-04-01', 'now', 'now')"))
                .ok());
    QVERIFY(m_auditor
                ->exec(QStringLiteral("INSERT INTO audit_team (uuid, audit_id, name, role, updated_at) VALUES "
                                      "('team-a1', %1, 'Ana Lee', 'lead', 'now')")
                           .arg(id))
                .ok());
}

void TestHostilePackages::makeHeadOfficeStore()
{
    Result<Database> db = Database::open(path(QStringLiteral("ho.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_ho = db.take();
    m_ho->setActor(QStringLiteral("Head office"));
    QVERIFY(KeyStore::trust(*m_ho, m_key.publicKey, QStringLiteral("Ana Lee (HO register)")).ok());
    Facility f;
    f.name = QStringLiteral("Other Factory");
    f.country = QStringLiteral("VN");
    Audit a;
    a.codes = {QStringLiteral("wrap")};
    Result<Audit> audit = AuditRepository(*m_ho).createAudit(f, a);
    QVERIFY2(audit.ok(), qPrintable(audit.error()));
    m_auditB = audit->uuid;
    QVERIFY(m_ho->exec(QStringLiteral("INSERT INTO findings (uuid, audit_id, title, severity, created_at, updated_at) "
                                      "VALUES ('find-b1', %1, 'Head office finding', 'minor', 'now', 'now')")
                           .arg(audit->id))
                .ok());
}

QString TestHostilePackages::writePackage(const QString& name, const Edit& edit, const QString& signer,
                                          const QDateTime& signedAt, const SigningKeyPair* key,
                                          const QJsonArray& deleted)
{
    PackageExportOptions options;
    options.auditUuid = m_auditA;
    Result<PackageContainer> container = AuditPackage::build(*m_auditor, options);
    if (!container) {
        qWarning() << container.error();
        return {};
    }
    for (PackageEntry& e : container->entries) {
        if (e.name == QLatin1String("audit.json")) {
            QJsonObject audit = QJsonDocument::fromJson(e.data).object();
            QJsonObject tables = audit.value(QStringLiteral("tables")).toObject();
            if (edit) {
                edit(tables);
            }
            audit.insert(QStringLiteral("tables"), tables);
            if (!deleted.isEmpty()) {
                audit.insert(QStringLiteral("deleted"), deleted);
            }
            e.data = QJsonDocument(audit).toJson(QJsonDocument::Compact);
        }
    }
    const QByteArray bytes = container->serialize();
    const SigningKeyPair& k = key ? *key : m_key;
    const MinisignSignature sig = Minisign::sign(bytes, k, Minisign::trustedComment(name, signer, signedAt));
    const QString file = path(name);
    QFile out(file);
    QFile outSig(file + QStringLiteral(".minisig"));
    if (!out.open(QIODevice::WriteOnly) || !outSig.open(QIODevice::WriteOnly)) {
        return {};
    }
    out.write(bytes);
    outSig.write(sig.toFile());
    return file;
}

QMap<QString, qint64> TestHostilePackages::rowCounts(const Database& db)
{
    QMap<QString, qint64> counts;
    QStringList tables;
    Result<Statement> s =
        db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (s && s->step()) {
        tables << s->text(0);
    }
    for (const QString& t : std::as_const(tables)) {
        counts.insert(t, db.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t))->toLongLong());
    }
    return counts;
}

void TestHostilePackages::expectRefused(const QString& file, const QStringList& reasons, const MinisignPublicKey* key)
{
    QVERIFY(!file.isEmpty());
    const QMap<QString, qint64> before = rowCounts(*m_ho);
    const QString findingB =
        m_ho->scalar(QStringLiteral("SELECT title || updated_at FROM findings WHERE uuid = 'find-b1'"))->toString();
    Result<PackageImportResult> r = AuditPackage::importSigned(*m_ho, file, key);
    QVERIFY2(!r.ok(), "a hostile package was imported");
    for (const QString& reason : reasons) {
        QVERIFY2(r.error().contains(reason), qPrintable(QStringLiteral("'%1' not in: %2").arg(reason, r.error())));
    }
    const QMap<QString, qint64> after = rowCounts(*m_ho);
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        QVERIFY2(
            after.value(it.key()) == it.value(),
            qPrintable(
                QStringLiteral("table %1 changed: %2 -> %3").arg(it.key()).arg(it.value()).arg(after.value(it.key()))));
    }
    QCOMPARE(
        m_ho->scalar(QStringLiteral("SELECT title || updated_at FROM findings WHERE uuid = 'find-b1'"))->toString(),
        findingB);
}

// A row whose uuid is a row of another audit here: the old import compared it with that row and
// recorded conflicts against it (a later "take incoming" wrote into the other audit).
void TestHostilePackages::testRowOfAnotherAuditIsRefused()
{
    const QString file = writePackage(QStringLiteral("foreign-row.fieldbook"), [](QJsonObject& tables) {
        QJsonArray findings = tables.value(QStringLiteral("findings")).toArray();
        QJsonObject f = findings.at(0).toObject();
        f.insert(QStringLiteral("uuid"), QStringLiteral("find-b1"));
        f.insert(QStringLiteral("title"), QStringLiteral("Rewritten by a package"));
        findings.append(f);
        tables.insert(QStringLiteral("findings"), findings);
    });
    expectRefused(file, {QStringLiteral("findings"), QStringLiteral("find-b1"), QStringLiteral("another audit")});
}

// A new row whose parent is a row of another audit: the old import attached it there.
void TestHostilePackages::testReferenceIntoAnotherAuditIsRefused()
{
    const QString file = writePackage(QStringLiteral("foreign-parent.fieldbook"), [](QJsonObject& tables) {
        QJsonArray caps = tables.value(QStringLiteral("corrective_actions")).toArray();
        QJsonObject c = caps.at(0).toObject();
        c.insert(QStringLiteral("uuid"), QStringLiteral("cap-injected"));
        c.insert(QStringLiteral("finding_id"), QStringLiteral("find-b1"));
        caps.append(c);
        tables.insert(QStringLiteral("corrective_actions"), caps);
    });
    expectRefused(file, {QStringLiteral("corrective_actions"), QStringLiteral("cap-injected"),
                         QStringLiteral("finding_id"), QStringLiteral("find-b1")});
}

// A reference to a row nobody has: the old import stored NULL (or failed on NOT NULL).
void TestHostilePackages::testUnknownParentIsRefused()
{
    const QString file = writePackage(QStringLiteral("unknown-parent.fieldbook"), [](QJsonObject& tables) {
        QJsonArray findings = tables.value(QStringLiteral("findings")).toArray();
        QJsonObject f = findings.at(0).toObject();
        f.insert(QStringLiteral("uuid"), QStringLiteral("find-orphan"));
        f.insert(QStringLiteral("item_id"), QStringLiteral("no-such-item"));
        findings.append(f);
        tables.insert(QStringLiteral("findings"), findings);
    });
    expectRefused(file, {QStringLiteral("findings"), QStringLiteral("find-orphan"), QStringLiteral("no-such-item")});
}

void TestHostilePackages::testLocalIdColumnIsRefused()
{
    const QString file = writePackage(QStringLiteral("local-id.fieldbook"), [](QJsonObject& tables) {
        QJsonArray findings = tables.value(QStringLiteral("findings")).toArray();
        QJsonObject f = findings.at(0).toObject();
        f.insert(QStringLiteral("id"), 4242);
        findings.replace(0, f);
        tables.insert(QStringLiteral("findings"), findings);
    });
    expectRefused(file, {QStringLiteral("findings"), QStringLiteral("find-a1"), QStringLiteral("column id")});
}

// audit_team.auditor_id is a local id the export leaves out; the old import stored whatever came.
void TestHostilePackages::testExcludedColumnIsRefused()
{
    const QString file = writePackage(QStringLiteral("excluded.fieldbook"), [](QJsonObject& tables) {
        QJsonArray team = tables.value(QStringLiteral("audit_team")).toArray();
        QJsonObject t = team.at(0).toObject();
        t.insert(QStringLiteral("auditor_id"), 1);
        team.replace(0, t);
        tables.insert(QStringLiteral("audit_team"), team);
    });
    expectRefused(file, {QStringLiteral("audit_team"), QStringLiteral("team-a1"), QStringLiteral("auditor_id")});
}

void TestHostilePackages::testTrailEntryOfAnotherAuditIsRefused()
{
    const QString auditB = m_auditB;
    const QString file = writePackage(QStringLiteral("foreign-trail.fieldbook"), [auditB](QJsonObject& tables) {
        QJsonArray trail = tables.value(QStringLiteral("audit_trail")).toArray();
        trail.append(QJsonObject{{QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("actor"), QStringLiteral("Ana Lee")},
                                 {QStringLiteral("audit_uuid"), auditB},
                                 {QStringLiteral("entity"), QStringLiteral("findings")},
                                 {QStringLiteral("entity_uuid"), QStringLiteral("find-b1")},
                                 {QStringLiteral("action"), QStringLiteral("delete")}});
        tables.insert(QStringLiteral("audit_trail"), trail);
    });
    expectRefused(file, {QStringLiteral("audit_trail"), auditB});
}

// An entry of this audit about another audit's row (it would put that row's history here).
void TestHostilePackages::testTrailEntryAboutRowOfAnotherAuditIsRefused()
{
    const QString auditA = m_auditA;
    const QString file = writePackage(QStringLiteral("trail-about-b.fieldbook"), [auditA](QJsonObject& tables) {
        QJsonArray trail = tables.value(QStringLiteral("audit_trail")).toArray();
        trail.append(QJsonObject{{QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("actor"), QStringLiteral("Ana Lee")},
                                 {QStringLiteral("audit_uuid"), auditA},
                                 {QStringLiteral("entity"), QStringLiteral("findings")},
                                 {QStringLiteral("entity_uuid"), QStringLiteral("find-b1")},
                                 {QStringLiteral("action"), QStringLiteral("update")},
                                 {QStringLiteral("field"), QStringLiteral("title")}});
        tables.insert(QStringLiteral("audit_trail"), trail);
    });
    expectRefused(file, {QStringLiteral("audit_trail"), QStringLiteral("find-b1"), QStringLiteral("another audit")});
}

// "An entry dated 2020 under a chosen actor" (issue 13): trail entries are dated while the audit
// existed.
void TestHostilePackages::testBackdatedTrailEntryIsRefused()
{
    const QString auditA = m_auditA;
    const QString file = writePackage(QStringLiteral("backdated.fieldbook"), [auditA](QJsonObject& tables) {
        QJsonArray trail = tables.value(QStringLiteral("audit_trail")).toArray();
        trail.append(QJsonObject{{QStringLiteral("at"), QStringLiteral("2020-01-01T09:00:00.000Z")},
                                 {QStringLiteral("actor"), QStringLiteral("Lead auditor (approved)")},
                                 {QStringLiteral("audit_uuid"), auditA},
                                 {QStringLiteral("entity"), QStringLiteral("findings")},
                                 {QStringLiteral("entity_uuid"), QStringLiteral("find-a1")},
                                 {QStringLiteral("action"), QStringLiteral("update")},
                                 {QStringLiteral("field"), QStringLiteral("status")}});
        tables.insert(QStringLiteral("audit_trail"), trail);
    });
    expectRefused(file,
                  {QStringLiteral("audit_trail"), QStringLiteral("2020-01-01"), QStringLiteral("before the audit")});
}

void TestHostilePackages::testTrailEntryAfterSigningIsRefused()
{
    const QString auditA = m_auditA;
    const QString file = writePackage(QStringLiteral("future.fieldbook"), [auditA](QJsonObject& tables) {
        QJsonArray trail = tables.value(QStringLiteral("audit_trail")).toArray();
        trail.append(
            QJsonObject{{QStringLiteral("at"), QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODateWithMs)},
                        {QStringLiteral("actor"), QStringLiteral("Ana Lee")},
                        {QStringLiteral("audit_uuid"), auditA},
                        {QStringLiteral("entity"), QStringLiteral("findings")},
                        {QStringLiteral("entity_uuid"), QStringLiteral("find-a1")},
                        {QStringLiteral("action"), QStringLiteral("update")},
                        {QStringLiteral("field"), QStringLiteral("title")}});
        tables.insert(QStringLiteral("audit_trail"), trail);
    });
    expectRefused(file, {QStringLiteral("audit_trail"), QStringLiteral("after the package was signed")});
}

// Rows for an audit the package is not about: "5 rows added" to an audit that does not exist.
void TestHostilePackages::testSecondAuditInPackageIsRefused()
{
    const QString file = writePackage(QStringLiteral("two-audits.fieldbook"), [](QJsonObject& tables) {
        QJsonArray audits = tables.value(QStringLiteral("audits")).toArray();
        QJsonObject other = audits.at(0).toObject();
        other.insert(QStringLiteral("uuid"), QStringLiteral("audit-ghost"));
        audits.append(other);
        tables.insert(QStringLiteral("audits"), audits);
        QJsonArray findings = tables.value(QStringLiteral("findings")).toArray();
        QJsonObject f = findings.at(0).toObject();
        f.insert(QStringLiteral("uuid"), QStringLiteral("find-ghost"));
        f.insert(QStringLiteral("audit_id"), QStringLiteral("audit-ghost"));
        findings.append(f);
        tables.insert(QStringLiteral("findings"), findings);
    });
    expectRefused(file, {QStringLiteral("audits"), QStringLiteral("exactly one row")});
}

void TestHostilePackages::testUnknownTableIsRefused()
{
    const QString file = writePackage(QStringLiteral("unknown-table.fieldbook"), [](QJsonObject& tables) {
        tables.insert(QStringLiteral("trusted_keys"),
                      QJsonArray{QJsonObject{{QStringLiteral("uuid"), QStringLiteral("k")},
                                             {QStringLiteral("label"), QStringLiteral("Mallory")}}});
    });
    expectRefused(file, {QStringLiteral("unknown table trusted_keys")});
}

// A package may only tell of deletions in its own audit.
void TestHostilePackages::testTombstoneOfAnotherAuditsRowIsRefused()
{
    const QString file = writePackage(
        QStringLiteral("foreign-tombstone.fieldbook"), {}, QStringLiteral("Ana Lee"), QDateTime::currentDateTimeUtc(),
        nullptr,
        QJsonArray{QJsonObject{{QStringLiteral("entity"), QStringLiteral("findings")},
                               {QStringLiteral("uuid"), QStringLiteral("find-b1")},
                               {QStringLiteral("deleted_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}});
    expectRefused(file, {QStringLiteral("find-b1"), QStringLiteral("another audit")});
}

// Found while writing the audit_json_merge fuzz target (issue 13): a package may list rows of its
// audit that this store never had in "deleted", and they were recorded as tombstones whatever audit
// they named. A package of audit A naming the uuid of a row of audit B that head office has not
// received yet kept that row out of every later package of B ("deleted here since").
void TestHostilePackages::testTombstoneDoesNotHideAnotherAuditsFutureRow()
{
    // A colleague's copy of head office's store adds finding find-b2 to audit B and exports B.
    const QString colleaguePath = path(QStringLiteral("colleague.sqlite"));
    QVERIFY(m_ho->exec(QStringLiteral("VACUUM INTO '%1'").arg(colleaguePath)).ok());
    Result<Database> colleague = Database::open(colleaguePath);
    QVERIFY2(colleague.ok(), qPrintable(colleague.error()));
    QVERIFY(colleague
                ->exec(QStringLiteral("INSERT INTO findings (uuid, audit_id, title, severity, created_at, updated_at) "
                                      "VALUES ('find-b2', (SELECT id FROM audits WHERE uuid = '%1'), 'Second finding', "
                                      "'minor', 'now', 'now')")
                           .arg(m_auditB))
                .ok());
    const QString packageB = path(QStringLiteral("b.fieldbook"));
    PackageExportOptions options;
    options.auditUuid = m_auditB;
    QVERIFY(AuditPackage::exportSigned(colleague.value(), options, m_key, QStringLiteral("Colleague"), packageB).ok());

    // Audit A's package names find-b2 as deleted (a uuid it could know from an earlier copy of B).
    const QString packageA = writePackage(
        QStringLiteral("a-hides-b2.fieldbook"), {}, QStringLiteral("Ana Lee"), QDateTime::currentDateTimeUtc(), nullptr,
        QJsonArray{QJsonObject{{QStringLiteral("entity"), QStringLiteral("findings")},
                               {QStringLiteral("uuid"), QStringLiteral("find-b2")},
                               {QStringLiteral("deleted_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}});
    Result<PackageImportResult> a = AuditPackage::importSigned(*m_ho, packageA);
    QVERIFY2(a.ok(), qPrintable(a.error()));

    Result<PackageImportResult> b = AuditPackage::importSigned(*m_ho, packageB);
    QVERIFY2(b.ok(), qPrintable(b.error()));
    QCOMPARE(b->deletedHere, 0);
    QCOMPARE(m_ho->scalar(QStringLiteral("SELECT count(*) FROM findings f JOIN audits a ON a.id = f.audit_id WHERE "
                                         "f.uuid = 'find-b2' AND a.uuid = '%1'")
                              .arg(m_auditB))
                 ->toInt(),
             1);
}

// Found while writing the audit_json_merge fuzz target (issue 13): an interview renumbered because
// its pseudonym was taken got "highest number + 1" in an int, and W-2147483647 overflowed it.
void TestHostilePackages::testRenumberedInterviewPastIntMax()
{
    const QString auditA = m_auditA;
    const QString file = writePackage(QStringLiteral("int-max.fieldbook"), [auditA](QJsonObject& tables) {
        QJsonArray interviews;
        for (const QString& uuid : {QStringLiteral("int-max-1"), QStringLiteral("int-max-2")}) {
            interviews.append(QJsonObject{{QStringLiteral("uuid"), uuid},
                                          {QStringLiteral("audit_id"), auditA},
                                          {QStringLiteral("kind"), QStringLiteral("worker")},
                                          {QStringLiteral("pseudonym"), QStringLiteral("W-2147483647")},
                                          {QStringLiteral("created_at"), QStringLiteral("2026-03-02T08:00:00Z")},
                                          {QStringLiteral("updated_at"), QStringLiteral("2026-03-02T08:00:00Z")}});
        }
        tables.insert(QStringLiteral("interviews"), interviews);
    });
    Result<PackageImportResult> r = AuditPackage::importSigned(*m_ho, file);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->renamed.size(), 1);
    QCOMPARE(m_ho->scalar(QStringLiteral("SELECT pseudonym FROM interviews WHERE uuid = 'int-max-2'"))->toString(),
             QStringLiteral("W-2147483648"));
}

// A conflict resolves only inside its audit: the old resolve updated any row with the uuid.
void TestHostilePackages::testConflictResolutionStaysInItsAudit()
{
    QVERIFY(AuditPackage::importSigned(*m_ho, writePackage(QStringLiteral("a.fieldbook"))).ok());
    QVERIFY(m_ho->exec(QStringLiteral("INSERT INTO sync_conflicts (uuid, audit_id, entity, entity_uuid, field, "
                                      "local_value, incoming_value, created_at) VALUES ('c-cross', (SELECT id FROM "
                                      "audits WHERE uuid = '%1'), 'findings', 'find-b1', 'title', 'Head office "
                                      "finding', 'Overwritten', 'now'), ('c-none', NULL, 'findings', 'find-b1', "
                                      "'title', 'Head office finding', 'Overwritten', 'now')")
                           .arg(m_auditA))
                .ok());
    Status s = SyncConflicts::resolve(*m_ho, QStringLiteral("c-cross"), ConflictChoice::TakeIncoming);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("find-b1")) && s.error().contains(m_auditA), qPrintable(s.error()));
    s = SyncConflicts::resolve(*m_ho, QStringLiteral("c-none"), ConflictChoice::TakeIncoming);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("no audit")), qPrintable(s.error()));
    QCOMPARE(m_ho->scalar(QStringLiteral("SELECT title FROM findings WHERE uuid = 'find-b1'"))->toString(),
             QStringLiteral("Head office finding"));
    QCOMPARE(m_ho->scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolution IS NOT NULL"))->toInt(),
             0);
}

void TestHostilePackages::testGenuinePackageStillImports()
{
    Result<PackageImportResult> r = AuditPackage::importSigned(*m_ho, writePackage(QStringLiteral("ok.fieldbook")));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->auditUuid, m_auditA);
    QVERIFY(r->inserted >= 5);
    QCOMPARE(m_ho->scalar(QStringLiteral("SELECT count(*) FROM findings WHERE uuid = 'find-a1' AND audit_id = (SELECT "
                                         "id FROM audits WHERE uuid = '%1')")
                              .arg(m_auditA))
                 ->toInt(),
             1);
}

// Two audits of one factory: the second audit's package names a facility head office has already.
void TestHostilePackages::testNewAuditOfKnownFacilityImports()
{
    QVERIFY(AuditPackage::importSigned(*m_ho, writePackage(QStringLiteral("first.fieldbook"))).ok());
    Facility f;
    f.id =
        m_auditor->scalar(QStringLiteral("SELECT facility_id FROM audits WHERE uuid = ?1"), {m_auditA})->toLongLong();
    f.name = QStringLiteral("River Textiles");
    f.country = QStringLiteral("KH");
    Audit a;
    a.codes = {QStringLiteral("wrap")};
    a.title = QStringLiteral("River Textiles follow-up");
    Result<Audit> second = AuditRepository(*m_auditor).createAudit(f, a);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    m_auditA = second->uuid; // writePackage exports m_auditA
    Result<PackageImportResult> r = AuditPackage::importSigned(*m_ho, writePackage(QStringLiteral("second.fieldbook")));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(m_ho->scalar(QStringLiteral("SELECT count(DISTINCT facility_id) FROM audits WHERE uuid != ?1"), {m_auditB})
                 ->toInt(),
             1);
}

// Found by the audit_json_merge fuzz target's seeds (issue 13): a new audit of a facility head office
// knows, whose details changed since, was refused ("a conflict with no audit"): the facility's
// conflicts were recorded before the audit row they belong to existed.
void TestHostilePackages::testNewAuditOfChangedFacilityImportsWithConflict()
{
    QVERIFY(AuditPackage::importSigned(*m_ho, writePackage(QStringLiteral("first.fieldbook"))).ok());
    const qint64 facilityId =
        m_auditor->scalar(QStringLiteral("SELECT facility_id FROM audits WHERE uuid = ?1"), {m_auditA})->toLongLong();
    QVERIFY(m_auditor->exec(QStringLiteral("UPDATE facilities SET city = 'Phnom Penh' WHERE id = %1").arg(facilityId))
                .ok());
    Facility f;
    f.id = facilityId;
    f.name = QStringLiteral("River Textiles");
    f.country = QStringLiteral("KH");
    f.city = QStringLiteral("Phnom Penh");
    Audit a;
    a.codes = {QStringLiteral("wrap")};
    a.title = QStringLiteral("River Textiles follow-up");
    Result<Audit> second = AuditRepository(*m_auditor).createAudit(f, a);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    m_auditA = second->uuid; // writePackage exports m_auditA
    Result<PackageImportResult> r = AuditPackage::importSigned(*m_ho, writePackage(QStringLiteral("second.fieldbook")));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->conflicts, 1);
    QCOMPARE(m_ho->scalar(QStringLiteral("SELECT a.uuid || ' ' || c.field || ' ' || c.incoming_value FROM "
                                         "sync_conflicts c JOIN audits a ON a.id = c.audit_id WHERE c.entity = "
                                         "'facilities'"))
                 ->toString(),
             QStringLiteral("%1 city Phnom Penh").arg(second->uuid));
    // The facility keeps head office's value until someone decides.
    QVERIFY(m_ho->scalar(QStringLiteral("SELECT count(*) FROM facilities WHERE city = 'Phnom Penh'"))->toInt() == 0);
}

// Head office deletes a finding it imported; a second (older or re-exported) package with the
// finding does not bring it back, nor its corrective action.
void TestHostilePackages::testOlderPackageDoesNotBringBackRowDeletedHere()
{
    const QString first = writePackage(QStringLiteral("p1.fieldbook"));
    const QString older = writePackage(QStringLiteral("p1-again.fieldbook"), {}, QStringLiteral("Ana Lee"),
                                       QDateTime::currentDateTimeUtc().addSecs(-60));
    QVERIFY(AuditPackage::importSigned(*m_ho, first).ok());
    QVERIFY(m_ho->exec(QStringLiteral("DELETE FROM findings WHERE uuid = 'find-a1'")).ok());
    QCOMPARE(m_ho->scalar(QStringLiteral("SELECT count(*) FROM corrective_actions WHERE uuid = 'cap-a1'"))->toInt(), 0);
    Result<PackageImportResult> r = AuditPackage::importSigned(*m_ho, older);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QVERIFY(!r->alreadyImported);
    QCOMPARE(m_ho->scalar(QStringLiteral("SELECT count(*) FROM findings WHERE uuid = 'find-a1'"))->toInt(), 0);
    QCOMPARE(m_ho->scalar(QStringLiteral("SELECT count(*) FROM corrective_actions WHERE uuid = 'cap-a1'"))->toInt(), 0);
    QVERIFY(r->deletedHere >= 1);
}

// The auditor deletes a finding and exports again; the new package carries the deletion. Head
// office imports the new package first and the older one after: the finding stays deleted.
void TestHostilePackages::testDeletionTravelsAsTombstone()
{
    const QString older = writePackage(QStringLiteral("old.fieldbook"), {}, QStringLiteral("Ana Lee"),
                                       QDateTime::currentDateTimeUtc().addSecs(-120));
    QVERIFY(m_auditor->exec(QStringLiteral("DELETE FROM findings WHERE uuid = 'find-a1'")).ok());
    PackageExportOptions options;
    options.auditUuid = m_auditA;
    Result<PackageContainer> c = AuditPackage::build(*m_auditor, options);
    QVERIFY(c.ok());
    const QJsonObject audit = QJsonDocument::fromJson(c->entry(QStringLiteral("audit.json"))->data).object();
    const QJsonArray deleted = audit.value(QStringLiteral("deleted")).toArray();
    QVERIFY2(QJsonDocument(deleted).toJson().contains("find-a1"), QJsonDocument(audit).toJson().constData());
    const QString newer = writePackage(QStringLiteral("new.fieldbook"));
    Result<PackageImportResult> r = AuditPackage::importSigned(*m_ho, newer);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QVERIFY(r->deletionsReceived >= 1);
    r = AuditPackage::importSigned(*m_ho, older);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(m_ho->scalar(QStringLiteral("SELECT count(*) FROM findings WHERE uuid = 'find-a1'"))->toInt(), 0);
    QCOMPARE(m_ho->scalar(QStringLiteral("SELECT count(*) FROM corrective_actions WHERE uuid = 'cap-a1'"))->toInt(), 0);
}

// The auditor deleted a finding head office already has: never deleted silently, a conflict;
// taking the incoming side deletes it (and its corrective action), and it stays deleted.
void TestHostilePackages::testDeletionOfRowHereIsAConflict()
{
    const QString first = writePackage(QStringLiteral("with.fieldbook"));
    const QString older = writePackage(QStringLiteral("with-again.fieldbook"), {}, QStringLiteral("Ana Lee"),
                                       QDateTime::currentDateTimeUtc().addSecs(-60));
    QVERIFY(AuditPackage::importSigned(*m_ho, first).ok());
    QVERIFY(m_auditor->exec(QStringLiteral("DELETE FROM findings WHERE uuid = 'find-a1'")).ok());
    Result<PackageImportResult> r =
        AuditPackage::importSigned(*m_ho, writePackage(QStringLiteral("without.fieldbook")));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->deletionsNotApplied, 1);
    QCOMPARE(m_ho->scalar(QStringLiteral("SELECT count(*) FROM findings WHERE uuid = 'find-a1'"))->toInt(), 1);
    const QVariant conflict = m_ho->scalar(QStringLiteral("SELECT uuid FROM sync_conflicts WHERE entity = 'findings' "
                                                          "AND entity_uuid = 'find-a1' AND field = '(deleted)'"))
                                  .value();
    QVERIFY(conflict.isValid() && !conflict.isNull());
    Status s = SyncConflicts::resolve(*m_ho, conflict.toString(), ConflictChoice::TakeIncoming);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(m_ho->scalar(QStringLiteral("SELECT count(*) FROM findings WHERE uuid = 'find-a1'"))->toInt(), 0);
    QCOMPARE(m_ho->scalar(QStringLiteral("SELECT count(*) FROM corrective_actions WHERE uuid = 'cap-a1'"))->toInt(), 0);
    QVERIFY(AuditPackage::importSigned(*m_ho, older).ok());
    QCOMPARE(m_ho->scalar(QStringLiteral("SELECT count(*) FROM findings WHERE uuid = 'find-a1'"))->toInt(), 0);
}

void TestHostilePackages::testDeletedAuditIsNotBroughtBack()
{
    const QString file = writePackage(QStringLiteral("p.fieldbook"));
    const QString again = writePackage(QStringLiteral("p2.fieldbook"), {}, QStringLiteral("Ana Lee"),
                                       QDateTime::currentDateTimeUtc().addSecs(-30));
    QVERIFY(AuditPackage::importSigned(*m_ho, file).ok());
    QVERIFY(AuditRepository(*m_ho).deleteAudit(m_auditA).ok());
    expectRefused(again, {m_auditA, QStringLiteral("deleted")});
}

void TestHostilePackages::testUntrustedKeyIsRefused()
{
    const SigningKeyPair stranger = SigningKeyPair::generate();
    const QString file = writePackage(QStringLiteral("stranger.fieldbook"), {}, QStringLiteral("Ana Lee"),
                                      QDateTime::currentDateTimeUtc(), &stranger);
    expectRefused(file, {stranger.publicKey.fingerprint(), QStringLiteral("not trusted")});
}

// The trusted comment is written by the signer: the verdict and the store name the key by the
// store's label. A comment with markup stays text.
void TestHostilePackages::testVerdictNamesStoreLabelNotComment()
{
    const QString file = writePackage(QStringLiteral("label.fieldbook"), {}, QStringLiteral("<b>Head office</b>"));
    const PackageVerification v = PackageVerifier::verify(&*m_ho, file);
    QVERIFY2(v.isValid(), qPrintable(v.reason));
    QCOMPARE(v.signer, QStringLiteral("Ana Lee (HO register)"));
    QCOMPARE(v.claimedSigner, QStringLiteral("<b>Head office</b>"));
    Result<PackageImportResult> r = AuditPackage::importSigned(*m_ho, file);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->signer, QStringLiteral("Ana Lee (HO register)"));
    QCOMPARE(m_ho->scalar(QStringLiteral("SELECT signer FROM package_imports"))->toString(),
             QStringLiteral("Ana Lee (HO register)"));
}

// --pubkey with a key the store does not trust: imported, but with a loud warning naming the
// key id and fingerprint, and recorded as a one-time key (CLI).
void TestHostilePackages::testOneTimeKeyWarnsWithFingerprint()
{
    const SigningKeyPair stranger = SigningKeyPair::generate();
    const QString file =
        writePackage(QStringLiteral("onetime.fieldbook"), {}, QStringLiteral("Ana Lee (head office approved)"),
                     QDateTime::currentDateTimeUtc(), &stranger);
    const QString pub = path(QStringLiteral("stranger.pub"));
    QFile f(pub);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(stranger.publicKey.toFile());
    f.close();
    const QString store = path(QStringLiteral("ho.sqlite"));
    m_ho.reset(); // the CLI opens the store itself
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("--db"), store, QStringLiteral("import-package"), file}, &out, &err), 3);
    QCOMPARE(
        runCli({QStringLiteral("--db"), store, QStringLiteral("import-package"), file, QStringLiteral("--pubkey"), pub},
               &out, &err),
        0);
    QVERIFY2(err.contains(QStringLiteral("WARNING")), qPrintable(err));
    QVERIFY2(err.contains(stranger.publicKey.fingerprint()), qPrintable(err));
    QVERIFY2(err.contains(stranger.publicKey.keyIdHex()), qPrintable(err));
    Result<Database> db = Database::open(store);
    QVERIFY(db.ok());
    const QString signer = db->scalar(QStringLiteral("SELECT signer FROM package_imports"))->toString();
    QVERIFY2(signer.contains(QStringLiteral("one-time key")) && !signer.contains(QStringLiteral("approved")),
             qPrintable(signer));
}

void TestHostilePackages::testKeyFileWithKnownIdButOtherKeyIsRefused()
{
    // A key file that claims the trusted key's id but holds another public key.
    SigningKeyPair forged = SigningKeyPair::generate();
    forged.publicKey.keyId = m_key.publicKey.keyId;
    const QString file = writePackage(QStringLiteral("forged.fieldbook"), {}, QStringLiteral("Ana Lee"),
                                      QDateTime::currentDateTimeUtc(), &forged);
    expectRefused(file, {QStringLiteral("Ana Lee (HO register)"), QStringLiteral("different public key")},
                  &forged.publicKey);
}

// Revoked as of a date: packages signed after it are refused, those signed before still import.
void TestHostilePackages::testRevokedKeyRefusesLaterPackages()
{
    // Revoked as of an hour from now (the time the key was last known safe): a package signed now
    // is before, one whose signature says two hours from now is after.
    const QDateTime revokedAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    const QString before = writePackage(QStringLiteral("before.fieldbook"), {}, QStringLiteral("Ana Lee"),
                                        QDateTime::currentDateTimeUtc());
    const QString after =
        writePackage(QStringLiteral("after.fieldbook"), {}, QStringLiteral("Ana Lee"), revokedAt.addSecs(3600));
    QVERIFY(KeyStore::revoke(*m_ho, m_key.publicKey.keyIdHex(), revokedAt).ok());
    expectRefused(after, {QStringLiteral("revoked"), m_key.publicKey.fingerprint()});
    const PackageVerification v = PackageVerifier::verify(&*m_ho, after);
    QVERIFY(!v.isValid());
    QVERIFY2(v.reason.contains(QStringLiteral("revoked")), qPrintable(v.reason));
    // Even given as a key file for one import, a revoked key stays revoked.
    expectRefused(after, {QStringLiteral("revoked")}, &m_key.publicKey);
    Result<PackageImportResult> r = AuditPackage::importSigned(*m_ho, before);
    QVERIFY2(r.ok(), qPrintable(r.error()));
}

void TestHostilePackages::testUntrustedAgainIsRefused()
{
    const QString file = writePackage(QStringLiteral("u.fieldbook"));
    QVERIFY(KeyStore::untrust(*m_ho, m_key.publicKey.fingerprint()).ok());
    expectRefused(file, {QStringLiteral("not trusted")});
}

// minisign signs the trusted comment's bytes; a comment that is not UTF-8 is valid there. The
// signature here is made by the test itself with libsodium, in minisign's format.
void TestHostilePackages::testNonUtf8TrustedCommentVerifies()
{
    QVERIFY(sodium_init() >= 0);
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    const QByteArray keyId = QByteArray::fromHex("0102030405060708");
    const QByteArray data("report bytes\n");
    unsigned char hash[crypto_generichash_BYTES_MAX];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(data.constData()), data.size(),
                       nullptr, 0);
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr, hash, sizeof hash, sk);
    const QByteArray comment("timestamp:1765000000\tfile:report.pdf\tsigner:Nguy\xe1\xbb\x85n \xff\xfe Latin-1 \xe9");
    const QByteArray global = sig + comment;
    QByteArray globalSig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(globalSig.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(global.constData()), global.size(), sk);
    const QByteArray file = "untrusted comment: signature from minisign secret key\n" +
                            QByteArray("ED" + keyId + sig).toBase64() + "\ntrusted comment: " + comment + "\n" +
                            globalSig.toBase64() + "\n";
    Result<MinisignSignature> parsed = MinisignSignature::parse(file);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const MinisignPublicKey key{keyId, QByteArray(reinterpret_cast<const char*>(pk), sizeof pk)};
    Status ok = Minisign::verify(data, parsed.value(), key);
    QVERIFY2(ok.ok(), qPrintable(ok.error()));
    // Written back byte for byte, and a changed comment byte still fails.
    QCOMPARE(parsed->toFile().right(comment.size() + 90).contains(comment), true);
    QByteArray changed = file;
    changed.replace("\xff\xfe", "\xff\xfd");
    Result<MinisignSignature> tampered = MinisignSignature::parse(changed);
    QVERIFY(tampered.ok());
    QVERIFY(!Minisign::verify(data, tampered.value(), key).ok());
}

FIELDBOOK_TEST_GUILESS_MAIN(TestHostilePackages)
#include "TestHostilePackages.moc"
