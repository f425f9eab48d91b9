#include "app/codes/CatalogRegistry.h"
#include "app/codes/ChecklistDeriver.h"
#include "app/codes/ChecklistStore.h"
#include "database/AuditRepository.h"
#include "database/Database.h"
#include "support/TestRegistry.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fieldbook;

// Deriving an audit's checklist: the profile decides applicability, a multi-code audit asks
// shared questions once for every code's clause, and the result is frozen into the store.
class TestChecklistDerivation : public QObject
{
    Q_OBJECT

private slots:
    void testSingleCodeKeepsEveryQuestion();
    void testProfileMarksNotApplicableWithReason();
    void testSharedQuestionAnswersEveryCodesClause();
    void testCrosswalkSavings();
    void testStoredIntoAuditAndFrozen();
    void testRederiveRefusedOnceAnswered();
};

void TestChecklistDerivation::testSingleCodeKeepsEveryQuestion()
{
    Result<DerivedChecklist> c = ChecklistDeriver::derive({QStringLiteral("sa8000")}, FacilityProfile::everything());
    QVERIFY2(c.ok(), qPrintable(c.error()));
    QCOMPARE(int(c->items.size()), CatalogRegistry::builtIn().find(QStringLiteral("sa8000"))->questionCount());
    QCOMPARE(c->savedByCrosswalk(), 0);
    QCOMPARE(c->items.first().catalogVersion, QStringLiteral("sa8000:2014"));
    QCOMPARE(c->items.first().clauses, QStringList{QStringLiteral("sa8000:1.1")});
}

void TestChecklistDerivation::testProfileMarksNotApplicableWithReason()
{
    FacilityProfile profile; // no dormitory, no young workers, no chemicals...
    profile.set(QStringLiteral("canteen"), true);
    Result<DerivedChecklist> c = ChecklistDeriver::derive({QStringLiteral("rba")}, profile);
    QVERIFY(c.ok());
    bool sawDormitory = false;
    bool sawAgeCheck = false;
    for (const DerivedChecklistItem& i : c->items) {
        if (i.questionKey == QLatin1String("rba.B7.q2")) { // dormitory conditions
            sawDormitory = true;
            QVERIFY(!i.applicable);
            QCOMPARE(i.notApplicableReason, QStringLiteral("The facility has no dormitory."));
        }
        // Age verification always applies, even where no young workers are declared.
        if (i.questionKey == QLatin1String("rba.A2.q2")) {
            sawAgeCheck = true;
            QVERIFY(i.applicable);
        }
        if (i.questionKey == QLatin1String("rba.A2.q3")) {
            QVERIFY(!i.applicable);
            QVERIFY(i.notApplicableReason.contains(QStringLiteral("under 18")));
        }
    }
    QVERIFY(sawDormitory);
    QVERIFY(sawAgeCheck);
    QVERIFY(c->applicableCount() < c->items.size());
}

void TestChecklistDerivation::testSharedQuestionAnswersEveryCodesClause()
{
    Result<DerivedChecklist> c = ChecklistDeriver::derive({QStringLiteral("sa8000"), QStringLiteral("rba"),
                                                           QStringLiteral("wrap")},
                                                          FacilityProfile::everything());
    QVERIFY(c.ok());
    const DerivedChecklistItem* total = nullptr;
    QSet<QString> keys;
    for (const DerivedChecklistItem& i : c->items) {
        QVERIFY2(!keys.contains(i.questionKey), qPrintable(i.questionKey));
        keys.insert(i.questionKey);
        if (i.questionKey == QLatin1String("x.hours.total_limit")) {
            total = &i;
        }
        // The questions the shared one stands for are not asked again.
        QVERIFY(i.questionKey != QLatin1String("rba.A3.q1"));
    }
    QVERIFY(total);
    QVERIFY(total->clauses.contains(QStringLiteral("sa8000:7.3")));
    QVERIFY(total->clauses.contains(QStringLiteral("rba:A3")));
    QVERIFY(total->clauses.contains(QStringLiteral("wrap:6")));
    QVERIFY(total->section.startsWith(QStringLiteral("Shared")));
    // Code-specific questions still appear (SA8000's Social Performance Team, RBA's minerals).
    QVERIFY(keys.contains(QStringLiteral("sa8000.9.2.q1")));
    QVERIFY(keys.contains(QStringLiteral("rba.D7.q1")));
    // A code whose shared question has no partner in this audit keeps its own wording.
    Result<DerivedChecklist> pair = ChecklistDeriver::derive({QStringLiteral("sa8000"), QStringLiteral("rba")},
                                                             FacilityProfile::everything());
    QVERIFY(pair.ok());
    for (const DerivedChecklistItem& i : pair->items) {
        QVERIFY2(i.questionKey != QLatin1String("x.env.water") || i.clauses.size() > 1, "unshared item merged");
    }
}

void TestChecklistDerivation::testCrosswalkSavings()
{
    // Measured for docs/crosswalk.md: how many questions one visit saves against separate audits.
    const QList<QStringList> combinations = {
        {QStringLiteral("sa8000"), QStringLiteral("rba")},
        {QStringLiteral("sa8000"), QStringLiteral("wrap")},
        {QStringLiteral("rba"), QStringLiteral("wrap")},
        {QStringLiteral("sa8000"), QStringLiteral("rba"), QStringLiteral("wrap")},
    };
    for (const QStringList& codes : combinations) {
        Result<DerivedChecklist> c = ChecklistDeriver::derive(codes, FacilityProfile::everything());
        QVERIFY(c.ok());
        const double share = 100.0 * c->savedByCrosswalk() / c->questionsWithoutCrosswalk;
        qInfo("crosswalk %s: %d questions asked once instead of %d separately: %d saved (%.0f %%)",
              qPrintable(codes.join(QLatin1Char('+'))), int(c->items.size()), c->questionsWithoutCrosswalk,
              c->savedByCrosswalk(), share);
        QVERIFY(c->savedByCrosswalk() > 10);
        // Nothing is lost: every clause of every code is still answered by some item.
        QSet<QString> covered;
        for (const DerivedChecklistItem& i : c->items) {
            for (const QString& clause : i.clauses) {
                covered.insert(clause);
            }
        }
        for (const QString& code : codes) {
            for (const CatalogSection& s : CatalogRegistry::builtIn().find(code)->sections) {
                for (const CatalogClause& cl : s.clauses) {
                    QVERIFY2(covered.contains(code + QLatin1Char(':') + cl.id), qPrintable(code + ":" + cl.id));
                }
            }
        }
    }
}

void TestChecklistDerivation::testStoredIntoAuditAndFrozen()
{
    QTemporaryDir dir;
    Result<Database> db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(db.ok());
    Facility f;
    f.name = QStringLiteral("Delta Knitwear");
    f.country = QStringLiteral("BD");
    f.profile = QJsonObject{{QStringLiteral("dormitory"), false}, {QStringLiteral("canteen"), true}};
    Audit a;
    a.codes = {QStringLiteral("sa8000"), QStringLiteral("wrap")};
    Result<Audit> audit = AuditRepository(db.value()).createAudit(f, a);
    QVERIFY(audit.ok());
    Result<DerivedChecklist> derived = ChecklistStore::deriveForAudit(db.value(), audit->uuid);
    QVERIFY2(derived.ok(), qPrintable(derived.error()));
    QCOMPARE(ChecklistStore::itemCount(db.value(), audit->id).value(), int(derived->items.size()));
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM checklist_items WHERE applicable = 0 AND na_reason LIKE "
                                       "'%dormitory%'"))
                 ->toInt() > 0,
             true);
    // A shared item carries the clauses of both codes.
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM checklist_item_clauses c JOIN checklist_items i ON "
                                       "i.id = c.item_id WHERE i.question_key = 'x.hours.rest_day'"))
                 ->toInt(),
             2);
    // Versions are frozen into the audit.
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(DISTINCT catalog_version) FROM checklist_items"))->toInt(), 3);
    QVERIFY(db->scalar(QStringLiteral("SELECT count(*) FROM audit_trail WHERE entity = 'checklist_items'"))->toInt() == 1);
}

void TestChecklistDerivation::testRederiveRefusedOnceAnswered()
{
    QTemporaryDir dir;
    Result<Database> db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(db.ok());
    Facility f;
    f.name = QStringLiteral("Lotus Shoes");
    f.country = QStringLiteral("VN");
    Audit a;
    a.codes = {QStringLiteral("rba")};
    Result<Audit> audit = AuditRepository(db.value()).createAudit(f, a);
    QVERIFY(ChecklistStore::deriveForAudit(db.value(), audit->uuid).ok());
    // Unanswered: deriving again replaces the items, no duplicates.
    const int before = ChecklistStore::itemCount(db.value(), audit->id).value();
    QVERIFY(ChecklistStore::deriveForAudit(db.value(), audit->uuid).ok());
    QCOMPARE(ChecklistStore::itemCount(db.value(), audit->id).value(), before);
    QVERIFY(db->exec(QStringLiteral("INSERT INTO checklist_responses (uuid, item_id, answer, updated_at) SELECT 'r1', "
                                    "min(id), 'compliant', 'now' FROM checklist_items"))
                .ok());
    Result<DerivedChecklist> again = ChecklistStore::deriveForAudit(db.value(), audit->uuid);
    QVERIFY(!again.ok());
    QVERIFY(again.error().contains(QStringLiteral("answers")));
    QCOMPARE(ChecklistStore::itemCount(db.value(), audit->id).value(), before);
    QCOMPARE(db->scalar(QStringLiteral("SELECT answer FROM checklist_responses"))->toString(), QStringLiteral("compliant"));
}

FIELDBOOK_TEST_GUILESS_MAIN(TestChecklistDerivation)
#include "TestChecklistDerivation.moc"
