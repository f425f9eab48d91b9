// End to end: interviews recorded through InterviewStore in a real store, with a generated
// factory's records imported, make AuditAnalysis raise interview_record_conflict (stated hours
// far from the worker's own records) and coached_interviews (one script recited by six workers).
#include "app/analysis/AuditAnalysis.h"
#include "app/codes/ChecklistStore.h"
#include "app/demo/DemoParams.h"
#include "app/demo/FactoryGenerator.h"
#include "app/demo/RecordWriter.h"
#include "app/interviews/InterviewQuestions.h"
#include "app/interviews/InterviewRegister.h"
#include "app/interviews/InterviewStore.h"
#include "app/records/RecordStore.h"
#include "app/signing/SodiumDataProtector.h"
#include "database/AuditRepository.h"
#include "database/Database.h"
#include "support/TestRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <random>

using namespace fieldbook;

class TestInterviewAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void interviewsThroughTheStoreRaiseBothChecks();
    void withoutTheKeyTheDepartmentStillContradicts();

private:
    QJsonObject flagOf(const QString& check) const;
    QStringList interviewsOf(const QJsonObject& evidence) const;

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    std::unique_ptr<SodiumDataProtector> m_protector;
    Audit m_audit;
    QStringList m_contradicting;
    QStringList m_coached;
};

void TestInterviewAnalysis::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("store.sqlite"));
    Result<Database> db = Database::open(m_path);
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    m_protector = SodiumDataProtector::create(m_db, QStringLiteral("interview key")).take();

    FactoryProfile profile;
    profile.workers = 90;
    profile.days = 28;
    profile.seed = 5;
    profile.nightShift = false;
    const GeneratedFactory factory = FactoryGenerator::generate(profile, demoParams());
    const QString files = m_dir.filePath(QStringLiteral("files"));
    QVERIFY(RecordWriter::write(factory.records, files).ok());

    Facility facility;
    facility.name = QStringLiteral("Triangulation Apparel");
    facility.country = QStringLiteral("CN");
    Audit audit;
    audit.codes = {QStringLiteral("sa8000")};
    audit.params = factory.params.toJson();
    audit.periodStart = factory.start.toString(Qt::ISODate);
    audit.periodEnd = factory.end.toString(Qt::ISODate);
    audit.startDate = factory.end.addDays(10).toString(Qt::ISODate);
    Result<Audit> created = AuditRepository(m_db).createAudit(facility, audit);
    QVERIFY2(created, qPrintable(created.error()));
    m_audit = *created;
    QVERIFY(ChecklistStore::deriveForAudit(m_db, m_audit.uuid));
    QVERIFY(RecordStore(m_db, m_protector.get()).importDirectory(m_audit.id, files));

    // Workers there for the whole period, with their recorded mean hours per week.
    Result<Statement> hours = m_db.prepare(QStringLiteral(
        "SELECT t.worker_id, sum(((t.time_out - t.time_in + 86400) % 86400) - t.break_minutes * 60) / 3600.0 / 4 "
        "FROM time_records t JOIN workers w ON w.audit_id = t.audit_id AND w.worker_id = t.worker_id "
        "WHERE t.audit_id = ?1 AND w.hire_date < ?2 AND w.termination_date IS NULL GROUP BY t.worker_id "
        "ORDER BY t.worker_id"));
    hours->bind(1, m_audit.id).bind(2, m_audit.periodStart);
    QList<QPair<QString, double>> steady;
    while (hours->step()) {
        steady.append({hours->text(0), hours->real(1)});
    }
    QVERIFY(steady.size() >= 14);
    Result<QList<RegisterWorker>> registered = InterviewRegister::load(m_db, m_audit.id);
    QVERIFY(registered);
    QHash<QString, RegisterWorker> byId;
    for (const RegisterWorker& w : *registered) {
        byId.insert(w.workerId, w);
    }
    Result<QList<InterviewQuestion>> questions =
        InterviewQuestions::forAudit(m_db, m_audit.id, QStringLiteral("worker"));
    QVERIFY(questions);
    QVERIFY2(questions->size() >= 20, "enough worker-interview questions to tell a script from chance");

    InterviewStore store(m_db, m_protector.get());
    std::mt19937 random(3);
    const QStringList answers = {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("unclear")};
    for (int i = 0; i < 14; ++i) {
        const RegisterWorker w = byId.value(steady.at(i * steady.size() / 14).first);
        const double recorded = steady.at(i * steady.size() / 14).second;
        Result<InterviewRecord> r =
            store.create(m_audit.id, QStringLiteral("worker"), QStringLiteral("individual"), &w);
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(r->hasWorkerRef);
        if (i < 4) {
            // "We work 95 hours": far from what their own time cards say.
            QVERIFY(store.setField(r->uuid, QStringLiteral("stated_weekly_hours"), 95));
            m_contradicting << r->pseudonym;
        } else if (i < 8) {
            QVERIFY(store.setField(r->uuid, QStringLiteral("stated_weekly_hours"), std::round(recorded)));
        } else {
            m_coached << r->pseudonym;
        }
        for (const InterviewQuestion& q : *questions) {
            const QString answer = i >= 8 ? QStringLiteral("yes") : answers.at(int(random() % 3));
            QVERIFY(store.setAnswer(r->uuid, q.itemId, q.questionKey, answer));
        }
    }
}

QJsonObject TestInterviewAnalysis::flagOf(const QString& check) const
{
    Result<QVariant> evidence = m_db.scalar(
        QStringLiteral("SELECT evidence_json FROM analysis_flags WHERE audit_id = ?1 AND check_name = ?2 AND "
                       "stale = 0 ORDER BY id DESC LIMIT 1"),
        {m_audit.id, check});
    return evidence && evidence->isValid() ? QJsonDocument::fromJson(evidence->toString().toUtf8()).object()
                                           : QJsonObject();
}

QStringList TestInterviewAnalysis::interviewsOf(const QJsonObject& evidence) const
{
    QStringList list;
    for (const QJsonValue& v : evidence.value(QStringLiteral("interviews")).toArray()) {
        list << (v.isObject() ? v.toObject().value(QStringLiteral("interview")).toString() : v.toString());
    }
    list.sort();
    return list;
}

void TestInterviewAnalysis::interviewsThroughTheStoreRaiseBothChecks()
{
    Result<AuditAnalysisSummary> run = AuditAnalysis::run(m_path, m_audit.uuid, {}, nullptr, m_protector.get());
    QVERIFY2(run, qPrintable(run.error()));
    const QJsonObject conflict = flagOf(QStringLiteral("interview_record_conflict"));
    QVERIFY2(!conflict.isEmpty(), "interview_record_conflict was not raised");
    // Exactly the four who contradicted their own records; the four honest ones match them.
    QCOMPARE(interviewsOf(conflict), m_contradicting);
    QCOMPARE(conflict.value(QStringLiteral("interviews_compared")).toInt(), 8);
    for (const QJsonValue& v : conflict.value(QStringLiteral("interviews")).toArray()) {
        QCOMPARE(v.toObject()
                     .value(QStringLiteral("fields"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("weekly_hours"));
    }
    const QJsonObject coached = flagOf(QStringLiteral("coached_interviews"));
    QVERIFY2(!coached.isEmpty(), "coached_interviews was not raised");
    const QStringList group = interviewsOf(coached);
    for (const QString& p : m_coached) {
        QVERIFY2(group.contains(p), qPrintable(p));
    }
    QVERIFY2(group.size() <= m_coached.size() + 1, qPrintable(group.join(QLatin1Char(','))));
}

void TestInterviewAnalysis::withoutTheKeyTheDepartmentStillContradicts()
{
    // Locked: interviews are not linked to workers, so stated hours are set against the department.
    Result<AuditAnalysisSummary> run = AuditAnalysis::run(m_path, m_audit.uuid);
    QVERIFY2(run, qPrintable(run.error()));
    const QJsonObject conflict = flagOf(QStringLiteral("interview_record_conflict"));
    QCOMPARE(interviewsOf(conflict), m_contradicting);
    QCOMPARE(conflict.value(QStringLiteral("interviews"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("fields"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("field"))
                 .toString(),
             QStringLiteral("weekly_hours_vs_department"));
    QVERIFY(!flagOf(QStringLiteral("coached_interviews")).isEmpty());
}

FIELDBOOK_TEST_GUILESS_MAIN(TestInterviewAnalysis)
#include "TestInterviewAnalysis.moc"
