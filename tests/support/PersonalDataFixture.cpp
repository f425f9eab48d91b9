#include "PersonalDataFixture.h"

#include "app/demo/DemoParams.h"
#include "app/demo/FactoryGenerator.h"
#include "app/demo/RecordWriter.h"
#include "app/records/RecordStore.h"
#include "database/AuditRepository.h"
#include "database/Ids.h"

#include <QFile>

namespace fieldbook::test {

bool PersonalDataFixture::create(const QString& storePath, const QString& recordsDir, QString* error, int workers,
                                 int days)
{
    path = storePath;
    Result<Database> opened = Database::open(storePath);
    if (!opened) {
        *error = opened.error();
        return false;
    }
    db = opened.take();
    db.setActor(QStringLiteral("Ana Lee"));
    Facility f;
    f.name = QStringLiteral("Mekong Shoes");
    f.country = QStringLiteral("VN");
    Audit a;
    a.codes = {QStringLiteral("rba")};
    Result<Audit> audit = AuditRepository(db).createAudit(f, a);
    if (!audit) {
        *error = audit.error();
        return false;
    }
    auditUuid = audit->uuid;
    auditId = audit->id;
    Result<std::unique_ptr<SodiumDataProtector>> key =
        SodiumDataProtector::create(db, QString::fromLatin1(kPassphrase));
    if (!key) {
        *error = key.error();
        return false;
    }
    protector = key.take();

    FactoryProfile profile;
    profile.workers = workers;
    profile.days = days;
    profile.production = false;
    profile.gateLog = false;
    GeneratedFactory factory = FactoryGenerator::generate(profile, demoParams());
    if (Status s = RecordWriter::write(factory.records, recordsDir); !s) {
        *error = s.error();
        return false;
    }
    for (const WorkerRecord& w : factory.records.workers) {
        workerNames << w.name;
        planted << w.name << w.idNumber;
    }
    if (Result<RecordImportOutcome> r = RecordStore(db, protector.get()).importDirectory(auditId, recordsDir); !r) {
        *error = r.error();
        return false;
    }
    // Interviews: the worker link, the notes and a free-text answer are personal.
    interviewNotes = {QStringLiteral("Supervisor Tran shouts when quotas are missed; she fears losing her job"),
                      QStringLiteral("Overtime on Sundays is not voluntary, says the cutter from Nghe An")};
    const QStringList answers = {QStringLiteral("We sign blank time cards at the end of the month"),
                                 QStringLiteral("My passport is kept by the agency in Ha Tinh")};
    for (int i = 0; i < interviewNotes.size(); ++i) {
        const QString uuid = newUuid();
        const WorkerRecord& worker = factory.records.workers.at(i);
        const QString workerRef = factory.records.workerId(worker.worker) + QStringLiteral(" / ") + worker.name;
        Result<Statement> iv = db.prepare(QStringLiteral(
            "INSERT INTO interviews (uuid, audit_id, kind, pseudonym, worker_ref, notes, created_at, updated_at) "
            "VALUES (?1, ?2, 'worker', ?3, ?4, ?5, ?6, ?6)"));
        if (!iv) {
            *error = iv.error();
            return false;
        }
        iv->bind(1, uuid)
            .bind(2, auditId)
            .bind(3, QStringLiteral("W-%1").arg(i + 1, 2, 10, QLatin1Char('0')))
            .bind(4, protector->seal(workerRef))
            .bind(5, protector->seal(interviewNotes.at(i)))
            .bind(6, nowUtc());
        if (!iv->exec()) {
            *error = iv->errorMessage();
            return false;
        }
        const qint64 interviewId = db.lastInsertRowId();
        Result<Statement> answer = db.prepare(
            QStringLiteral("INSERT INTO interview_answers (uuid, interview_id, question_key, answer, free_text, "
                           "updated_at) VALUES (?1, ?2, 'hours.blank_cards', 'yes', ?3, ?4)"));
        if (!answer) {
            *error = answer.error();
            return false;
        }
        answer->bind(1, newUuid()).bind(2, interviewId).bind(3, protector->seal(answers.at(i))).bind(4, nowUtc());
        if (!answer->exec()) {
            *error = answer->errorMessage();
            return false;
        }
        planted << workerRef << interviewNotes.at(i) << answers.at(i);
    }
    return true;
}

QStringList plaintextFound(const QByteArray& bytes, const QStringList& needles)
{
    QStringList found;
    for (const QString& needle : needles) {
        if (!needle.isEmpty() && bytes.contains(needle.toUtf8())) {
            found << needle;
        }
    }
    return found;
}

QByteArray storeFileBytes(const QString& path)
{
    QByteArray raw;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly)) {
            raw += f.readAll();
        }
    }
    return raw;
}

} // namespace fieldbook::test
