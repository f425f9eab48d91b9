// Interviews in a real store: pseudonyms, the rules of group interviews, and personal data that is
// sealed (never in the SQLite file or its WAL in clear, never in the audit trail) and refused,
// not blanked, while locked.
#include "app/interviews/InterviewStore.h"
#include "app/signing/SodiumDataProtector.h"
#include "database/AuditTrail.h"
#include "support/FieldworkFixture.h"
#include "support/TestRegistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;

namespace {
const QString kNote = QStringLiteral("Nguyen Thi Hoa says the supervisor keeps her ID card");
const QString kAnswerNote = QStringLiteral("told to say sixty hours, really works seventy-two");
const QString kWorker = QStringLiteral("EMP-7781");

QByteArray storeBytes(const QString& path, bool* walSeen = nullptr)
{
    QByteArray raw;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = f.readAll();
            if (walSeen && !suffix.isEmpty()) {
                *walSeen = bytes.size() > 0;
            }
            raw += bytes;
        }
    }
    return raw;
}
} // namespace

class TestInterviewStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pseudonymsAreMadeAndNeverReused();
    void plainFieldsFollowTheRules();
    void groupInterviewsCarryNoPayOrHours();
    void personalTextIsSealedInTheFileAndTheWal();
    void lockedProtectorRefusesCleanlyAndKeepsWhatIsStored();
    void auditTrailHoldsNoPersonalPlaintext();
    void sampleWorkerFillsTheProfile();

private:
    QTemporaryDir* m_dir = nullptr;
    test::FieldworkFixture m_f;
    std::unique_ptr<SodiumDataProtector> m_protector;
};

void TestInterviewStore::init()
{
    m_dir = new QTemporaryDir;
    QString error;
    m_f = test::FieldworkFixture();
    QVERIFY2(m_f.create(m_dir->filePath(QStringLiteral("store.sqlite")), &error), qPrintable(error));
    Result<std::unique_ptr<SodiumDataProtector>> p =
        SodiumDataProtector::create(m_f.db, QStringLiteral("a passphrase for tests"));
    QVERIFY2(p, qPrintable(p.error()));
    m_protector = p.take();
}

void TestInterviewStore::cleanup()
{
    m_protector.reset();
    m_f.db.close();
    delete m_dir;
    m_dir = nullptr;
}

void TestInterviewStore::pseudonymsAreMadeAndNeverReused()
{
    InterviewStore store(m_f.db);
    QCOMPARE(store.create(m_f.auditId, QStringLiteral("worker"))->pseudonym, QStringLiteral("W-01"));
    Result<InterviewRecord> second = store.create(m_f.auditId, QStringLiteral("worker"), QStringLiteral("group"));
    QCOMPARE(second->pseudonym, QStringLiteral("W-02"));
    QCOMPARE(second->participants, 2);
    QCOMPARE(store.create(m_f.auditId, QStringLiteral("management"))->pseudonym, QStringLiteral("M-01"));
    QVERIFY(store.remove(second->uuid));
    QCOMPARE(store.create(m_f.auditId, QStringLiteral("worker"))->pseudonym, QStringLiteral("W-03"));
    QCOMPARE(store.list(m_f.auditId, QStringLiteral("worker"))->size(), 2);
    QVERIFY(!store.create(m_f.auditId, QStringLiteral("visitor")));
    // The deletion is in the trail, with the pseudonym only.
    Result<QList<AuditTrailEntry>> trail = AuditTrail::forEntity(m_f.db, second->uuid);
    QCOMPARE(trail->last().action, QStringLiteral("delete"));
    QCOMPARE(trail->last().oldValue.toString(), QStringLiteral("W-02"));
}

void TestInterviewStore::plainFieldsFollowTheRules()
{
    InterviewStore store(m_f.db);
    Result<InterviewRecord> r = store.create(m_f.auditId, QStringLiteral("worker"));
    QVERIFY(store.setField(r->uuid, QStringLiteral("stated_weekly_hours"), 66.5));
    QVERIFY(store.setField(r->uuid, QStringLiteral("gender"), QStringLiteral("F")));
    QVERIFY(store.setField(r->uuid, QStringLiteral("age_band"), QStringLiteral("18_24")));
    QVERIFY(store.setField(r->uuid, QStringLiteral("migrant"), 1));
    QVERIFY(store.setField(r->uuid, QStringLiteral("held_at"), QStringLiteral("2026-03-16 10:30")));
    const Result<InterviewRecord> back = store.interview(r->uuid);
    QCOMPARE(back->statedWeeklyHours, 66.5);
    QCOMPARE(back->gender, QStringLiteral("F"));
    QCOMPARE(back->migrant, 1);
    QCOMPARE(back->heldAt, QStringLiteral("2026-03-16 10:30"));

    const Result<QVariant> gender = store.setField(r->uuid, QStringLiteral("gender"), QStringLiteral("Q"));
    QVERIFY(!gender);
    QVERIFY2(gender.error().contains(QStringLiteral("W-01")) && gender.error().contains(QStringLiteral("gender")),
             qPrintable(gender.error()));
    QVERIFY(!store.setField(r->uuid, QStringLiteral("stated_weekly_hours"), 200));
    QVERIFY(!store.setField(r->uuid, QStringLiteral("stated_rest_days_per_week"), 8));
    QVERIFY(!store.setField(r->uuid, QStringLiteral("held_at"), QStringLiteral("yesterday")));
    QVERIFY(!store.setField(r->uuid, QStringLiteral("participants"), 3)); // individual: one person
    // Personal columns never go through the plain path.
    QVERIFY(!store.setField(r->uuid, QStringLiteral("notes"), QStringLiteral("plain text")));
    QVERIFY(!store.setField(r->uuid, QStringLiteral("worker_ref"), kWorker));
    QCOMPARE(store.interview(r->uuid)->statedWeeklyHours, 66.5); // nothing half-written
    QVERIFY(!store.interview(r->uuid)->hasNotes);
}

void TestInterviewStore::groupInterviewsCarryNoPayOrHours()
{
    InterviewStore store(m_f.db);
    Result<InterviewRecord> r = store.create(m_f.auditId, QStringLiteral("worker"));
    // The fixture's section "SA8000 8 Remuneration" is verified by worker interview: pay questions.
    Result<QVariant> key =
        m_f.db.scalar(QStringLiteral("SELECT question_key FROM checklist_items WHERE id = ?1"), {m_f.itemIds.at(6)});
    QVERIFY(store.setAnswer(r->uuid, m_f.itemIds.at(6), key->toString(), QStringLiteral("no")));
    QVERIFY(store.setField(r->uuid, QStringLiteral("stated_weekly_hours"), 60));
    Result<QVariant> toGroup = store.setField(r->uuid, QStringLiteral("format"), QStringLiteral("group"));
    QVERIFY(!toGroup);
    QVERIFY2(toGroup.error().contains(QStringLiteral("never discussed in group")), qPrintable(toGroup.error()));
    QVERIFY(store.setField(r->uuid, QStringLiteral("stated_weekly_hours"), QVariant()));
    QVERIFY(!store.setField(r->uuid, QStringLiteral("format"), QStringLiteral("group"))); // the pay answer remains
    QVERIFY(store.setAnswer(r->uuid, m_f.itemIds.at(6), key->toString(), QString()));
    QVERIFY(store.setField(r->uuid, QStringLiteral("format"), QStringLiteral("group")));
    QVERIFY(store.setField(r->uuid, QStringLiteral("participants"), 5));
    QVERIFY(!store.setField(r->uuid, QStringLiteral("participants"), 1));
    QVERIFY(!store.setField(r->uuid, QStringLiteral("stated_monthly_pay"), 4200));
    QVERIFY(!store.setField(r->uuid, QStringLiteral("stated_overtime_voluntary"), 1));
    QVERIFY(!store.setAnswer(r->uuid, m_f.itemIds.at(6), key->toString(), QStringLiteral("yes")));
    QVERIFY(store.setField(r->uuid, QStringLiteral("coaching_suspected"), 1)); // not a pay or hours question
    const Result<InterviewRecord> back = store.interview(r->uuid);
    QCOMPARE(back->format, QStringLiteral("group"));
    QCOMPARE(back->participants, 5);
    QCOMPARE(back->statedMonthlyPay, -1.0);
    // Management interviews are not where workers state their hours either.
    Result<InterviewRecord> m = store.create(m_f.auditId, QStringLiteral("management"));
    QVERIFY(!store.setField(m->uuid, QStringLiteral("stated_weekly_hours"), 48));
    QVERIFY(store.setField(m->uuid, QStringLiteral("interviewee_role"), QStringLiteral("hr")));
    QVERIFY(!store.setField(m->uuid, QStringLiteral("interviewee_role"), QStringLiteral("cook")));
}

void TestInterviewStore::personalTextIsSealedInTheFileAndTheWal()
{
    InterviewStore store(m_f.db, m_protector.get());
    RegisterWorker worker;
    worker.workerId = kWorker;
    worker.department = QStringLiteral("Sewing");
    Result<InterviewRecord> r =
        store.create(m_f.auditId, QStringLiteral("worker"), QStringLiteral("individual"), &worker);
    QVERIFY(r->hasWorkerRef);
    QVERIFY(store.setPersonalText(QStringLiteral("interviews"), r->uuid, QStringLiteral("notes"), kNote));
    Result<QString> answer = store.ensureAnswer(r->uuid, m_f.itemIds.at(6), QStringLiteral("sa8000.8.1"));
    QVERIFY(answer);
    QVERIFY(
        store.setPersonalText(QStringLiteral("interview_answers"), *answer, QStringLiteral("free_text"), kAnswerNote));
    // Read back through the protector.
    QCOMPARE(store.personalText(QStringLiteral("interviews"), r->uuid, QStringLiteral("notes"))->text, kNote);
    QCOMPARE(store.personalText(QStringLiteral("interviews"), r->uuid, QStringLiteral("worker_ref"))->text, kWorker);
    QCOMPARE(store.personalText(QStringLiteral("interview_answers"), *answer, QStringLiteral("free_text"))->text,
             kAnswerNote);
    // The columns hold sealed bytes, never text, bound to their row and column ("FBP2"): a note
    // copied onto another interview does not open there.
    Result<QVariant> raw = m_f.db.scalar(
        QStringLiteral("SELECT typeof(notes) || typeof(worker_ref) FROM interviews WHERE uuid = ?1"), {r->uuid});
    QCOMPARE(raw->toString(), QStringLiteral("blobblob"));
    const SodiumDataProtector* sodium = m_protector.get();
    QVERIFY(sodium);
    for (const char* column : {"notes", "worker_ref"}) {
        const QByteArray sealed =
            m_f.db
                .scalar(QStringLiteral("SELECT %1 FROM interviews WHERE uuid = ?1").arg(QLatin1String(column)),
                        {r->uuid})
                ->toByteArray();
        QVERIFY2(SodiumDataProtector::isBound(sealed), column);
        QVERIFY(sodium->openFor(
            sealed, SodiumDataProtector::placeContext(QStringLiteral("interviews"), QLatin1String(column), r->uuid)));
        QVERIFY(
            !sodium->openFor(sealed, SodiumDataProtector::placeContext(QStringLiteral("interviews"),
                                                                       QLatin1String(column), QStringLiteral("x"))));
    }
    const QByteArray answerNote =
        m_f.db.scalar(QStringLiteral("SELECT free_text FROM interview_answers WHERE uuid = ?1"), {*answer})
            ->toByteArray();
    QVERIFY(sodium->openFor(answerNote, SodiumDataProtector::placeContext(QStringLiteral("interview_answers"),
                                                                          QStringLiteral("free_text"), *answer)));
    QVERIFY(!sodium->openFor(
        answerNote, SodiumDataProtector::placeContext(QStringLiteral("interviews"), QStringLiteral("notes"), r->uuid)));

    bool walSeen = false;
    const QByteArray whileOpen = storeBytes(m_f.path, &walSeen);
    QVERIFY2(walSeen, "the WAL file must have been read (the store is in WAL mode and open)");
    for (const QString& secret : {kNote, kAnswerNote, kWorker}) {
        QVERIFY2(!whileOpen.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY2(!whileOpen.contains(secret.left(20).toUtf8()), qPrintable(secret));
    }
    m_f.db.close();
    const QByteArray closed = storeBytes(m_f.path);
    QVERIFY(closed.size() > 10000);
    for (const QString& secret : {kNote, kAnswerNote, kWorker}) {
        QVERIFY2(!closed.contains(secret.toUtf8()), qPrintable(secret));
    }
}

void TestInterviewStore::lockedProtectorRefusesCleanlyAndKeepsWhatIsStored()
{
    InterviewStore unlocked(m_f.db, m_protector.get());
    Result<InterviewRecord> r = unlocked.create(m_f.auditId, QStringLiteral("worker"));
    QVERIFY(unlocked.setPersonalText(QStringLiteral("interviews"), r->uuid, QStringLiteral("notes"), kNote));
    const QByteArray sealed =
        m_f.db.scalar(QStringLiteral("SELECT notes FROM interviews WHERE uuid = ?1"), {r->uuid})->toByteArray();
    QVERIFY(!sealed.isEmpty());

    SodiumDataProtector locked{SecureBytes()};
    QVERIFY(!locked.isUnlocked());
    for (const PersonalDataProtector* protector :
         {static_cast<const PersonalDataProtector*>(&locked), static_cast<const PersonalDataProtector*>(nullptr)}) {
        InterviewStore store(m_f.db, protector);
        QVERIFY(!store.canSeal());
        Result<QVariant> refused = store.setPersonalText(QStringLiteral("interviews"), r->uuid, QStringLiteral("notes"),
                                                         QStringLiteral("new"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("locked")), qPrintable(refused.error()));
        // Clearing is refused too: an empty text while locked must not blank what is stored.
        QVERIFY(!store.setPersonalText(QStringLiteral("interviews"), r->uuid, QStringLiteral("notes"), QString()));
        QCOMPARE(
            m_f.db.scalar(QStringLiteral("SELECT notes FROM interviews WHERE uuid = ?1"), {r->uuid})->toByteArray(),
            sealed);
        QCOMPARE(store.personalText(QStringLiteral("interviews"), r->uuid, QStringLiteral("notes"))->state,
                 SealedText::Locked);
        // A link from the sample is left out, not stored in clear.
        RegisterWorker worker;
        worker.workerId = kWorker;
        worker.department = QStringLiteral("Cutting");
        Result<InterviewRecord> linked =
            store.create(m_f.auditId, QStringLiteral("worker"), QStringLiteral("individual"), &worker);
        QVERIFY(linked);
        QVERIFY(!linked->hasWorkerRef);
        QCOMPARE(linked->department, QStringLiteral("Cutting"));
    }
    // Another key cannot read it, and says so instead of showing garbage.
    QTemporaryDir other;
    Result<Database> otherDb = Database::open(other.filePath(QStringLiteral("o.sqlite")));
    Result<std::unique_ptr<SodiumDataProtector>> stranger =
        SodiumDataProtector::create(*otherDb, QStringLiteral("another auditor's passphrase"));
    QVERIFY2(stranger, qPrintable(stranger.error()));
    QCOMPARE(InterviewStore(m_f.db, stranger->get())
                 .personalText(QStringLiteral("interviews"), r->uuid, QStringLiteral("notes"))
                 ->state,
             SealedText::Unreadable);
}

void TestInterviewStore::auditTrailHoldsNoPersonalPlaintext()
{
    InterviewStore store(m_f.db, m_protector.get());
    RegisterWorker worker;
    worker.workerId = kWorker;
    Result<InterviewRecord> r =
        store.create(m_f.auditId, QStringLiteral("worker"), QStringLiteral("individual"), &worker);
    QVERIFY(store.setPersonalText(QStringLiteral("interviews"), r->uuid, QStringLiteral("notes"), kNote));
    QVERIFY(store.setPersonalText(QStringLiteral("interviews"), r->uuid, QStringLiteral("notes"), kNote + "!"));
    QVERIFY(store.setField(r->uuid, QStringLiteral("stated_weekly_hours"), 72));
    Result<QList<AuditTrailEntry>> trail = AuditTrail::forAudit(m_f.db, m_f.auditUuid);
    QVERIFY(trail);
    int sealedRows = 0;
    bool hours = false;
    for (const AuditTrailEntry& e : *trail) {
        for (const QVariant& v : {e.oldValue, e.newValue}) {
            const QString text = v.toString();
            QVERIFY2(!text.contains(QStringLiteral("Nguyen")) && !text.contains(kWorker), qPrintable(text));
            QVERIFY(v.typeId() != QMetaType::QByteArray);
        }
        if (e.field == QLatin1String("notes") || e.field == QLatin1String("worker_ref")) {
            QVERIFY2(e.newValue.toString().endsWith(QStringLiteral("bytes>")), qPrintable(e.newValue.toString()));
            ++sealedRows;
        }
        hours = hours || (e.field == QLatin1String("stated_weekly_hours") && e.newValue.toDouble() == 72);
    }
    QCOMPARE(sealedRows, 3); // the link at creation, two note edits
    QVERIFY(hours);
}

void TestInterviewStore::sampleWorkerFillsTheProfile()
{
    InterviewStore store(m_f.db, m_protector.get());
    RegisterWorker w;
    w.workerId = kWorker;
    w.department = QStringLiteral("Packing");
    w.gender = QStringLiteral("M");
    w.ageBand = QStringLiteral("under_18");
    w.tenureBand = QStringLiteral("under_3_months");
    w.shift = QStringLiteral("night");
    w.migrant = 1;
    w.agency = 0;
    Result<InterviewRecord> alone =
        store.create(m_f.auditId, QStringLiteral("worker"), QStringLiteral("individual"), &w);
    QCOMPARE(alone->department, QStringLiteral("Packing"));
    QCOMPARE(alone->gender, QStringLiteral("M"));
    QCOMPARE(alone->ageBand, QStringLiteral("under_18"));
    QCOMPARE(alone->tenureBand, QStringLiteral("under_3_months"));
    QCOMPARE(alone->shift, QStringLiteral("night"));
    QCOMPARE(alone->migrant, 1);
    QCOMPARE(alone->agency, 0);
    QVERIFY(alone->hasWorkerRef);
    // A group shares the department and shift, never one member's link or personal groups.
    Result<InterviewRecord> group = store.create(m_f.auditId, QStringLiteral("worker"), QStringLiteral("group"), &w);
    QCOMPARE(group->department, QStringLiteral("Packing"));
    QCOMPARE(group->shift, QStringLiteral("night"));
    QVERIFY(group->gender.isEmpty());
    QVERIFY(group->ageBand.isEmpty());
    QVERIFY(!group->hasWorkerRef);
}

FIELDBOOK_TEST_GUILESS_MAIN(TestInterviewStore)
#include "TestInterviewStore.moc"
