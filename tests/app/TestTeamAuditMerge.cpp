#include "app/codes/ChecklistStore.h"
#include "app/fieldwork/ChecklistResponses.h"
#include "app/fieldwork/PhaseNotes.h"
#include "app/interviews/InterviewStore.h"
#include "app/signing/Minisign.h"
#include "app/sync/AuditPackage.h"
#include "app/sync/SyncConflicts.h"
#include "database/AuditRepository.h"
#include "database/Database.h"
#include "database/FieldEditor.h"
#include "support/TestRegistry.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fieldbook;

// A team audit: the lead sets the audit up and hands it to a second auditor as a package; both
// work offline on their own laptops; head office merges both packages. Rows the two created
// independently for the same thing (an answer to one question, one phase's notes) are one row
// with conflicts to decide, never a failed import; two interviews that both got the code W-01 are
// two interviews, the second renumbered.
class TestTeamAuditMerge : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void independentEditsMergeWithConflicts();

private:
    QString exportOf(const Database& db, const QString& auditUuid, const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    SigningKeyPair m_key;
};

void TestTeamAuditMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_key = SigningKeyPair::generate();
}

QString TestTeamAuditMerge::exportOf(const Database& db, const QString& auditUuid, const QString& name)
{
    PackageExportOptions options;
    options.auditUuid = auditUuid;
    const QString path = m_dir->filePath(name);
    Status written = AuditPackage::exportSigned(db, options, m_key, QStringLiteral("Team"), path);
    return written ? path : QString();
}

void TestTeamAuditMerge::independentEditsMergeWithConflicts()
{
    Result<Database> lead = Database::open(m_dir->filePath(QStringLiteral("lead.sqlite")));
    Result<Database> second = Database::open(m_dir->filePath(QStringLiteral("second.sqlite")));
    Result<Database> office = Database::open(m_dir->filePath(QStringLiteral("office.sqlite")));
    QVERIFY(lead && second && office);

    Facility facility;
    facility.name = QStringLiteral("River Textiles");
    facility.country = QStringLiteral("KH");
    Audit setup;
    setup.codes = {QStringLiteral("wrap")};
    Result<Audit> audit = AuditRepository(lead.value()).createAudit(facility, setup);
    QVERIFY2(audit, qPrintable(audit.error()));
    QVERIFY(ChecklistStore::deriveForAudit(lead.value(), audit->uuid));
    const QString handover = exportOf(lead.value(), audit->uuid, QStringLiteral("handover.fieldbook"));
    QVERIFY(!handover.isEmpty());
    QVERIFY(AuditPackage::importSigned(second.value(), handover, &m_key.publicKey));

    // Offline, each on their own laptop.
    auto idsOf = [](const Database& db, const QString& auditUuid) {
        const qint64 auditId =
            db.scalar(QStringLiteral("SELECT id FROM audits WHERE uuid = ?1"), {auditUuid})->toLongLong();
        const qint64 firstItem =
            db.scalar(QStringLiteral("SELECT min(id) FROM checklist_items WHERE audit_id = ?1"), {auditId})
                ->toLongLong();
        return std::pair(auditId, firstItem);
    };
    const auto [leadAudit, leadItem] = idsOf(lead.value(), audit->uuid);
    const auto [secondAudit, secondItem] = idsOf(second.value(), audit->uuid);
    QVERIFY(ChecklistResponses(lead.value()).setAnswer(leadItem, QStringLiteral("compliant")));
    QVERIFY(ChecklistResponses(second.value()).setAnswer(secondItem, QStringLiteral("non_compliant")));
    Result<QString> leadNotes = PhaseNotes(lead.value()).ensure(leadAudit, AuditPhase::OpeningMeeting);
    Result<QString> secondNotes = PhaseNotes(second.value()).ensure(secondAudit, AuditPhase::OpeningMeeting);
    QVERIFY(leadNotes && secondNotes);
    QVERIFY(FieldEditor(lead.value())
                .setValue(QStringLiteral("phase_notes"), *leadNotes, QStringLiteral("body"),
                          QStringLiteral("GM and HR attended.")));
    QVERIFY(FieldEditor(second.value())
                .setValue(QStringLiteral("phase_notes"), *secondNotes, QStringLiteral("body"),
                          QStringLiteral("HR only; GM arrived late.")));
    Result<InterviewRecord> leadInterview = InterviewStore(lead.value()).create(leadAudit, QStringLiteral("worker"));
    Result<InterviewRecord> secondInterview =
        InterviewStore(second.value()).create(secondAudit, QStringLiteral("worker"));
    QVERIFY(leadInterview && secondInterview);
    QCOMPARE(leadInterview->pseudonym, QStringLiteral("W-01"));
    QCOMPARE(secondInterview->pseudonym, QStringLiteral("W-01"));
    QVERIFY(InterviewStore(second.value())
                .setField(secondInterview->uuid, QStringLiteral("stated_weekly_hours"), QVariant(72.0)));

    const QString fromLead = exportOf(lead.value(), audit->uuid, QStringLiteral("lead.fieldbook"));
    const QString fromSecond = exportOf(second.value(), audit->uuid, QStringLiteral("second.fieldbook"));
    QVERIFY(!fromLead.isEmpty() && !fromSecond.isEmpty());
    Result<PackageImportResult> first = AuditPackage::importSigned(office.value(), fromLead, &m_key.publicKey);
    QVERIFY2(first, qPrintable(first.error()));
    Result<PackageImportResult> merged = AuditPackage::importSigned(office.value(), fromSecond, &m_key.publicKey);
    QVERIFY2(merged, qPrintable(merged.error()));

    Database& db = office.value();
    const qint64 auditId =
        db.scalar(QStringLiteral("SELECT id FROM audits WHERE uuid = ?1"), {audit->uuid})->toLongLong();
    // One answer for the question: the lead's, with the second auditor's kept as a conflict.
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM checklist_responses r JOIN checklist_items i ON i.id = "
                                      "r.item_id WHERE i.audit_id = ?1"),
                       {auditId})
                 ->toInt(),
             1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT incoming_value FROM sync_conflicts WHERE entity = "
                                      "'checklist_responses' AND field = 'answer'"))
                 ->toString(),
             QStringLiteral("non_compliant"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT body FROM phase_notes WHERE audit_id = ?1 AND phase = "
                                      "'opening_meeting'"),
                       {auditId})
                 ->toString(),
             QStringLiteral("GM and HR attended."));
    QCOMPARE(db.scalar(QStringLiteral("SELECT incoming_value FROM sync_conflicts WHERE entity = 'phase_notes' AND "
                                      "field = 'body'"))
                 ->toString(),
             QStringLiteral("HR only; GM arrived late."));
    // Two interviews, both kept; the second auditor's W-01 is W-02 here, with its answers.
    QCOMPARE(db.scalar(QStringLiteral("SELECT group_concat(pseudonym, ',') FROM (SELECT pseudonym FROM interviews "
                                      "WHERE audit_id = ?1 ORDER BY pseudonym)"),
                       {auditId})
                 ->toString(),
             QStringLiteral("W-01,W-02"));
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT stated_weekly_hours FROM interviews WHERE uuid = ?1"), {secondInterview->uuid})
            ->toDouble(),
        72.0);
    QCOMPARE(merged->renamed.size(), 1);
    QVERIFY2(merged->renamed.first().contains(QStringLiteral("W-02")), qPrintable(merged->renamed.first()));

    // The conflict resolves like any other: take the second auditor's answer.
    Result<QList<SyncConflict>> open = SyncConflicts::list(db, audit->uuid, false);
    QVERIFY2(open, qPrintable(open.error()));
    const auto answer = std::find_if(open->begin(), open->end(),
                                     [](const SyncConflict& c) { return c.field == QLatin1String("answer"); });
    QVERIFY(answer != open->end());
    QVERIFY(SyncConflicts::resolve(db, answer->uuid, ConflictChoice::TakeIncoming));
    QCOMPARE(db.scalar(QStringLiteral("SELECT r.answer FROM checklist_responses r JOIN checklist_items i ON i.id = "
                                      "r.item_id WHERE i.audit_id = ?1"),
                       {auditId})
                 ->toString(),
             QStringLiteral("non_compliant"));

    // Importing the same packages again changes nothing.
    const int conflicts = db.scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts"))->toInt();
    Result<PackageImportResult> again = AuditPackage::importSigned(db, fromSecond, &m_key.publicKey);
    QVERIFY(again && again->alreadyImported);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts"))->toInt(), conflicts);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM interviews"))->toInt(), 2);
}

FIELDBOOK_TEST_GUILESS_MAIN(TestTeamAuditMerge)
#include "TestTeamAuditMerge.moc"
