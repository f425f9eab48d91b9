// Flags in a real SQLite store: a re-run keeps the auditor's dispositions, refreshes figures,
// marks vanished flags stale; confirm creates a finding with the clauses; dismiss needs a reason;
// both leave audit-trail rows.
#include "app/analysis/FlagStore.h"
#include "database/AuditRepository.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "support/TestRegistry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;

namespace {
Flag makeFlag(const QString& check, const QStringList& workers, const QString& summary)
{
    Flag f;
    f.check = check;
    f.severity = Severity::High;
    f.clauses = {"sa8000:7", "wrap:6"};
    f.workers = workers;
    f.dates = {"2026-01-05"};
    f.summary = summary;
    f.evidence.insert("hours", 70);
    return f;
}
} // namespace

class TestFlagStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        Result<Database> db = Database::open(m_dir.filePath(QString("store%1.sqlite").arg(++m_count)));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        m_db = db.take();
        m_db.setActor("auditor A");
        Facility f;
        f.name = "Sunrise Apparel";
        f.country = "bd";
        Audit a;
        a.codes = {"sa8000", "wrap"};
        Result<Audit> created = AuditRepository(m_db).createAudit(f, a);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        m_audit = created->uuid;
    }
    void cleanup()
    {
        m_db.close();
    }

    void rerunKeepsDispositionsAndMarksStale()
    {
        FlagStore store(m_db);
        AnalysisResult first;
        first.flags = {makeFlag("excessive_hours", {"W1"}, "W1 worked 70 h"),
                       makeFlag("excessive_hours", {"W2"}, "W2 worked 66 h"),
                       makeFlag("duplicate_identity", {"W4", "W3"}, "2 workers share one ID")};
        QVERIFY(store.saveRun(m_audit, AuditParams(), first, "test").ok());
        Result<QList<StoredFlag>> stored = store.flags(m_audit);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 3);

        const QString w1 = stored->at(0).uuid;
        const QString w2 = stored->at(1).uuid;
        QVERIFY(!store.dismissFlag(w2, "  ").ok()); // no reason, no dismissal
        QVERIFY(store.dismissFlag(w2, "W2's extra hours were a recorded emergency (fire drill)").ok());
        Result<QString> finding = store.confirmFlag(w1, {"Excessive working hours", "seen in week 2", "major"});
        QVERIFY2(finding.ok(), qPrintable(finding.error()));

        // Second run: W1 still flagged with new figures, W2 no longer, duplicate identity unchanged
        // (workers in another order: same fingerprint), one new flag.
        AnalysisResult second;
        second.flags = {makeFlag("excessive_hours", {"W1"}, "W1 worked 72 h"),
                        makeFlag("duplicate_identity", {"W3", "W4"}, "2 workers share one ID"),
                        makeFlag("no_rest_day", {"W5"}, "W5 worked 9 days in a row")};
        QVERIFY(store.saveRun(m_audit, AuditParams(), second, "test").ok());
        stored = store.flags(m_audit);
        QCOMPARE(stored->size(), 4);
        QHash<QString, StoredFlag> byUuid;
        for (const StoredFlag& s : *stored) {
            byUuid.insert(s.uuid, s);
        }
        QCOMPARE(byUuid.value(w1).disposition, FlagDisposition::Confirmed);
        QCOMPARE(byUuid.value(w1).findingUuid, finding.value());
        QCOMPARE(byUuid.value(w1).flag.summary, QStringLiteral("W1 worked 72 h"));
        QVERIFY(!byUuid.value(w1).stale);
        QCOMPARE(byUuid.value(w2).disposition, FlagDisposition::Dismissed);
        QVERIFY(byUuid.value(w2).stale);
        QVERIFY(byUuid.value(w2).dispositionReason.contains("fire drill"));
        int open = 0;
        for (const StoredFlag& s : *stored) {
            open += s.disposition == FlagDisposition::Open ? 1 : 0;
        }
        QCOMPARE(open, 2);
        QCOMPARE(m_db.scalar("SELECT count(*) FROM analysis_runs").value().toInt(), 2);
    }

    void confirmCreatesFindingWithClausesAndTrail()
    {
        FlagStore store(m_db);
        AnalysisResult run;
        run.flags = {makeFlag("excessive_hours", {"W1"}, "W1 worked 70 h")};
        QVERIFY(store.saveRun(m_audit, AuditParams(), run, "test").ok());
        const QString flagUuid = store.flags(m_audit)->first().uuid;
        QVERIFY(!store.confirmFlag(flagUuid, {"", "", "minor"}).ok()); // a finding needs a title
        Result<QString> finding = store.confirmFlag(flagUuid, {"Excessive hours", "", "major"});
        QVERIFY(finding.ok());
        QCOMPARE(
            m_db.scalar("SELECT group_concat(clause, ',') FROM (SELECT clause FROM finding_clauses ORDER BY clause)")
                .value()
                .toString(),
            QStringLiteral("sa8000:7,wrap:6"));
        QCOMPARE(
            m_db.scalar("SELECT evidence_text FROM findings WHERE uuid = ?1", {finding.value()}).value().toString(),
            QStringLiteral("W1 worked 70 h"));
        Result<QList<AuditTrailEntry>> trail = AuditTrail::forEntity(m_db, flagUuid);
        QVERIFY(trail.ok());
        QCOMPARE(trail->size(), 1);
        QCOMPARE(trail->first().newValue.toString(), QStringLiteral("confirmed"));
        QCOMPARE(trail->first().actor, QStringLiteral("auditor A"));
        QCOMPARE(AuditTrail::forEntity(m_db, finding.value())->size(), 1);
    }

    void unknownAuditOrFlagIsAnErrorAndWritesNothing()
    {
        FlagStore store(m_db);
        AnalysisResult run;
        run.flags = {makeFlag("excessive_hours", {"W1"}, "x")};
        const Result<QString> saved = store.saveRun("no-such-audit", AuditParams(), run, "test");
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().contains("no-such-audit"));
        QCOMPARE(m_db.scalar("SELECT count(*) FROM analysis_runs").value().toInt(), 0);
        QVERIFY(!store.dismissFlag("no-such-flag", "reason").ok());
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    QString m_audit;
    int m_count = 0;
};

FIELDBOOK_TEST_GUILESS_MAIN(TestFlagStore)
#include "TestFlagStore.moc"
