#include "app/fieldwork/AuditTeamStore.h"
#include "app/fieldwork/ChecklistResponses.h"
#include "app/fieldwork/ComplianceStats.h"
#include "app/fieldwork/CorrectiveActionStore.h"
#include "app/fieldwork/EvidenceStore.h"
#include "app/fieldwork/FindingStore.h"
#include "app/fieldwork/PhaseNotes.h"
#include "app/fieldwork/PhaseProgressCalculator.h"
#include "database/AuditRepository.h"
#include "database/AuditTrail.h"
#include "support/FieldworkFixture.h"
#include "support/TestRegistry.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;

// The fieldwork core (app/fieldwork) against a real SQLite store.
class TestFieldworkStores : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void answerCreatesResponseWithTrail();
    void invalidAnswerRefused();
    void evidenceKeepsBytesAndHash();
    void evidenceMissingFileIsClearError();
    void findingFromQuestionCarriesClauses();
    void findingClausesAndCorrectiveActions();
    void complianceStatsCountAnswers();
    void previousAuditActionsForFollowUp();
    void phaseProgressFollowsTheStore();

private:
    QTemporaryDir m_dir;
    test::FieldworkFixture m_f;
};

void TestFieldworkStores::init()
{
    QVERIFY(m_dir.isValid());
    m_f = test::FieldworkFixture();
    QString error;
    QVERIFY2(m_f.create(m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(QTest::currentTestFunction())), &error),
             qPrintable(error));
}

void TestFieldworkStores::answerCreatesResponseWithTrail()
{
    ChecklistResponses responses(m_f.db);
    const qint64 item = m_f.itemIds.at(0);
    QCOMPARE(m_f.db.scalar(QStringLiteral("SELECT count(*) FROM checklist_responses"))->toInt(), 0);
    Result<QString> previous = responses.setAnswer(item, QStringLiteral("non_compliant"));
    QVERIFY2(previous, qPrintable(previous.error()));
    QCOMPARE(*previous, QString());
    QCOMPARE(*responses.answer(item), QStringLiteral("non_compliant"));
    QVERIFY(responses.setNotes(item, QStringLiteral("Fire exit locked on floor 2")));
    QCOMPARE(*responses.notes(item), QStringLiteral("Fire exit locked on floor 2"));
    previous = responses.setAnswer(item, QStringLiteral("compliant"));
    QCOMPARE(*previous, QStringLiteral("non_compliant"));
    QCOMPARE(m_f.db.scalar(QStringLiteral("SELECT count(*) FROM checklist_responses"))->toInt(), 1);

    Result<QList<AuditTrailEntry>> trail = AuditTrail::forAudit(m_f.db, m_f.auditUuid);
    QVERIFY(trail);
    int inserts = 0, answerUpdates = 0, noteUpdates = 0;
    for (const AuditTrailEntry& e : *trail) {
        if (e.entity != QLatin1String("checklist_responses"))
            continue;
        inserts += e.action == QLatin1String("insert");
        answerUpdates += e.field == QLatin1String("answer");
        noteUpdates += e.field == QLatin1String("notes");
    }
    QCOMPARE(inserts, 1);
    QCOMPARE(answerUpdates, 2);
    QCOMPARE(noteUpdates, 1);
}

void TestFieldworkStores::invalidAnswerRefused()
{
    Result<QString> r = ChecklistResponses(m_f.db).setAnswer(m_f.itemIds.at(0), QStringLiteral("maybe"));
    QVERIFY(!r);
    QVERIFY(r.error().contains(QStringLiteral("maybe")));
    QVERIFY(!ChecklistResponses(m_f.db).setAnswer(999999, QStringLiteral("compliant")));
}

void TestFieldworkStores::evidenceKeepsBytesAndHash()
{
    const QString png = m_dir.filePath(QStringLiteral("photo.png"));
    QVERIFY(test::writeTestPng(png, 400, 300));
    QFile file(png);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    EvidenceStore store(m_f.db);
    Result<EvidenceInfo> added = store.addFile(m_f.auditId, png, m_f.itemIds.at(1));
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(added->sha256, expected);
    QCOMPARE(added->mimeType, QStringLiteral("image/png"));
    QCOMPARE(added->sizeBytes, qint64(bytes.size()));
    QImage thumb;
    QVERIFY(thumb.loadFromData(added->thumbnail));
    QVERIFY(thumb.width() <= EvidenceStore::kThumbnailSize && thumb.height() <= EvidenceStore::kThumbnailSize);
    QCOMPARE(*store.content(added->uuid), bytes);

    // A text document: stored, no thumbnail.
    Result<EvidenceInfo> doc =
        store.addBytes(m_f.auditId, QStringLiteral("policy.txt"), "Working hours policy\n", m_f.itemIds.at(1));
    QVERIFY(doc);
    QVERIFY(doc->thumbnail.isEmpty());
    QCOMPARE(store.list(m_f.auditId, m_f.itemIds.at(1))->size(), 2);
    QCOMPARE(store.list(m_f.auditId, m_f.itemIds.at(0))->size(), 0);
    QVERIFY(store.remove(doc->uuid));
    QCOMPARE(store.list(m_f.auditId)->size(), 1);
    QVERIFY(!store.remove(doc->uuid));
}

void TestFieldworkStores::evidenceMissingFileIsClearError()
{
    const QString missing = m_dir.filePath(QStringLiteral("no-such-photo.jpg"));
    Result<EvidenceInfo> r = EvidenceStore(m_f.db).addFile(m_f.auditId, missing, m_f.itemIds.at(0));
    QVERIFY(!r);
    QVERIFY2(r.error().contains(missing), qPrintable(r.error()));
    QCOMPARE(m_f.db.scalar(QStringLiteral("SELECT count(*) FROM evidence"))->toInt(), 0);
}

void TestFieldworkStores::findingFromQuestionCarriesClauses()
{
    const qint64 item = m_f.itemIds.at(1); // the fixture's "major" question of section 3
    QVERIFY(ChecklistResponses(m_f.db).setNotes(item, QStringLiteral("No guard on cutting machine")));
    Result<FindingRecord> f = FindingStore(m_f.db).createFromQuestion(item);
    QVERIFY2(f, qPrintable(f.error()));
    QCOMPARE(f->itemId, item);
    QCOMPARE(f->severity, QStringLiteral("major"));
    QCOMPARE(f->clauses, (QStringList{QStringLiteral("sa8000:3.2"), QStringLiteral("wrap:3")}));
    QCOMPARE(f->description, QStringLiteral("No guard on cutting machine"));
    QCOMPARE(
        m_f.db.scalar(QStringLiteral("SELECT count(*) FROM finding_clauses WHERE finding_id = ?1"), {f->id})->toInt(),
        2);
}

void TestFieldworkStores::findingClausesAndCorrectiveActions()
{
    FindingStore findings(m_f.db);
    Result<FindingRecord> f = findings.createBlank(m_f.auditId, QStringLiteral("Excessive overtime"));
    QVERIFY2(f, qPrintable(f.error()));
    QVERIFY(findings.setClauses(f->uuid,
                                {QStringLiteral(" sa8000:7.3"), QStringLiteral("rba:A3"), QStringLiteral("rba:A3")}));
    QCOMPARE(findings.finding(f->uuid)->clauses, (QStringList{QStringLiteral("rba:A3"), QStringLiteral("sa8000:7.3")}));

    CorrectiveActionStore actions(m_f.db);
    Result<CorrectiveAction> ca = actions.add(f->id, QStringLiteral("Cap overtime at 12 h/week"),
                                              QStringLiteral("HR manager"), QStringLiteral("2026-03-01"));
    QVERIFY2(ca, qPrintable(ca.error()));
    Result<QList<CorrectiveAction>> list = actions.list(f->id);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().responsible, QStringLiteral("HR manager"));
    QCOMPARE(list->first().dueDate, QStringLiteral("2026-03-01"));
    QCOMPARE(list->first().status, QStringLiteral("open"));
    QCOMPARE(findings.finding(f->uuid)->correctiveActionCount, 1);
    QVERIFY(!actions.add(123456));
    QVERIFY(findings.remove(f->uuid));
    QCOMPARE(m_f.db.scalar(QStringLiteral("SELECT count(*) FROM corrective_actions"))->toInt(), 0);
}

void TestFieldworkStores::complianceStatsCountAnswers()
{
    ChecklistResponses r(m_f.db);
    // Section 3: compliant, non-compliant, unanswered. Section 7: observation, N/A, compliant.
    QVERIFY(r.setAnswer(m_f.itemIds.at(0), QStringLiteral("compliant")));
    QVERIFY(r.setAnswer(m_f.itemIds.at(1), QStringLiteral("non_compliant")));
    QVERIFY(r.setAnswer(m_f.itemIds.at(3), QStringLiteral("observation")));
    QVERIFY(r.setAnswer(m_f.itemIds.at(4), QStringLiteral("not_applicable")));
    QVERIFY(r.setAnswer(m_f.itemIds.at(5), QStringLiteral("compliant")));
    ComplianceStats stats(m_f.db, m_f.auditId);
    Result<QList<ComplianceCount>> sections = stats.perSection();
    QVERIFY2(sections, qPrintable(sections.error()));
    QCOMPARE(sections->size(), 3);
    const ComplianceCount& s3 = sections->at(0);
    QCOMPARE(s3.group, QStringLiteral("SA8000 3 Health and Safety"));
    QCOMPARE(s3.compliant, 1);
    QCOMPARE(s3.nonCompliant, 1);
    QCOMPARE(s3.unanswered, 1);
    QCOMPARE(s3.compliance(), 0.5);
    const ComplianceCount& s7 = sections->at(1);
    QCOMPARE(s7.observation, 1);
    QCOMPARE(s7.notApplicable, 1);
    QCOMPARE(s7.compliance(), 0.5);
    QCOMPARE(sections->at(2).compliance(), -1.0);

    Result<QList<ComplianceCount>> codes = stats.perCode();
    QVERIFY2(codes, qPrintable(codes.error()));
    QCOMPARE(codes->size(), 2); // sa8000, wrap: every item maps to both
    for (const ComplianceCount& c : *codes) {
        QCOMPARE(c.total(), 9);
        QCOMPARE(c.compliant, 2);
        QCOMPARE(c.nonCompliant, 1);
    }

    QVERIFY(FindingStore(m_f.db).createFromQuestion(m_f.itemIds.at(1)));
    QVERIFY(FindingStore(m_f.db).createFromQuestion(m_f.itemIds.at(0)));
    QMap<QString, int> bySeverity = *stats.findingsBySeverity();
    QCOMPARE(bySeverity.value(QStringLiteral("major")), 1);
    QCOMPARE(bySeverity.value(QStringLiteral("minor")), 1);
}

void TestFieldworkStores::previousAuditActionsForFollowUp()
{
    Result<FindingRecord> f = FindingStore(m_f.db).createBlank(m_f.auditId, QStringLiteral("Locked exit"));
    QVERIFY(f);
    QVERIFY(CorrectiveActionStore(m_f.db).add(f->id, QStringLiteral("Unlock and inspect daily"), QStringLiteral("EHS"),
                                              QStringLiteral("2026-01-15")));
    Result<Audit> first = AuditRepository(m_f.db).audit(m_f.auditId);
    Audit follow;
    follow.title = QStringLiteral("Follow-up");
    follow.country = QStringLiteral("BD");
    follow.codes = {QStringLiteral("sa8000")};
    follow.auditType = QStringLiteral("follow_up");
    follow.followUpOf = m_f.auditId;
    Result<Facility> facility = AuditRepository(m_f.db).facility(first->facilityId);
    Result<Audit> created = AuditRepository(m_f.db).createAudit(*facility, follow);
    QVERIFY2(created, qPrintable(created.error()));

    ComplianceStats stats(m_f.db, created->id);
    QCOMPARE(stats.followUpOf(), m_f.auditId);
    Result<QList<PreviousCorrectiveAction>> previous = stats.previousCorrectiveActions();
    QVERIFY2(previous, qPrintable(previous.error()));
    QCOMPARE(previous->size(), 1);
    QCOMPARE(previous->first().findingTitle, QStringLiteral("Locked exit"));
    QCOMPARE(previous->first().status, QStringLiteral("open"));
    QCOMPARE(previous->first().dueDate, QStringLiteral("2026-01-15"));
    QVERIFY(ComplianceStats(m_f.db, m_f.auditId).previousCorrectiveActions()->isEmpty());
}

void TestFieldworkStores::phaseProgressFollowsTheStore()
{
    PhaseProgressCalculator calc(m_f.db, m_f.auditId);
    const PhaseProgress tour0 = calc.progress(AuditPhase::SiteTour);
    QCOMPARE(tour0.total, 3); // fixture: section 3 is verified by observation
    QCOMPARE(tour0.done, 0);
    QVERIFY(ChecklistResponses(m_f.db).setAnswer(m_f.itemIds.at(0), QStringLiteral("compliant")));
    QCOMPARE(calc.progress(AuditPhase::SiteTour).done, 1);
    QCOMPARE(calc.progress(AuditPhase::DocumentReview).total, 3);

    const int planBefore = calc.progress(AuditPhase::Plan).done;
    QVERIFY(AuditTeamStore(m_f.db).add(m_f.auditId, QStringLiteral("A. Auditor"), QStringLiteral("lead")));
    QCOMPARE(calc.progress(AuditPhase::Plan).done, planBefore + 1);

    QCOMPARE(calc.progress(AuditPhase::WorkerInterviews).total, PhaseProgressCalculator::workerInterviewTarget(100));
    QCOMPARE(PhaseProgressCalculator::workerInterviewTarget(100), 10);
    QCOMPARE(PhaseProgressCalculator::workerInterviewTarget(0), 1);

    Result<QString> notes = PhaseNotes(m_f.db).ensure(m_f.auditId, AuditPhase::OpeningMeeting);
    QVERIFY(notes);
    QCOMPARE(*PhaseNotes(m_f.db).ensure(m_f.auditId, AuditPhase::OpeningMeeting), *notes);
    QVERIFY(m_f.db.exec(QStringLiteral("UPDATE phase_notes SET agenda_json = '{\"scope\":true,\"records\":true}'")));
    QCOMPARE(calc.progress(AuditPhase::OpeningMeeting).done, 2);

    Result<FindingRecord> f = FindingStore(m_f.db).createBlank(m_f.auditId, QStringLiteral("x"));
    QCOMPARE(calc.progress(AuditPhase::Findings).total, 1);
    QCOMPARE(calc.progress(AuditPhase::Findings).done, 0);
    Result<CorrectiveAction> ca = CorrectiveActionStore(m_f.db).add(f->id);
    QVERIFY2(ca, qPrintable(ca.error()));
    QCOMPARE(calc.progress(AuditPhase::Findings).done, 1);
}

FIELDBOOK_TEST_GUILESS_MAIN(TestFieldworkStores)
#include "TestFieldworkStores.moc"
