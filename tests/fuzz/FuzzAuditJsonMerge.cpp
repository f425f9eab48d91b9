// Fuzz target: the merge of a package's audit.json into a store (issue 13): the package boundary
// check and the merge of AuditPackage::importSigned, reached through detail::mergeVerifiedPackage
// (app/sync/AuditPackageMerge.h), the part of the import after the signature check. The signature
// itself is bypassed: a fuzzer cannot forge Ed25519 signatures, and a package signed by a trusted
// yet careless (or stolen) key is exactly the case the boundary check exists for.
//
// Each input is audit.json. It is wrapped in a real container (PackageContainer::serialize, the
// manifest naming the input's audit_uuid, an evidence/<uuid> entry for each evidence row) and merged
// into a fresh copy of a store made once per process with the real migrations: audit A (seeded,
// so a package of A merges into existing rows: conflicts, natural keys, renamed interviews) and
// audit B of another facility. After each input the target aborts unless
//   * PRAGMA integrity_check is ok and PRAGMA foreign_key_check finds nothing;
//   * every seeded audit other than the package's audit has exactly the rows it had (all columns);
//   * no row of an audit table lies outside every audit (no orphan the boundary let through);
//   * a refused package left the store byte for byte as it was (one transaction, rolled back).
// FIELDBOOK_FUZZ_DUMP_SEEDS=DIR writes audit A's and B's audit.json (AuditPackage::build) to DIR;
// FIELDBOOK_FUZZ_VERBOSE=1 prints what became of each input (imported or refused, and why).
#include "app/sync/AuditPackage.h"
#include "app/sync/AuditPackageMerge.h"
#include "app/sync/AuditTables.h"
#include "database/AuditRepository.h"
#include "database/Database.h"
#include "tests/fuzz/FuzzLimits.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sqlite3.h>

using namespace fieldbook;

namespace {

const QString kAuditA = QStringLiteral("a0000000-0000-4000-8000-00000000000a");
const QString kAuditB = QStringLiteral("b0000000-0000-4000-8000-00000000000b");
const QString kFacilityA = QStringLiteral("fa000000-0000-4000-8000-0000000000fa");
const QString kFacilityB = QStringLiteral("fb000000-0000-4000-8000-0000000000fb");

[[noreturn]] void fail(const char* what, const QString& detail = QString())
{
    std::fprintf(stderr, "audit_json_merge invariant broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

void must(const Status& s, const char* what)
{
    if (!s) {
        fail(what, s.error());
    }
}

QString text(const Database& db, const QString& sql, const QVariantList& binds = {})
{
    Result<QVariant> v = db.scalar(sql, binds);
    if (!v) {
        fail("query failed:", sql + QStringLiteral(": ") + v.error());
    }
    return v->toString();
}

qint64 auditId(const Database& db, const QString& uuid)
{
    return text(db, QStringLiteral("SELECT id FROM audits WHERE uuid = ?1"), {uuid}).toLongLong();
}

// Every column of every row of the audit (auditTables(): facility, rows, trail) and of what an
// import writes about it (conflicts, tombstones, package imports), hashed.
QByteArray digestOfAudit(const Database& db, const QString& uuid)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 id = auditId(db, uuid);
    auto add = [&](const QString& sql, const QVariant& bind) {
        Result<Statement> s = db.prepare(sql);
        if (!s) {
            fail("prepare failed:", s.error());
        }
        s->bindVariant(1, bind);
        while (s->step()) {
            for (int c = 0; c < s->columnCount(); ++c) {
                const QVariant v = s->value(c);
                hash.addData(QByteArray(
                    QByteArray::number(v.typeId()) + ':' +
                    (v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8()) + '\x1f'));
            }
            hash.addData("\x1e");
        }
        hash.addData(sql.toUtf8());
    };
    for (const AuditTable& t : auditTables()) {
        add(t.rowsOfAudit, id);
    }
    add(QStringLiteral("SELECT * FROM sync_conflicts WHERE audit_id = ?1 ORDER BY id"), id);
    add(QStringLiteral("SELECT * FROM deleted_rows WHERE audit_uuid = ?1 ORDER BY id"), uuid);
    add(QStringLiteral("SELECT * FROM package_imports WHERE audit_uuid = ?1 ORDER BY id"), uuid);
    return hash.result();
}

void exec(const Database& db, const QString& sql)
{
    must(db.exec(sql), qPrintable(sql.left(60)));
}

// Audit `uuid` of facility `facility` with a few rows in the tables a package carries.
void seedAudit(const Database& db, const QString& uuid, const QString& facilityUuid, const QString& facilityName,
               const QString& tag)
{
    Facility f;
    f.name = facilityName;
    f.country = QStringLiteral("KH");
    f.uuid = facilityUuid;
    Audit a;
    a.uuid = uuid;
    a.codes = {QStringLiteral("wrap")};
    Result<Audit> audit = AuditRepository(db).createAudit(f, a);
    if (!audit) {
        fail("seed: createAudit", audit.error());
    }
    const qint64 id = audit->id;
    const QString t = QStringLiteral("2026-03-02T08:00:00Z");
    exec(db, QStringLiteral("INSERT INTO findings (uuid, audit_id, title, severity, created_at, updated_at) VALUES "
                            "('find-%1', %2, 'Locked exit', 'critical', '%3', '%3')")
                 .arg(tag)
                 .arg(id)
                 .arg(t));
    exec(db, QStringLiteral("INSERT INTO corrective_actions (uuid, finding_id, corrective_action, responsible, "
                            "due_date, created_at, updated_at) VALUES ('cap-%1', (SELECT id FROM findings WHERE uuid "
                            "= 'find-%1'), 'Unlock the exit', 'Facility manager', '2026-04-01', '%2', '%2')")
                 .arg(tag, t));
    exec(db, QStringLiteral("INSERT INTO audit_team (uuid, audit_id, name, role, updated_at) VALUES ('team-%1', %2, "
                            "'Ana Lee', 'lead', '%3')")
                 .arg(tag)
                 .arg(id)
                 .arg(t));
    exec(db, QStringLiteral("INSERT INTO phase_notes (uuid, audit_id, phase, body, updated_at) VALUES ('phase-%1', "
                            "%2, 'opening', 'Scope agreed', '%3')")
                 .arg(tag)
                 .arg(id)
                 .arg(t));
    exec(db, QStringLiteral("INSERT INTO interviews (uuid, audit_id, kind, pseudonym, worker_ref, created_at, "
                            "updated_at) VALUES ('int-%1', %2, 'worker', 'W-01', NULL, '%3', '%3')")
                 .arg(tag)
                 .arg(id)
                 .arg(t));
    exec(db, QStringLiteral("UPDATE audits SET created_at = '2026-03-01T00:00:00Z' WHERE id = %1").arg(id));
    exec(db,
         QStringLiteral(
             "INSERT INTO checklist_items (uuid, audit_id, question_key, catalog_version, section, "
             "question, sort_order) VALUES ('item-%1', %2, 'wrap:1.1', 'wrap:2024', 'WRAP 1', 'Are exits open?', 1), "
             "('item2-%1', %2, 'wrap:1.2', 'wrap:2024', 'WRAP 1', 'Are wages paid?', 2)")
             .arg(tag)
             .arg(id));
    exec(db, QStringLiteral("INSERT INTO checklist_item_clauses (item_id, clause) SELECT id, 'wrap:1' FROM "
                            "checklist_items WHERE uuid = 'item-%1'")
                 .arg(tag));
    exec(db, QStringLiteral("INSERT INTO interview_answers (uuid, interview_id, item_id, question_key, answer, "
                            "updated_at) VALUES ('ans-%1', (SELECT id FROM interviews WHERE uuid = 'int-%1'), (SELECT "
                            "id FROM checklist_items WHERE uuid = 'item-%1'), 'wrap:1.1', 'yes', '%2')")
                 .arg(tag, t));
    exec(db, QStringLiteral("INSERT INTO checklist_responses (uuid, item_id, answer, notes, updated_at) SELECT "
                            "'resp-%1', id, 'compliant', 'seen', '%2' FROM checklist_items WHERE audit_id = %3 "
                            "ORDER BY id LIMIT 1")
                 .arg(tag, t)
                 .arg(id));
}

struct Fixture
{
    Database seeded; // audits A and B, never written after set-up
    Database db;     // a copy of `seeded` for each input
    QByteArray digestA;
    QByteArray digestB;
    QList<AuditTable> countedTables; // audit tables whose every row belongs to an audit
};

QByteArray serialize(const Database& db)
{
    sqlite3_int64 size = 0;
    unsigned char* data = sqlite3_serialize(db.handle(), "main", &size, 0);
    if (!data) {
        fail("sqlite3_serialize");
    }
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    sqlite3_free(data);
    return bytes;
}

// The backup API, not sqlite3_deserialize: after a deserialize, SQLite 3.40's eponymous virtual
// tables (pragma_table_info, which the import uses) read a freed schema (valgrind: invalid read in
// sqlite3SchemaToIndex). The app never deserializes; the harness must not either.
void restore(const Fixture& f)
{
    sqlite3_backup* backup = sqlite3_backup_init(f.db.handle(), "main", f.seeded.handle(), "main");
    if (!backup || sqlite3_backup_step(backup, -1) != SQLITE_DONE) {
        fail("sqlite3_backup", f.db.lastError());
    }
    sqlite3_backup_finish(backup);
}

void dumpSeeds(const Database& db, const QString& dir)
{
    for (const QString& uuid : {kAuditA, kAuditB}) {
        PackageExportOptions options;
        options.auditUuid = uuid;
        Result<PackageContainer> container = AuditPackage::build(db, options);
        if (!container) {
            fail("seed export", container.error());
        }
        QFile out(
            QStringLiteral("%1/seeded_%2.json").arg(dir, uuid == kAuditA ? QStringLiteral("a") : QStringLiteral("b")));
        if (!out.open(QIODevice::WriteOnly)) {
            fail("cannot write", out.fileName());
        }
        out.write(container->entry(QStringLiteral("audit.json"))->data);
    }
}

Fixture& fixture()
{
    static Fixture* f = [] {
        auto* fx = new Fixture;
        for (Database* d : {&fx->seeded, &fx->db}) {
            Result<Database> db = Database::open(QStringLiteral(":memory:"));
            if (!db) {
                fail("open", db.error());
            }
            *d = db.take();
            d->setActor(QStringLiteral("fuzz"));
        }
        seedAudit(fx->seeded, kAuditA, kFacilityA, QStringLiteral("River Textiles"), QStringLiteral("a"));
        seedAudit(fx->seeded, kAuditB, kFacilityB, QStringLiteral("Hill Garments"), QStringLiteral("b"));
        if (const QByteArray dir = qgetenv("FIELDBOOK_FUZZ_DUMP_SEEDS"); !dir.isEmpty()) {
            dumpSeeds(fx->seeded, QString::fromLocal8Bit(dir));
        }
        fx->digestA = digestOfAudit(fx->seeded, kAuditA);
        fx->digestB = digestOfAudit(fx->seeded, kAuditB);
        for (const AuditTable& t : auditTables()) {
            if (t.name != QLatin1String("facilities") && t.name != QLatin1String("audit_trail")) {
                fx->countedTables.append(t);
            }
        }
        return fx;
    }();
    return *f;
}

// The container importSigned would have verified: audit.json as given, the manifest naming the
// audit that audit.json names (else every input stops at that first check), evidence entries.
QByteArray packageOf(const QByteArray& auditJson, QString* auditUuid)
{
    PackageContainer container;
    const QJsonObject audit = QJsonDocument::fromJson(auditJson).object();
    *auditUuid = audit.value(QStringLiteral("audit_uuid")).toString();
    container.formatVersion = audit.value(QStringLiteral("format_version")).toInt() == 2 ? 2 : 1;
    container.meta = {{QStringLiteral("audit_uuid"), *auditUuid},
                      {QStringLiteral("created_at"), QStringLiteral("2026-06-01T00:00:00Z")}};
    container.entries.append({QStringLiteral("audit.json"), auditJson});
    const QJsonArray evidence =
        audit.value(QStringLiteral("tables")).toObject().value(QStringLiteral("evidence")).toArray();
    for (qsizetype i = 0; i < evidence.size() && i < 64; ++i) {
        const QString uuid = evidence.at(i).toObject().value(QStringLiteral("uuid")).toString();
        container.entries.append({QStringLiteral("evidence/") + uuid, QByteArray("evidence ") + uuid.toUtf8()});
    }
    return container.serialize();
}

void checkInvariants(const Fixture& f, const QByteArray& before, const QString& packageAudit, bool imported)
{
    const Database& db = f.db;
    if (const QString ok = text(db, QStringLiteral("PRAGMA integrity_check")); ok != QLatin1String("ok")) {
        fail("integrity_check:", ok);
    }
    if (Result<Statement> fk = db.prepare(QStringLiteral("PRAGMA foreign_key_check")); !fk || fk->step()) {
        fail("foreign_key_check finds rows");
    }
    if (!imported) {
        if (serialize(db) != before) {
            fail("a refused package changed the store");
        }
        return;
    }
    if (packageAudit != kAuditA && digestOfAudit(db, kAuditA) != f.digestA) {
        fail("a package of another audit changed audit A:", packageAudit);
    }
    if (packageAudit != kAuditB && digestOfAudit(db, kAuditB) != f.digestB) {
        fail("a package of another audit changed audit B:", packageAudit);
    }
    // Every row of an audit table belongs to one audit of the store.
    QList<qint64> audits;
    {
        Result<Statement> s = db.prepare(QStringLiteral("SELECT id FROM audits"));
        while (s && s->step()) {
            audits << s->int64(0);
        }
    }
    for (const AuditTable& t : f.countedTables) {
        qint64 ofAudits = 0;
        for (qint64 id : std::as_const(audits)) {
            ofAudits += text(db, QStringLiteral("SELECT count(*) FROM (%1)").arg(t.rowsOfAudit), {id}).toLongLong();
        }
        const qint64 all = text(db, QStringLiteral("SELECT count(*) FROM %1").arg(t.name)).toLongLong();
        if (all != ofAudits) {
            fail("rows outside every audit in", t.name);
        }
    }
    if (text(db, QStringLiteral("SELECT count(*) FROM audit_trail WHERE audit_uuid NOT IN (SELECT uuid FROM audits)"))
            .toInt() != 0) {
        fail("trail entries of no audit");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > fieldbook::fuzz::kMaxInputBytes) {
        return 0;
    }
    Fixture& f = fixture();
    restore(f);
    const QByteArray before = serialize(f.db);
    const QByteArray auditJson(reinterpret_cast<const char*>(data), qsizetype(size));
    QString packageAudit;
    const QByteArray bytes = packageOf(auditJson, &packageAudit);
    const detail::VerifiedSigner signer{MinisignPublicKey{QByteArray(8, '\x42'), QByteArray(32, '\x17')},
                                        QByteArray(8, '\x42'),
                                        QStringLiteral("fuzz key"),
                                        false,
                                        QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC),
                                        QStringLiteral("timestamp:1893456000\tfile:fuzz.fieldbook\tsigner:Fuzz")};
    const Result<PackageImportResult> result =
        detail::mergeVerifiedPackage(f.db, QStringLiteral("fuzz.fieldbook"), bytes, signer, {});
    static const bool verbose = qEnvironmentVariableIsSet("FIELDBOOK_FUZZ_VERBOSE");
    if (verbose) {
        std::fprintf(stderr, "  %s\n",
                     result.ok() ? qPrintable(QStringLiteral("imported: %1 inserted, %2 unchanged, %3 conflicts")
                                                  .arg(result->inserted)
                                                  .arg(result->unchanged)
                                                  .arg(result->conflicts))
                                 : qPrintable(QStringLiteral("refused: ") + result.error().left(200)));
    }
    checkInvariants(f, before, result.ok() ? result->auditUuid : QString(), result.ok());
    return 0;
}
