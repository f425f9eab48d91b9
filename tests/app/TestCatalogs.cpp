#include "app/codes/CatalogParser.h"
#include "app/codes/CatalogRegistry.h"
#include "app/codes/Crosswalk.h"
#include "support/TestRegistry.h"

#include <QRegularExpression>
#include <QtTest>

using namespace fieldbook;

// The built-in catalogs against the schema and the published numbering of each code.
class TestCatalogs : public QObject
{
    Q_OBJECT

private slots:
    void testBuiltInCatalogsLoad();
    void testPublishedNumbering_data();
    void testPublishedNumbering();
    void testEveryClauseHasAVerifiableQuestion();
    void testQuestionIdsUniqueAndStable();
    void testEiccIsAnAliasOfRba();
    void testSectionDepth();
    void testCrosswalkIdsExist();
    void testCrosswalkCoversTheSharedTopics();
};

void TestCatalogs::testBuiltInCatalogsLoad()
{
    const CatalogRegistry& registry = CatalogRegistry::builtIn();
    QStringList ids;
    for (const Catalog& c : registry.catalogs()) {
        ids << c.id;
        QVERIFY(c.effectiveDate.isValid());
        QVERIFY(!c.version.isEmpty());
        QVERIFY(!c.edition.isEmpty());
        QVERIFY(c.builtIn);
    }
    QCOMPARE(ids, QStringList({QStringLiteral("sa8000"), QStringLiteral("rba"), QStringLiteral("wrap")}));
}

void TestCatalogs::testPublishedNumbering_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("clauses");
    QStringList sa8000 = {"1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5"};
    for (int i = 1; i <= 10; ++i) {
        sa8000 << QStringLiteral("3.%1").arg(i);
    }
    sa8000 << QStringList{"4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "5.4", "6.1", "7.1", "7.2", "7.3", "7.4",
                          "8.1", "8.2", "8.3", "8.4", "8.5"};
    for (int i = 1; i <= 10; ++i) {
        sa8000 << QStringLiteral("9.%1").arg(i);
    }
    QTest::newRow("SA8000:2014") << QStringLiteral("sa8000") << sa8000;
    QStringList rba;
    const QList<QPair<char, int>> sections = {{'A', 7}, {'B', 8}, {'C', 8}, {'D', 8}, {'E', 12}};
    for (const auto& [letter, count] : sections) {
        for (int i = 1; i <= count; ++i) {
            rba << QStringLiteral("%1%2").arg(QLatin1Char(letter)).arg(i);
        }
    }
    QTest::newRow("RBA 8.0") << QStringLiteral("rba") << rba;
    QStringList wrap;
    for (int i = 1; i <= 12; ++i) {
        wrap << QString::number(i);
    }
    QTest::newRow("WRAP") << QStringLiteral("wrap") << wrap;
}

void TestCatalogs::testPublishedNumbering()
{
    QFETCH(QString, code);
    QFETCH(QStringList, clauses);
    const Catalog* c = CatalogRegistry::builtIn().find(code);
    QVERIFY(c);
    QStringList actual;
    for (const CatalogSection& s : c->sections) {
        for (const CatalogClause& cl : s.clauses) {
            actual << cl.id;
            // A clause belongs to its section: "7.3" in section "7", "A3" in "A".
            QVERIFY2(cl.id.startsWith(s.id), qPrintable(cl.id + " in section " + s.id));
        }
    }
    QCOMPARE(actual, clauses);
}

void TestCatalogs::testEveryClauseHasAVerifiableQuestion()
{
    for (const Catalog& c : CatalogRegistry::builtIn().catalogs()) {
        for (const CatalogSection& s : c.sections) {
            for (const CatalogClause& cl : s.clauses) {
                QVERIFY2(!cl.questions.isEmpty(), qPrintable(c.id + ":" + cl.id));
                for (const CatalogQuestion& q : cl.questions) {
                    QVERIFY2(!q.methods.isEmpty(), qPrintable(q.id));
                    for (const QString& m : q.methods) {
                        QVERIFY2(CatalogParser::verificationMethods().contains(m), qPrintable(q.id + " " + m));
                    }
                    QVERIFY2(CatalogParser::severities().contains(q.severity), qPrintable(q.id));
                    QVERIFY2(!q.evidence.isEmpty(), qPrintable(q.id + " names no evidence"));
                    QVERIFY2(q.text.endsWith(QLatin1Char('?')), qPrintable(q.id + " is not a question"));
                }
            }
        }
    }
}

void TestCatalogs::testQuestionIdsUniqueAndStable()
{
    QSet<QString> ids;
    for (const Catalog& c : CatalogRegistry::builtIn().catalogs()) {
        for (const CatalogSection& s : c.sections) {
            for (const CatalogClause& cl : s.clauses) {
                for (const CatalogQuestion& q : cl.questions) {
                    QVERIFY2(!ids.contains(q.id), qPrintable(q.id));
                    ids.insert(q.id);
                    // The id names its code and clause: derivation reads the clause from it.
                    QVERIFY2(q.id.startsWith(c.id + QLatin1Char('.') + cl.id + QStringLiteral(".q")), qPrintable(q.id));
                }
            }
        }
    }
    QVERIFY(ids.size() > 150);
}

void TestCatalogs::testEiccIsAnAliasOfRba()
{
    const CatalogRegistry& registry = CatalogRegistry::builtIn();
    QCOMPARE(registry.canonicalId(QStringLiteral("EICC")), QStringLiteral("rba"));
    QCOMPARE(registry.find(QStringLiteral("eicc")), registry.find(QStringLiteral("rba")));
    QVERIFY(!registry.find(QStringLiteral("bsci")));
}

void TestCatalogs::testSectionDepth()
{
    // A real protocol asks several questions per area; the labour sections carry the most.
    const Catalog* sa8000 = CatalogRegistry::builtIn().find(QStringLiteral("sa8000"));
    int hours = 0;
    int pay = 0;
    for (const CatalogSection& s : sa8000->sections) {
        for (const CatalogClause& cl : s.clauses) {
            (s.id == QLatin1String("7") ? hours : (s.id == QLatin1String("8") ? pay : hours)) +=
                (s.id == QLatin1String("7") || s.id == QLatin1String("8")) ? int(cl.questions.size()) : 0;
        }
    }
    QVERIFY2(hours >= 8, qPrintable(QString::number(hours)));
    QVERIFY2(pay >= 8, qPrintable(QString::number(pay)));
    const Catalog* rba = CatalogRegistry::builtIn().find(QStringLiteral("rba"));
    int labour = 0;
    for (const CatalogClause& cl : rba->sections.first().clauses) {
        labour += int(cl.questions.size());
    }
    QVERIFY2(labour >= 25, qPrintable(QString::number(labour)));
}

void TestCatalogs::testCrosswalkIdsExist()
{
    Result<Crosswalk> crosswalk = Crosswalk::builtIn();
    QVERIFY2(crosswalk.ok(), qPrintable(crosswalk.error()));
    const Status valid = crosswalk->validateAgainst(CatalogRegistry::builtIn());
    QVERIFY2(valid.ok(), qPrintable(valid.error()));
    // Every question that names a crosswalk entry is listed by it, and the reverse.
    for (const Catalog& c : CatalogRegistry::builtIn().catalogs()) {
        for (const CatalogSection& s : c.sections) {
            for (const CatalogClause& cl : s.clauses) {
                for (const CatalogQuestion& q : cl.questions) {
                    const SharedQuestion* shared = crosswalk->sharedFor(q.id);
                    QCOMPARE(shared ? shared->id : QString(), q.crosswalk);
                }
            }
        }
    }
}

void TestCatalogs::testCrosswalkCoversTheSharedTopics()
{
    Result<Crosswalk> crosswalk = Crosswalk::builtIn();
    QVERIFY(crosswalk.ok());
    QStringList topics;
    for (const CrosswalkTopic& t : crosswalk->topics()) {
        topics << t.id;
    }
    for (const char* t : {"child_labour", "forced_labour", "working_hours", "wages", "health_safety",
                          "freedom_of_association", "discrimination", "discipline", "management_system",
                          "environment", "ethics"}) {
        QVERIFY2(topics.contains(QLatin1String(t)), t);
    }
    // Working hours: all three codes' clauses are on the topic.
    for (const CrosswalkTopic& t : crosswalk->topics()) {
        if (t.id == QLatin1String("working_hours")) {
            QVERIFY(t.clauses.contains(QStringLiteral("sa8000:7.1")));
            QVERIFY(t.clauses.contains(QStringLiteral("rba:A3")));
            QVERIFY(t.clauses.contains(QStringLiteral("wrap:6")));
        }
    }
}

FIELDBOOK_TEST_GUILESS_MAIN(TestCatalogs)
#include "TestCatalogs.moc"
