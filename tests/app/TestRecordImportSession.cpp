#include "app/demo/DemoParams.h"
#include "app/demo/FactoryGenerator.h"
#include "app/demo/RecordWriter.h"
#include "app/records/RecordImportJob.h"
#include "app/records/RecordImportSession.h"
#include "app/records/RecordKinds.h"
#include "database/AuditRepository.h"
#include "database/Database.h"
#include "support/TestRegistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;

namespace {

// The register and time cards of a small factory whose HR system names the columns its own way.
const QByteArray kBom = "\xEF\xBB\xBF";
const QByteArray kStaff = kBom + "Emp No,Date of Birth,Date of Joining,Dept,Employee Name,ID Card No\r\n"
                                 "W1,1990-01-01,2020-01-01,Sewing,Ana Lee,ID-1\r\n"
                                 "W2,1991-05-05,2021-01-01,Cutting,Bo Chen,ID-2\r\n"
                                 "W3,1992-06-06,2022-03-01,Sewing,Cai Wu,ID-3\r\n";
const QByteArray kClock = "Emp No,Work Date,Clock In,Left At,Pause\n"
                          "W1,2026-01-05,08:00,17:00,60\n"
                          "W2,2026-01-05,08:00,17:00,60\n"
                          "W3,2026-01-05,07:6x,17:00,60\n" // line 4: bad time_in
                          "W1,2026-01-06,08:00,17:00,60\n";

struct Store
{
    QTemporaryDir dir;
    Database db;
    Facility facility;
    qint64 auditId = 0;

    bool open()
    {
        Result<Database> opened = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
        if (!opened) {
            return false;
        }
        db = opened.take();
        facility.name = QStringLiteral("Pearl River Garments");
        facility.country = QStringLiteral("CN");
        Result<qint64> audit = newAudit();
        auditId = audit ? *audit : 0;
        return audit.ok();
    }
    // Another audit of the same facility (a follow-up visit), or of a new one.
    Result<qint64> newAudit(bool sameFacility = true)
    {
        Facility f = sameFacility ? facility : Facility();
        if (!sameFacility) {
            f.name = QStringLiteral("Other Factory");
            f.country = QStringLiteral("VN");
        }
        Audit audit;
        audit.codes = {QStringLiteral("sa8000")};
        Result<Audit> created = AuditRepository(db).createAudit(f, audit);
        if (!created) {
            return Result<qint64>::failure(created.error());
        }
        if (sameFacility) {
            facility.id = created->facilityId;
        }
        return created->id;
    }
    QString write(const QString& name, const QByteArray& content) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return path;
    }
    qint64 count(const QString& sql) const
    {
        return db.scalar(sql)->toLongLong();
    }
    QList<qint64> counts() const
    {
        QList<qint64> result;
        for (const char* table : {"workers", "time_records", "payroll", "production", "gate_events", "record_imports",
                                  "import_quarantine", "column_mappings"}) {
            result.append(count(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))));
        }
        return result;
    }
    RecordImportSession session(qint64 audit = 0) const
    {
        Result<RecordImportSession> s = RecordImportSession::forAudit(db, audit ? audit : auditId);
        return s ? s.take() : RecordImportSession();
    }
};

const ColumnChoice* choice(const RecordImportFile& file, const QString& column)
{
    for (const ColumnChoice& c : file.columns) {
        if (c.spec.name == column) {
            return &c;
        }
    }
    return nullptr;
}

QStringList places(const std::vector<RecordIssue>& issues)
{
    QStringList out;
    for (const RecordIssue& issue : issues) {
        out.append(QStringLiteral("%1:%2:%3").arg(issue.file).arg(issue.line).arg(issue.column));
    }
    return out;
}

} // namespace

class TestRecordImportSession : public QObject
{
    Q_OBJECT

private slots:
    void detectsKindByNameThenContentThenHeader()
    {
        Store s;
        QVERIFY(s.open());
        RecordImportSession session = s.session();
        const int named = session.addFile(s.write(QStringLiteral("Payroll 2025-12.csv"), "a,b\n1,2\n"));
        const int clock = session.addFile(s.write(QStringLiteral("device-7.dat"), "  17\t2026-01-05 07:58:00\t0\t1\n"));
        const int header = session.addFile(s.write(QStringLiteral("Clock export.csv"),
                                                   "Emp No,Work Date,Clock In,Clock Out\nW1,2026-01-05,08:00,17:00\n"));
        const int staff = session.addFile(s.write(QStringLiteral("staff.csv"), kStaff));
        const int unknown = session.addFile(s.write(QStringLiteral("notes.csv"), "a,b,c\n1,2,3\n"));
        QCOMPARE(session.file(named).kind, QStringLiteral("payroll"));
        QCOMPARE(session.file(named).kindSource, KindSource::FileName);
        QCOMPARE(session.file(clock).kind, QStringLiteral("attlog"));
        QCOMPARE(session.file(clock).kindSource, KindSource::Content);
        QCOMPARE(session.file(header).kind, QStringLiteral("time_records"));
        QCOMPARE(session.file(header).kindSource, KindSource::Header);
        QCOMPARE(session.file(staff).kind, QStringLiteral("workers")); // BOM and CRLF: headers still read
        QCOMPARE(session.file(staff).headers.first(), QStringLiteral("Emp No"));
        QCOMPARE(session.file(unknown).kind, QString());
        QVERIFY(session.fileProblems().join(QLatin1Char('\n')).contains(QStringLiteral("notes.csv: choose")));
        // The auditor's choice wins, and the columns are suggested again for the new kind.
        session.setKind(unknown, QStringLiteral("production"));
        QCOMPARE(session.file(unknown).kindSource, KindSource::User);
        QCOMPARE(int(session.file(unknown).columns.size()), 4);
        session.removeFile(unknown);
        session.removeFile(named);
        QVERIFY2(session.fileProblems().isEmpty(), qPrintable(session.fileProblems().join(QLatin1Char('\n'))));
        // The same file twice is one file.
        QCOMPARE(session.addFile(s.dir.filePath(QStringLiteral("staff.csv"))),
                 session.indexOfPath(s.dir.filePath(QStringLiteral("staff.csv"))));
        QCOMPARE(session.fileCount(), 3);
    }

    void suggestsExactNamesThenSavedMappingThenSynonyms()
    {
        Store s;
        QVERIFY(s.open());
        RecordImportSession session = s.session();
        session.setSavedMappings({{QStringLiteral("time_records"),
                                   ColumnMapping({{QStringLiteral("date"), QStringLiteral("Tag")},
                                                  {QStringLiteral("time_out"), QStringLiteral("Left At")}})}});
        const int i = session.addFile(
            s.write(QStringLiteral("t.csv"),
                    "worker_id,Tag,Clock In,Left At,Clock Out,Break (min)\nW1,2026-01-05,08:00,17:00,17:05,60\n"),
            QStringLiteral("time_records"));
        const RecordImportFile& f = session.file(i);
        QCOMPARE(choice(f, QStringLiteral("worker_id"))->source, ColumnSource::Exact);
        QCOMPARE(choice(f, QStringLiteral("date"))->header, QStringLiteral("Tag"));
        QCOMPARE(choice(f, QStringLiteral("date"))->source, ColumnSource::Saved);
        // The saved mapping beats the synonym "Clock Out" for time_out.
        QCOMPARE(choice(f, QStringLiteral("time_out"))->header, QStringLiteral("Left At"));
        QCOMPARE(choice(f, QStringLiteral("time_out"))->source, ColumnSource::Saved);
        QCOMPARE(choice(f, QStringLiteral("time_in"))->header, QStringLiteral("Clock In"));
        QCOMPARE(choice(f, QStringLiteral("time_in"))->source, ColumnSource::Synonym);
        QCOMPARE(choice(f, QStringLiteral("break_minutes"))->header, QStringLiteral("Break (min)"));
        QCOMPARE(session.exampleValue(i, QStringLiteral("time_in")), QStringLiteral("08:00"));
        QVERIFY(session.mappingProblems().isEmpty());
    }

    void mappingProblemsBlockUntilFixed()
    {
        Store s;
        QVERIFY(s.open());
        RecordImportSession session = s.session();
        const int i = session.addFile(s.write(QStringLiteral("clock.csv"), kClock), QStringLiteral("time_records"));
        // "Left At" is no common name for time_out: the auditor must say it.
        QCOMPARE(session.missingRequired(i), QStringList{QStringLiteral("time_out")});
        QVERIFY(session.mappingProblems().join(QString()).contains(
            QStringLiteral("clock.csv: required column(s) not mapped: time_out")));
        QVERIFY(!session.setColumn(i, QStringLiteral("time_out"), QStringLiteral("No Such Header")));
        QVERIFY(!session.setColumn(i, QStringLiteral("no_such_column"), QStringLiteral("Left At")));
        const int before = session.revision();
        QVERIFY(session.setColumn(i, QStringLiteral("time_out"), QStringLiteral("Clock In")));
        QVERIFY(session.revision() > before);
        QVERIFY(session.mappingProblems().join(QString()).contains(
            QStringLiteral("\"Clock In\" is chosen for both time_in and time_out")));
        QVERIFY(session.setColumn(i, QStringLiteral("time_out"), QStringLiteral("Left At")));
        QVERIFY(session.mappingProblems().isEmpty());
        QCOMPARE(choice(session.file(i), QStringLiteral("time_out"))->source, ColumnSource::User);
        // An optional column can be left out on purpose, even one the file has.
        QVERIFY(session.setColumn(i, QStringLiteral("break_minutes"), QString()));
        QVERIFY(session.mappingProblems().isEmpty());
        const RecordImportCheck check = session.check();
        QCOMPARE(check.outcome.records.timeRecords.front().breakMinutes, 0);

        // Two registers in one import are refused: their workers would clash.
        session.addFile(
            s.write(QStringLiteral("workers.csv"), "worker_id,birth_date,hire_date\nW1,1990-01-01,2020-01-01\n"));
        session.addFile(s.write(QStringLiteral("staff.csv"), kStaff), QStringLiteral("workers"));
        QVERIFY(session.fileProblems().join(QString()).contains(QStringLiteral("Only one personnel register")));
    }

    void previewShowsTheRowsAsTheyWillBeRead()
    {
        Store s;
        QVERIFY(s.open());
        RecordImportSession session = s.session();
        const int staff = session.addFile(s.write(QStringLiteral("staff.csv"), kStaff));
        const int clock = session.addFile(s.write(QStringLiteral("clock.csv"), kClock), QStringLiteral("time_records"));
        QVERIFY(session.setColumn(clock, QStringLiteral("time_out"), QStringLiteral("Left At")));
        QVERIFY(session.setColumn(clock, QStringLiteral("break_minutes"), QStringLiteral("Pause")));

        const RecordPreview two = session.preview(clock, 2);
        // The optional columns of real exports are offered too (empty here); `note` is never read.
        QCOMPARE(two.columns,
                 (QStringList{"worker_id", "date", "time_in", "time_out", "break_minutes", "department", "source"}));
        QCOMPARE(int(two.rows.size()), 2);
        QVERIFY(two.moreRows);
        QCOMPARE(two.rows[0].line, 2);
        QCOMPARE(two.rows[0].cells, (QStringList{"W1", "2026-01-05", "08:00", "17:00", "60", "", ""}));
        QVERIFY(two.issues.empty());

        const RecordPreview all = session.preview(clock, 10);
        QCOMPARE(int(all.rows.size()), 4);
        QVERIFY(!all.moreRows);
        const RecordPreviewRow& bad = all.rows[2];
        QCOMPARE(bad.line, 4);
        QVERIFY(bad.blocking);
        QVERIFY2(bad.problems[2].contains(QStringLiteral("unparseable time")), qPrintable(bad.problems[2]));
        QVERIFY(bad.problems[0].isEmpty() && bad.problems[3].isEmpty());
        QCOMPARE(places(all.issues), QStringList{QStringLiteral("clock.csv:4:time_in")});

        // Personal data is masked in the preview and the examples; other cells are shown.
        const RecordPreview register_ = session.preview(staff, 10);
        const qsizetype name = register_.columns.indexOf(QStringLiteral("name"));
        const qsizetype id = register_.columns.indexOf(QStringLiteral("id_number"));
        const qsizetype department = register_.columns.indexOf(QStringLiteral("department"));
        QCOMPARE(register_.rows[0].cells[name], RecordImportSession::personalMask());
        QCOMPARE(register_.rows[0].cells[id], RecordImportSession::personalMask());
        QCOMPARE(register_.rows[0].cells[department], QStringLiteral("Sewing"));
        QCOMPARE(session.exampleValue(staff, QStringLiteral("name")), RecordImportSession::personalMask());
        QCOMPARE(session.exampleValue(staff, QStringLiteral("department")), QStringLiteral("Sewing"));

        // A time clock log: the punches as read, PIN trimmed.
        const int log = session.addFile(s.write(QStringLiteral("gate_attlog.dat"),
                                                "   7\t2026-01-05 07:58:00\t0\t1\n   7\t2026-01-05 17:01:00\t9\t1\n"));
        const RecordPreview punches = session.preview(log, 10);
        QCOMPARE(punches.rows[0].cells, (QStringList{"7", "2026-01-05 07:58:00", "0"}));
        QVERIFY(punches.rows[1].problems[2].contains(QStringLiteral("unknown punch state")));
    }

    void checkListsEveryIssueWithFileLineAndColumn()
    {
        Store s;
        QVERIFY(s.open());
        RecordImportSession session = s.session();
        session.addFile(
            s.write(QStringLiteral("staff.csv"),
                    kStaff + "W4,1993-13-01,2022-01-01,Sewing,Dan Xu,ID-4\r\nW2,1990-01-01,2020-01-01,,,\r\n"));
        const int clock = session.addFile(s.write(QStringLiteral("clock.csv"), kClock), QStringLiteral("time_records"));
        QVERIFY(session.setColumn(clock, QStringLiteral("time_out"), QStringLiteral("Left At")));
        session.addFile(
            s.write(QStringLiteral("door_attlog.dat"),
                    "W1\t2026-01-05 07:55:00\t0\t1\nW1\t2026-01-05 17:01:00\t1\t1\nW2\t2026-01-05 08:00:00\t0\t1\n"));
        const RecordImportCheck check = session.check();
        QVERIFY(check.fileIssues.empty());
        QCOMPARE(places(check.allIssues()), (QStringList{"staff.csv:5:birth_date", "staff.csv:6:worker_id",
                                                         "clock.csv:4:time_in", "door_attlog.dat:3:state"}));
        QCOMPARE(check.badRows(), 3);
        QCOMPARE(check.notices(), 1); // the check-in without a check-out does not stop the import
        QVERIFY(!check.canImport(ImportMode::AllOrNothing));
        QVERIFY(check.blockingReason(ImportMode::AllOrNothing).contains(QStringLiteral("3 bad row")));
        QVERIFY(check.canImport(ImportMode::Quarantine));
        // Issues keep the personal cells out: the register's raw row is masked.
        QVERIFY(!check.outcome.issues[0].raw.contains(QStringLiteral("Dan Xu")));
        QCOMPARE(check.outcome.records.workers.size(), size_t(3));
        QCOMPARE(check.outcome.records.timeRecords.size(), size_t(4)); // 3 good CSV rows, 1 paired punch
    }

    void refusesFilesThatAreNotUtf8AndConvertsOnRequest()
    {
        Store s;
        QVERIFY(s.open());
        // A Windows-1252 export: "Confección" with 0xF3, on line 3, in the department column.
        const QByteArray latin = "worker_id,birth_date,hire_date,department\n"
                                 "W1,1990-01-01,2020-01-01,Sewing\n"
                                 "W2,1991-01-01,2021-01-01,Confecci\xF3n\n";
        const QString path = s.write(QStringLiteral("workers.csv"), latin);
        RecordImportSession session = s.session();
        const int i = session.addFile(path);
        QVERIFY(session.file(i).hasProblem());
        QCOMPARE(session.file(i).problem.line, 3);
        const QString problems = session.fileProblems().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("workers.csv:3: not valid UTF-8 (byte 0xF3)")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("windows-1252")), qPrintable(problems));
        // The full check says where, down to the column; nothing of the file is read.
        const RecordImportCheck check = session.check();
        QCOMPARE(check.fileIssues.size(), size_t(1));
        QCOMPARE(places(check.fileIssues), QStringList{QStringLiteral("workers.csv:3:department")});
        QVERIFY(check.outcome.files.empty());
        QVERIFY(!check.canImport(ImportMode::Quarantine));
        // The folder import refuses it too, instead of storing "Confecci?n".
        Result<RecordReadOutcome> folder = RecordDirectoryReader::read(s.dir.path());
        QVERIFY(!folder.ok());
        QVERIFY2(folder.error().contains(QStringLiteral("workers.csv:3: department: not valid UTF-8")),
                 qPrintable(folder.error()));

        // Converting is the auditor's explicit choice; then the text arrives intact.
        session.setEncoding(i, QStringLiteral("windows-1252"));
        QVERIFY(!session.file(i).hasProblem());
        RecordImportRequest request;
        request.session = session;
        const RecordImportReport report = RecordImportJob::run(s.db, request);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(s.db.scalar(QStringLiteral("SELECT department FROM workers WHERE worker_id = 'W2'"))->toString(),
                 QStringLiteral("Confección"));
        // The hash is the file's as handed over, not the converted text's.
        QCOMPARE(s.db.scalar(QStringLiteral("SELECT sha256 FROM record_imports"))->toString().toLatin1(),
                 QCryptographicHash::hash(latin, QCryptographicHash::Sha256).toHex());

        // GBK (a Chinese export) is named as such.
        const QByteArray gbk = "worker_id,birth_date,hire_date,department\nW1,1990-01-01,2020-01-01,\xB7\xEC\xD6\xC6\n";
        RecordImportSession chinese = s.session();
        const int g = chinese.addFile(s.write(QStringLiteral("gbk.csv"), gbk), QStringLiteral("workers"));
        QVERIFY2(chinese.file(g).problem.reason.contains(QStringLiteral("GBK")),
                 qPrintable(chinese.file(g).problem.reason));
        chinese.setEncoding(g, QStringLiteral("GBK"));
        const RecordPreview converted = chinese.preview(g);
        QCOMPARE(converted.rows[0].cells[converted.columns.indexOf(QStringLiteral("department"))],
                 QStringLiteral("缝制"));
    }

    void importsThroughOneTransactionAndRemembersPerFacility()
    {
        Store s;
        QVERIFY(s.open());
        const QString staff = s.write(QStringLiteral("staff.csv"), kStaff);
        const QString clock = s.write(QStringLiteral("clock.csv"), kClock);
        RecordImportSession session = s.session();
        session.addFile(staff);
        const int c = session.addFile(clock, QStringLiteral("time_records"));
        QVERIFY(session.setColumn(c, QStringLiteral("time_out"), QStringLiteral("Left At")));
        QVERIFY(session.setColumn(c, QStringLiteral("break_minutes"), QStringLiteral("Pause")));

        // All or nothing (the default): the bad row on line 4 stops it, and nothing is written.
        const QList<qint64> before = s.counts();
        RecordImportRequest request;
        request.session = session;
        RecordImportReport refused = RecordImportJob::run(s.db, request);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QStringLiteral("1 bad row")), qPrintable(refused.error));
        QCOMPARE(places(refused.check->allIssues()), QStringList{QStringLiteral("clock.csv:4:time_in")});
        QCOMPARE(s.counts(), before);

        // Quarantine: the good rows go in, the bad one is kept with its place and reason.
        request.mode = ImportMode::Quarantine;
        request.check = refused.check; // the check the auditor looked at is reused, not read again
        const RecordImportReport imported = RecordImportJob::run(s.db, request);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.outcome.rows.value(QStringLiteral("workers")), 3);
        QCOMPARE(imported.outcome.rows.value(QStringLiteral("time_records")), 3);
        QCOMPARE(imported.outcome.quarantined, 1);
        QCOMPARE(s.count(QStringLiteral("SELECT count(*) FROM import_quarantine WHERE line = 4 AND column_name = "
                                        "'time_in' AND raw LIKE 'W3,2026-01-05,07:6x%'")),
                 1);
        QCOMPARE(s.count(QStringLiteral("SELECT count(*) FROM record_imports WHERE mode = 'quarantine'")), 2);
        // No key given: names and ID numbers are withheld (NULL), never stored in clear.
        QCOMPARE(
            s.count(QStringLiteral("SELECT count(*) FROM workers WHERE name IS NOT NULL OR id_number IS NOT NULL")), 0);
        QCOMPARE(imported.outcome.personalValuesWithheld, 6);
        // The file's mapping is stored with its import, and remembered for the facility.
        QVERIFY(s.db.scalar(QStringLiteral("SELECT mapping_json FROM record_imports WHERE file_name = 'clock.csv'"))
                    ->toString()
                    .contains(QStringLiteral("\"time_out\":\"Left At\"")));
        QCOMPARE(imported.rememberedKinds, (QStringList{"time_records", "workers"}));

        // A follow-up audit of the same facility maps the same files by itself...
        Result<qint64> followUp = s.newAudit(true);
        QVERIFY(followUp);
        RecordImportSession next = s.session(*followUp);
        const int n = next.addFile(clock, QStringLiteral("time_records"));
        QCOMPARE(choice(next.file(n), QStringLiteral("time_out"))->source, ColumnSource::Saved);
        QCOMPARE(choice(next.file(n), QStringLiteral("break_minutes"))->header, QStringLiteral("Pause"));
        QCOMPARE(choice(next.file(n), QStringLiteral("worker_id"))->source, ColumnSource::Saved);
        QVERIFY(next.mappingProblems().isEmpty());
        // ...and nothing new is saved when nothing changed.
        QVERIFY(next.mappingsToRemember().isEmpty());
        // Another facility knows nothing of it.
        Result<qint64> elsewhere = s.newAudit(false);
        QVERIFY(elsewhere);
        RecordImportSession other = s.session(*elsewhere);
        const int o = other.addFile(clock, QStringLiteral("time_records"));
        QCOMPARE(other.missingRequired(o), QStringList{QStringLiteral("time_out")});
    }

    void cancelLeavesNothingHalfWritten()
    {
        Store s;
        QVERIFY(s.open());
        FactoryProfile profile;
        profile.workers = 300;
        profile.days = 60;
        profile.seed = 3;
        const GeneratedFactory factory = FactoryGenerator::generate(profile, demoParams());
        const QString folder = s.dir.filePath(QStringLiteral("factory"));
        QVERIFY(RecordWriter::write(factory.records, folder).ok());
        RecordImportSession session = s.session();
        session.addFolder(folder);
        QCOMPARE(session.file(0).kind, QStringLiteral("workers")); // the register first
        QVERIFY(session.fileProblems().isEmpty());

        // A first import, so that a cancelled re-import has something to destroy if it were not atomic.
        RecordImportRequest request;
        request.session = session;
        QVERIFY(RecordImportJob::run(s.db, request).ok());
        const QList<qint64> before = s.counts();
        QVERIFY(before[1] > 10000);

        // Cancelled in the middle of writing: rolled back.
        std::atomic<bool> cancel{false};
        qint64 writtenWhenCancelled = 0;
        const RecordImportReport cancelled = RecordImportJob::run(
            s.db, request,
            [&](ImportStage stage, qint64 done, qint64 total) {
                if (stage == ImportStage::Writing && done > total / 3 && !cancel) {
                    writtenWhenCancelled = done;
                    cancel = true;
                }
            },
            &cancel);
        QVERIFY(cancelled.cancelled);
        QVERIFY(writtenWhenCancelled > 0);
        QCOMPARE(s.counts(), before);
        QCOMPARE(s.count(QStringLiteral("PRAGMA foreign_keys")), 1); // the bulk settings are restored

        // Cancelled while checking: nothing read, nothing written.
        std::atomic<bool> early{true};
        const RecordImportCheck check = session.check(&early);
        QVERIFY(check.cancelled);
        QVERIFY(!check.canImport(ImportMode::Quarantine));
        const RecordImportReport none = RecordImportJob::run(s.db, request, {}, &early);
        QVERIFY(none.cancelled);
        QCOMPARE(s.counts(), before);
    }

    void applyMappingNamesWhatItCannotFind()
    {
        Store s;
        QVERIFY(s.open());
        RecordImportSession session = s.session();
        const int c = session.addFile(s.write(QStringLiteral("clock.csv"), kClock), QStringLiteral("time_records"));
        QVERIFY(session
                    .applyMapping(QStringLiteral("time_records"),
                                  ColumnMapping({{QStringLiteral("time_out"), QStringLiteral("left at")}}))
                    .isEmpty());
        QCOMPARE(choice(session.file(c), QStringLiteral("time_out"))->header, QStringLiteral("Left At"));
        const QStringList problems = session.applyMapping(
            QStringLiteral("time_records"), ColumnMapping({{QStringLiteral("shift"), QStringLiteral("Pause")},
                                                           {QStringLiteral("date"), QStringLiteral("Datum")}}));
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.join(QString()).contains(QStringLiteral("no column 'shift'")));
        QVERIFY(problems.join(QString()).contains(QStringLiteral("clock.csv has no column headed 'Datum'")));
        QVERIFY(session.applyMapping(QStringLiteral("payroll"), ColumnMapping({{QStringLiteral("bonus"), QString()}}))
                    .join(QString())
                    .contains(QStringLiteral("no file of that kind")));
    }

    // What a file's values ask (a date order, a decimal mark) follows the columns mapped: a column
    // of amounts mapped later may ask, and stops asking when unmapped or answered.
    void valueQuestionsFollowTheMapping()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pay.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("worker_id,period_start,period_end,regular_hours,overtime_hours,regular_pay,overtime_pay,net_pay,"
                   "Extra\nW1,2026-05-01,2026-05-31,208,12,2080,180,2260,\"1,500\"\n");
        file.close();
        RecordImportSession session;
        QCOMPARE(session.addFile(path), 0);
        QCOMPARE(session.file(0).kind, QStringLiteral("payroll"));
        QCOMPARE(session.file(0).question, ValueFormQuestion::None); // "Extra" is read by nothing
        QVERIFY(session.setColumn(0, QStringLiteral("bonus"), QStringLiteral("Extra")));
        QCOMPARE(session.file(0).question, ValueFormQuestion::DecimalMark);
        QCOMPARE(session.file(0).questionAt.line, 2);
        QCOMPARE(session.file(0).questionAt.column, QStringLiteral("bonus"));
        QCOMPARE(session.file(0).questionAt.reason, QStringLiteral("1,500"));
        QVERIFY(session.setColumn(0, QStringLiteral("bonus"), QString()));
        QCOMPARE(session.file(0).question, ValueFormQuestion::None);
        QVERIFY(session.setColumn(0, QStringLiteral("bonus"), QStringLiteral("Extra")));
        session.setDecimalMark(0, DecimalMark::Point);
        QCOMPARE(session.file(0).question, ValueFormQuestion::None);
        const RecordImportCheck check = session.check();
        QVERIFY(check.fileIssues.empty());
        QCOMPARE(check.outcome.records.payroll.at(0).bonus, 1500.0);
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestRecordImportSession)
#include "TestRecordImportSession.moc"
