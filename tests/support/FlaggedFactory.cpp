#include "FlaggedFactory.h"

#include "app/analysis/AuditAnalysis.h"
#include "app/demo/DemoParams.h"
#include "app/demo/RecordWriter.h"
#include "app/records/RecordStore.h"
#include "database/AuditRepository.h"
#include "database/Ids.h"

#include <QDir>
#include <QFileInfo>

namespace fieldbook::test {

namespace {

bool fail(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
    return false;
}

} // namespace

bool FlaggedFactory::create(const QString& storePath, int workers, int days, quint64 seed, QString* error)
{
    path = storePath;
    FactoryProfile profile;
    profile.workers = workers;
    profile.days = days;
    profile.seed = seed;
    factory = FactoryGenerator::generate(profile, demoParams());
    planted = PatternPlanter(factory.params, quint32(seed)).plantAll(factory.records);

    const QString folder = QFileInfo(storePath).absolutePath() + QStringLiteral("/factory-files");
    RecordWriterOptions options;
    options.params = &factory.params;
    if (Status written = RecordWriter::write(factory.records, folder, options); !written) {
        return fail(error, written.error());
    }
    Result<Database> opened = Database::open(storePath);
    if (!opened) {
        return fail(error, opened.error());
    }
    db = opened.take();
    Result<std::unique_ptr<SodiumDataProtector>> unlocked =
        SodiumDataProtector::create(db, QStringLiteral("flagged factory passphrase"));
    if (!unlocked) {
        return fail(error, unlocked.error());
    }
    protector = unlocked.take();

    Facility facility;
    facility.name = QStringLiteral("Flagged Garments");
    facility.country = QStringLiteral("CN");
    Audit audit;
    audit.codes = factory.params.codes;
    audit.country = QStringLiteral("CN");
    audit.periodStart = factory.start.toString(Qt::ISODate);
    audit.periodEnd = factory.end.toString(Qt::ISODate);
    audit.params = factory.params.toJson();
    Result<Audit> created = AuditRepository(db).createAudit(facility, audit);
    if (!created) {
        return fail(error, created.error());
    }
    auditId = created->id;
    auditUuid = created->uuid;
    Result<RecordImportOutcome> imported = RecordStore(db, protector.get()).importDirectory(auditId, folder);
    if (!imported) {
        return fail(error, imported.error());
    }

    // The planted interviews, entered as the interview page stores them.
    Result<Statement> interview = db.prepare(QStringLiteral(
        "INSERT INTO interviews (uuid, audit_id, kind, pseudonym, worker_ref, department, stated_weekly_hours, "
        "stated_rest_days_per_week, notes, created_at, updated_at) VALUES (?1, ?2, 'worker', ?3, ?4, ?5, ?6, ?7, ?8, "
        "?9, ?9)"));
    Result<Statement> answer = db.prepare(
        QStringLiteral("INSERT INTO interview_answers (uuid, interview_id, question_key, answer, updated_at) VALUES "
                       "(?1, ?2, ?3, ?4, ?5)"));
    if (!interview || !answer) {
        return fail(error, db.lastError());
    }
    for (const InterviewStatement& s : factory.records.interviews) {
        interview->reset();
        interview->bind(1, newUuid()).bind(2, auditId).bind(3, s.pseudonym);
        if (s.worker >= 0) {
            interview->bind(4, protector->seal(factory.records.workerId(s.worker)));
        } else {
            interview->bindNull(4);
        }
        interview->bind(5, s.department);
        s.statedWeeklyHours >= 0 ? interview->bind(6, s.statedWeeklyHours) : interview->bindNull(6);
        s.statedRestDaysPerWeek >= 0 ? interview->bind(7, s.statedRestDaysPerWeek) : interview->bindNull(7);
        interview->bind(8, protector->seal(s.freeTexts.join(QLatin1Char(' '))));
        interview->bind(9, nowUtc());
        if (!interview->exec()) {
            return fail(error, interview->errorMessage());
        }
        const qint64 id = db.lastInsertRowId();
        for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it) {
            answer->reset();
            answer->bind(1, newUuid()).bind(2, id).bind(3, it.key()).bind(4, it.value()).bind(5, nowUtc());
            if (!answer->exec()) {
                return fail(error, answer->errorMessage());
            }
        }
    }

    Result<AuditAnalysisSummary> analysed = AuditAnalysis::run(storePath, auditUuid, {}, nullptr, protector.get());
    if (!analysed) {
        return fail(error, analysed.error());
    }
    return true;
}

QList<StoredFlag> FlaggedFactory::flags() const
{
    Result<QList<StoredFlag>> list = FlagStore(db).flags(auditUuid);
    return list ? list.value() : QList<StoredFlag>();
}

std::optional<StoredFlag> FlaggedFactory::firstFlag(const QString& check) const
{
    for (const StoredFlag& f : flags()) {
        if (f.flag.check == check) {
            return f;
        }
    }
    return std::nullopt;
}

QStringList FlaggedFactory::personalValues() const
{
    QStringList values;
    for (const WorkerRecord& w : factory.records.workers) {
        if (!w.name.isEmpty()) {
            values.append(w.name);
        }
        if (!w.idNumber.isEmpty()) {
            values.append(w.idNumber);
        }
    }
    for (const InterviewStatement& s : factory.records.interviews) {
        for (const QString& text : s.freeTexts) {
            values.append(text);
        }
    }
    return values;
}

} // namespace fieldbook::test
