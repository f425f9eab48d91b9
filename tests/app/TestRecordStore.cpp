#include "app/core/PersonalDataProtector.h"
#include "app/demo/DemoParams.h"
#include "app/demo/FactoryGenerator.h"
#include "app/demo/RecordWriter.h"
#include "app/records/RecordStore.h"
#include "database/AuditRepository.h"
#include "database/Database.h"
#include "support/TestRegistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;

namespace {

// Stand-in for the libsodium protector: reversible, and never the plaintext's bytes.
class ScramblingProtector : public PersonalDataProtector
{
public:
    bool unlocked = true;
    bool isUnlocked() const override
    {
        return unlocked;
    }
    QByteArray seal(const QString& plaintext) const override
    {
        QByteArray bytes = plaintext.toUtf8();
        for (char& c : bytes) {
            c = char(c ^ 0x5A);
        }
        return "S1" + bytes;
    }
    std::optional<QString> open(const QByteArray& sealed) const override
    {
        if (!unlocked || !sealed.startsWith("S1")) {
            return std::nullopt;
        }
        QByteArray bytes = sealed.mid(2);
        for (char& c : bytes) {
            c = char(c ^ 0x5A);
        }
        return QString::fromUtf8(bytes);
    }
    std::shared_ptr<const PersonalDataProtector> clone() const override
    {
        return std::make_shared<ScramblingProtector>(*this);
    }
};

struct Fixture
{
    QTemporaryDir dir;
    Database db;
    qint64 auditId = 0;
    GeneratedFactory factory;
    QString recordsDir;

    bool setUp(int workers = 40, int days = 14)
    {
        Result<Database> opened = Database::open(dir.filePath(QStringLiteral("store.fieldbook")));
        if (!opened) {
            return false;
        }
        db = opened.take();
        Facility facility;
        facility.name = QStringLiteral("Test Garments");
        facility.country = QStringLiteral("CN");
        Audit audit;
        audit.codes = {QStringLiteral("sa8000")};
        Result<Audit> created = AuditRepository(db).createAudit(facility, audit);
        if (!created) {
            return false;
        }
        auditId = created->id;
        FactoryProfile profile;
        profile.workers = workers;
        profile.days = days;
        profile.seed = 7;
        factory = FactoryGenerator::generate(profile, demoParams());
        recordsDir = dir.filePath(QStringLiteral("records"));
        return RecordWriter::write(factory.records, recordsDir).ok();
    }
    qint64 count(const QString& table) const
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table))->toLongLong();
    }
    QList<qint64> counts() const
    {
        QList<qint64> result;
        for (const char* table : {"workers", "time_records", "payroll", "production", "gate_events", "record_imports",
                                  "import_quarantine"}) {
            result.append(count(QString::fromLatin1(table)));
        }
        return result;
    }
    void append(const QString& file, const QByteArray& text) const
    {
        QFile f(QDir(recordsDir).filePath(file));
        QVERIFY(f.open(QIODevice::Append));
        f.write(text);
    }
};

} // namespace

class TestRecordStore : public QObject
{
    Q_OBJECT

private slots:
    void reloadEqualsWhatWasRead()
    {
        Fixture f;
        QVERIFY(f.setUp());
        ScramblingProtector protector;
        Result<RecordImportOutcome> imported = RecordStore(f.db, &protector).importDirectory(f.auditId, f.recordsDir);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported->personalValuesWithheld, 0);
        QCOMPARE(imported->rows.value(QStringLiteral("time_records")), int(f.factory.records.timeRecords.size()));

        RecordReadOptions hashing;
        hashing.computeSha256 = true;
        Result<RecordReadOutcome> read = RecordDirectoryReader::read(f.recordsDir, hashing);
        QVERIFY(read.ok());
        Result<RecordSet> loaded = RecordStore::loadRecordSet(f.db, f.auditId, &protector);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        const RecordSet& a = read->records;
        const RecordSet& b = loaded.value();
        QCOMPARE(b.workerIds, a.workerIds);
        QCOMPARE(b.workers.size(), a.workers.size());
        for (size_t i = 0; i < a.workers.size(); ++i) {
            QCOMPARE(b.workers[i].birthDate, a.workers[i].birthDate);
            QCOMPARE(b.workers[i].hireDate, a.workers[i].hireDate);
            QCOMPARE(b.workers[i].terminationDate, a.workers[i].terminationDate);
            QCOMPARE(b.workers[i].idNumber, a.workers[i].idNumber); // opened with the protector
            QCOMPARE(b.workers[i].department, a.workers[i].department);
            QCOMPARE(b.workers[i].line, a.workers[i].line);
        }
        QCOMPARE(b.timeRecords.size(), a.timeRecords.size());
        for (size_t i = 0; i < a.timeRecords.size(); ++i) {
            QCOMPARE(b.timeRecords[i].worker, a.timeRecords[i].worker);
            QCOMPARE(b.timeRecords[i].date, a.timeRecords[i].date);
            QCOMPARE(b.timeRecords[i].timeIn, a.timeRecords[i].timeIn);
            QCOMPARE(b.timeRecords[i].timeOut, a.timeRecords[i].timeOut);
            QCOMPARE(b.timeRecords[i].breakMinutes, a.timeRecords[i].breakMinutes);
        }
        QCOMPARE(b.payroll.size(), a.payroll.size());
        for (size_t i = 0; i < a.payroll.size(); ++i) {
            QCOMPARE(b.payroll[i].netPay, a.payroll[i].netPay);
            QCOMPARE(b.payroll[i].overtimeHours, a.payroll[i].overtimeHours);
            QCOMPARE(b.payroll[i].hasBonus, a.payroll[i].hasBonus);
        }
        QCOMPARE(b.production.size(), a.production.size());
        QCOMPARE(b.gateEvents.size(), a.gateEvents.size());
        for (size_t i = 0; i < a.gateEvents.size(); ++i) {
            QCOMPARE(b.gateEvents[i].date, a.gateEvents[i].date);
            QCOMPARE(b.gateEvents[i].time, a.gateEvents[i].time);
            QCOMPARE(b.gateEvents[i].in, a.gateEvents[i].in);
        }
        // The import rows carry each file's hash and counts.
        QCOMPARE(f.db.scalar(QStringLiteral("SELECT sha256 FROM record_imports WHERE kind = 'workers'"))->toString(),
                 QString::fromLatin1(read->files[0].sha256));
        QCOMPARE(
            f.db.scalar(QStringLiteral("SELECT row_count FROM record_imports WHERE kind = 'gate_log'"))->toLongLong(),
            qint64(a.gateEvents.size()));
    }

    void failureMidImportLeavesNothing()
    {
        Fixture f;
        QVERIFY(f.setUp());
        QVERIFY(RecordStore(f.db).importDirectory(f.auditId, f.recordsDir).ok());
        const QList<qint64> before = f.counts();
        const QString importsBefore =
            f.db.scalar(QStringLiteral("SELECT group_concat(uuid) FROM record_imports"))->toString();

        // A statement that fails while the last table is being written: workers, time records
        // and payroll of the new import are already in the transaction by then.
        QVERIFY(
            f.db.exec(QStringLiteral("CREATE TRIGGER fail_mid_import BEFORE INSERT ON gate_events "
                                     "WHEN NEW.source_line = 500 BEGIN SELECT RAISE(ABORT, 'injected failure'); END;"))
                .ok());
        f.append(QStringLiteral("time_records.csv"), "W00001,2025-12-14,08:00,12:00,0\n");
        Result<RecordImportOutcome> failed = RecordStore(f.db).importDirectory(f.auditId, f.recordsDir);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QStringLiteral("injected failure")) &&
                     failed.error().contains(QStringLiteral("gate_log.csv")),
                 qPrintable(failed.error()));
        QCOMPARE(f.counts(), before);
        QCOMPARE(f.db.scalar(QStringLiteral("SELECT group_concat(uuid) FROM record_imports"))->toString(),
                 importsBefore);
        QCOMPARE(f.db.scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1); // bulk settings restored

        // A bad row in the last file, all-or-nothing: refused before anything is written.
        QVERIFY(f.db.exec(QStringLiteral("DROP TRIGGER fail_mid_import")).ok());
        f.append(QStringLiteral("gate_log.csv"), "W00001,2025-12-14 25:00,in\n");
        Result<RecordImportOutcome> refused = RecordStore(f.db).importDirectory(f.auditId, f.recordsDir);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("gate_log.csv:")), qPrintable(refused.error()));
        QCOMPARE(f.counts(), before);
    }

    void quarantineRowsAreStored()
    {
        Fixture f;
        QVERIFY(f.setUp());
        f.append(QStringLiteral("time_records.csv"), "W00002,2025-12-09,08:00,08:00,0\n");
        f.append(QStringLiteral("workers.csv"),
                 "W09999,2001-02-30,2024-01-01,S1234567,F,Sewing 1,Operator,,Secret Name\n");
        RecordReadOptions options;
        options.mode = ImportMode::Quarantine;
        Result<RecordImportOutcome> imported = RecordStore(f.db).importDirectory(f.auditId, f.recordsDir, options);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported->quarantined, 2);
        QCOMPARE(f.count(QStringLiteral("time_records")), qint64(f.factory.records.timeRecords.size()));
        Result<Statement> st =
            f.db.prepare(QStringLiteral("SELECT r.file_name, r.mode, r.quarantined, q.line, q.column_name, q.reason, "
                                        "q.raw FROM import_quarantine q "
                                        "JOIN record_imports r ON r.id = q.import_id ORDER BY r.file_name"));
        QVERIFY(st.ok());
        QVERIFY(st->step());
        QCOMPARE(st->text(0), QStringLiteral("time_records.csv"));
        QCOMPARE(st->text(1), QStringLiteral("quarantine"));
        QCOMPARE(st->integer(2), 1);
        QCOMPARE(st->integer(3), int(f.factory.records.timeRecords.size()) + 2);
        QCOMPARE(st->text(4), QStringLiteral("time_out"));
        QCOMPARE(st->text(6), QStringLiteral("W00002,2025-12-09,08:00,08:00,0"));
        QVERIFY(st->step());
        QCOMPARE(st->text(0), QStringLiteral("workers.csv"));
        QCOMPARE(st->text(4), QStringLiteral("birth_date"));
        // Personal cells of a quarantined register row are masked.
        QVERIFY(!st->text(6).contains(QStringLiteral("Secret Name")));
        QVERIFY(!st->text(6).contains(QStringLiteral("S1234567")));
    }

    void reimportReplacesThatKind()
    {
        Fixture f;
        QVERIFY(f.setUp());
        QVERIFY(RecordStore(f.db).importDirectory(f.auditId, f.recordsDir).ok());
        const QList<qint64> first = f.counts();
        Result<RecordImportOutcome> again = RecordStore(f.db).importDirectory(f.auditId, f.recordsDir);
        QVERIFY(again.ok());
        QCOMPARE(f.counts(), first);
        QVERIFY(again->replacedKinds.contains(QStringLiteral("time_records")));

        // Quarantine rows of a replaced import go with it.
        f.append(QStringLiteral("time_records.csv"), "W00002,2025-12-09,08:00,08:00,0\n");
        RecordReadOptions quarantine;
        quarantine.mode = ImportMode::Quarantine;
        for (int i = 0; i < 2; ++i) {
            QVERIFY(RecordStore(f.db).importDirectory(f.auditId, f.recordsDir, quarantine).ok());
            QCOMPARE(f.count(QStringLiteral("import_quarantine")), qint64(1));
        }
        QCOMPARE(f.db.scalar(QStringLiteral("SELECT count(*) FROM import_quarantine WHERE import_id NOT IN "
                                            "(SELECT id FROM record_imports)"))
                     ->toInt(),
                 0);
    }

    void noPlaintextPersonalData()
    {
        for (const bool withProtector : {false, true}) {
            Fixture f;
            QVERIFY(f.setUp(30, 7));
            ScramblingProtector protector;
            Result<RecordImportOutcome> imported =
                RecordStore(f.db, withProtector ? &protector : nullptr).importDirectory(f.auditId, f.recordsDir);
            QVERIFY(imported.ok());
            QCOMPARE(imported->personalValuesWithheld, withProtector ? 0 : 60);
            QCOMPARE(f.db.scalar(QStringLiteral("SELECT count(*) FROM workers WHERE name IS NOT NULL"))->toInt(),
                     withProtector ? 30 : 0);
            const QString path = f.db.path();
            f.db.close();
            QByteArray bytes;
            for (const QString& file : QStringList{path, path + QStringLiteral("-wal")}) {
                QFile raw(file);
                if (raw.open(QIODevice::ReadOnly)) {
                    bytes += raw.readAll();
                }
            }
            QVERIFY(bytes.size() > 10000);
            for (const WorkerRecord& w : f.factory.records.workers) {
                QVERIFY2(!bytes.contains(w.idNumber.toUtf8()), qPrintable(w.idNumber));
                QVERIFY2(!bytes.contains(w.name.toUtf8()), "a worker's name is in the store file");
            }
        }
    }

    void columnMappingsPerFacility()
    {
        Fixture f;
        QVERIFY(f.setUp(20, 7));
        const qint64 facilityId = AuditRepository(f.db).audit(f.auditId)->facilityId;
        RecordStore store(f.db);
        const ColumnMapping mapping({{QStringLiteral("worker_id"), QStringLiteral("Emp No")}});
        QVERIFY(store.saveColumnMapping(facilityId, QStringLiteral("time_records"), mapping).ok());
        QVERIFY(store.saveColumnMapping(facilityId, QStringLiteral("time_records"), mapping).ok()); // upsert
        Result<QHash<QString, ColumnMapping>> loaded = store.columnMappings(facilityId);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->value(QStringLiteral("time_records")).userMapping(), mapping.userMapping());

        // The saved mapping is used by the next import of that facility.
        QFile file(QDir(f.recordsDir).filePath(QStringLiteral("time_records.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray content = file.readAll();
        file.close();
        content.replace(0, int(strlen("worker_id")), "Emp No");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        Result<RecordImportOutcome> imported = store.importDirectory(f.auditId, f.recordsDir);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QVERIFY(f.db.scalar(QStringLiteral("SELECT mapping_json FROM record_imports WHERE kind = 'time_records'"))
                    ->toString()
                    .contains(QStringLiteral("Emp No")));
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestRecordStore)
#include "TestRecordStore.moc"
