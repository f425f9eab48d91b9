// The interview plan in a real store: the register as the sampler sees it (shift from the time
// cards, migrant status from the register's extra column), drawing, surviving a restart,
// exclusions with replacements, re-draws that keep exclusions, and the phase progress.
#include "app/demo/DemoParams.h"
#include "app/demo/FactoryGenerator.h"
#include "app/demo/RecordWriter.h"
#include "app/fieldwork/PhaseProgressCalculator.h"
#include "app/interviews/InterviewPlanStore.h"
#include "app/interviews/InterviewRegister.h"
#include "app/interviews/InterviewVocabulary.h"
#include "app/records/RecordStore.h"
#include "database/AuditRepository.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "support/TestRegistry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;

class TestInterviewPlanStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registerReadsShiftMigrantAndBands();
    void drawnPlanSurvivesARestart();
    void exclusionsAreReplacedAndSurviveRedraws();
    void badRequestsAreRefused();
    void progressFollowsThePlan();

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    Audit m_audit;
    GeneratedFactory m_factory;
};

void TestInterviewPlanStore::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("store.sqlite"));
    m_db = Database::open(m_path).take();
    m_db.setActor(QStringLiteral("tester"));
    FactoryProfile profile;
    profile.workers = 150;
    profile.days = 28;
    profile.seed = 21;
    m_factory = FactoryGenerator::generate(profile, demoParams());
    for (WorkerRecord& w : m_factory.records.workers) {
        w.migrant = w.worker % 3 == 0 ? 1 : 0; // a third come from elsewhere
    }
    const QString files = m_dir.filePath(QStringLiteral("files"));
    QVERIFY(RecordWriter::write(m_factory.records, files).ok());
    Facility facility;
    facility.name = QStringLiteral("Plan Knitwear");
    facility.country = QStringLiteral("VN");
    facility.headcount = 150;
    Audit audit;
    audit.codes = {QStringLiteral("rba")};
    audit.startDate = QStringLiteral("2026-01-12");
    m_audit = AuditRepository(m_db).createAudit(facility, audit).take();
    Result<RecordImportOutcome> imported = RecordStore(m_db).importDirectory(m_audit.id, files);
    QVERIFY2(imported, qPrintable(imported.error()));
}

void TestInterviewPlanStore::registerReadsShiftMigrantAndBands()
{
    Result<QList<RegisterWorker>> workers = InterviewRegister::load(m_db, m_audit.id);
    QVERIFY2(workers, qPrintable(workers.error()));
    const QDate reference(2026, 1, 12);
    QCOMPARE(InterviewRegister::referenceDate(m_db, m_audit.id), reference);
    int expected = 0;
    for (const WorkerRecord& w : m_factory.records.workers) {
        expected += w.terminationDate == kNoDate || w.terminationDate >= reference.toJulianDay() ? 1 : 0;
    }
    QVERIFY(expected < int(m_factory.records.workers.size())); // some left before the visit
    QCOMPARE(int(workers->size()), expected);
    QCOMPARE(*InterviewRegister::count(m_db, m_audit.id), expected);
    int night = 0;
    for (const RegisterWorker& r : *workers) {
        const int index = m_factory.records.workerIndex.value(r.workerId);
        const WorkerRecord& w = *std::find_if(m_factory.records.workers.cbegin(), m_factory.records.workers.cend(),
                                              [&](const WorkerRecord& x) { return x.worker == index; });
        QCOMPARE(r.migrant, w.migrant);
        QCOMPARE(r.agency, -1); // the register has no agency column
        QCOMPARE(r.department, w.department);
        QCOMPARE(r.ageBand, InterviewVocabulary::ageBand(QDate::fromJulianDay(w.birthDate), reference));
        QCOMPARE(r.tenureBand, InterviewVocabulary::tenureBand(QDate::fromJulianDay(w.hireDate), reference));
        const bool worksNights = m_factory.workers[size_t(index)].nightShift;
        if (!r.shift.isEmpty()) { // workers with no time card this period have no usual start
            QCOMPARE(r.shift == QLatin1String("night"), worksNights);
        }
        night += r.shift == QLatin1String("night") ? 1 : 0;
    }
    QVERIFY(night > 0);
}

void TestInterviewPlanStore::drawnPlanSurvivesARestart()
{
    SampleRule rule;
    rule.minimum = 8;
    Result<InterviewPlan> drawn = InterviewPlanStore(m_db).draw(m_audit.id, rule, 77);
    QVERIFY2(drawn, qPrintable(drawn.error()));
    QCOMPARE(drawn->seed, quint64(77));
    QCOMPARE(drawn->sampleSize, rule.sampleSize(drawn->workforce));
    QCOMPARE(drawn->selectedCount(), drawn->sampleSize);
    QVERIFY(!drawn->strata.isEmpty());
    QStringList before;
    for (const PlannedWorker& w : drawn->workers) {
        before << w.workerId + QLatin1Char('/') + w.format + QLatin1Char('/') + w.reason;
    }
    m_db.close();
    m_db = Database::open(m_path).take();
    m_db.setActor(QStringLiteral("tester"));
    Result<std::optional<InterviewPlan>> again = InterviewPlanStore(m_db).current(m_audit.id);
    QVERIFY(again && *again);
    QStringList after;
    for (const PlannedWorker& w : (*again)->workers) {
        after << w.workerId + QLatin1Char('/') + w.format + QLatin1Char('/') + w.reason;
    }
    QCOMPARE(after, before);
    QCOMPARE((*again)->rule.minimum, 8);
    QCOMPARE((*again)->strata.size(), drawn->strata.size());
    // The same seed and rule reproduce the same workers.
    Result<InterviewPlan> redrawn = InterviewPlanStore(m_db).draw(m_audit.id, rule, 77);
    QStringList same;
    for (const PlannedWorker& w : redrawn->workers) {
        same << w.workerId + QLatin1Char('/') + w.format + QLatin1Char('/') + w.reason;
    }
    QCOMPARE(same, before);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM interview_plans WHERE audit_id = ?1"), {m_audit.id})->toInt(),
        1);
}

void TestInterviewPlanStore::exclusionsAreReplacedAndSurviveRedraws()
{
    InterviewPlanStore plans(m_db);
    const InterviewPlan plan = **plans.current(m_audit.id);
    const PlannedWorker leaving = plan.workers.at(1);
    Result<InterviewPlan> after = plans.exclude(m_audit.id, leaving.workerId, QStringLiteral("absent"));
    QVERIFY2(after, qPrintable(after.error()));
    QCOMPARE(after->selectedCount(), plan.selectedCount()); // someone took the place
    QVERIFY(after->excludedIds().contains(leaving.workerId));
    const auto replacement = std::find_if(after->workers.cbegin(), after->workers.cend(), [](const PlannedWorker& w) {
        return w.reason == QLatin1String("replacement");
    });
    QVERIFY(replacement != after->workers.cend());
    QCOMPARE(replacement->format, leaving.format);
    QCOMPARE(replacement->stratum.section(QStringLiteral(" · "), 0, 0),
             leaving.stratum.section(QStringLiteral(" · "), 0, 0));
    const auto excluded = std::find_if(after->workers.cbegin(), after->workers.cend(),
                                       [&](const PlannedWorker& w) { return w.workerId == leaving.workerId; });
    QCOMPARE(excluded->status, QStringLiteral("excluded"));
    QCOMPARE(excluded->exclusionReason, QStringLiteral("absent"));
    // In the trail: who was left out and why (an employee number and a fixed reason, nothing more).
    Result<QList<AuditTrailEntry>> trail = AuditTrail::forEntity(m_db, excluded->uuid);
    QStringList fields;
    for (const AuditTrailEntry& e : *trail) {
        fields << e.field + QLatin1Char('=') + e.newValue.toString();
    }
    QVERIFY2(fields.contains(QStringLiteral("status=excluded")), qPrintable(fields.join(QLatin1Char(' '))));
    QVERIFY(fields.contains(QStringLiteral("exclusion_reason=absent")));

    for (quint64 seed : {78u, 79u, 80u}) {
        Result<InterviewPlan> redrawn = plans.draw(m_audit.id, plan.rule, seed);
        QVERIFY(redrawn);
        QVERIFY(redrawn->excludedIds().contains(leaving.workerId));
        for (const PlannedWorker& w : redrawn->workers) {
            QVERIFY(w.status == QLatin1String("excluded") || w.workerId != leaving.workerId);
        }
        QCOMPARE(redrawn->selectedCount(), redrawn->sampleSize);
    }
}

void TestInterviewPlanStore::badRequestsAreRefused()
{
    InterviewPlanStore plans(m_db);
    const InterviewPlan plan = **plans.current(m_audit.id);
    const QString someone = plan.workers.first().workerId;
    Result<InterviewPlan> reason = plans.exclude(m_audit.id, someone, QStringLiteral("lazy"));
    QVERIFY(!reason);
    QVERIFY(reason.error().contains(QStringLiteral("lazy")));
    QVERIFY(!plans.exclude(m_audit.id, QStringLiteral("NOBODY"), QStringLiteral("absent")));
    SampleRule bad;
    bad.groupSize = 1;
    QVERIFY(!plans.draw(m_audit.id, bad, 1));
    // Nothing changed by the refused requests.
    QCOMPARE((*plans.current(m_audit.id))->seed, plan.seed);
    QCOMPARE((*plans.current(m_audit.id))->selectedCount(), plan.selectedCount());
    // An audit without a register cannot be sampled, and says why.
    Facility f;
    f.name = QStringLiteral("Empty");
    f.country = QStringLiteral("VN");
    Audit a;
    a.codes = {QStringLiteral("rba")};
    const Audit empty = AuditRepository(m_db).createAudit(f, a).take();
    Result<InterviewPlan> none = plans.draw(empty.id, SampleRule(), 1);
    QVERIFY(!none);
    QVERIFY(none.error().contains(QStringLiteral("workers.csv")));
}

void TestInterviewPlanStore::progressFollowsThePlan()
{
    const InterviewPlan plan = **InterviewPlanStore(m_db).current(m_audit.id);
    const PhaseProgress p = PhaseProgressCalculator(m_db, m_audit.id).progress(AuditPhase::WorkerInterviews);
    QCOMPARE(p.total, plan.sampleSize);
    QCOMPARE(p.done, 0);
}

FIELDBOOK_TEST_GUILESS_MAIN(TestInterviewPlanStore)
#include "TestInterviewPlanStore.moc"
