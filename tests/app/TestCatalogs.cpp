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
    void testCorrectedClauseTitles_data();
    void testCorrectedClauseTitles();
    void testQuestionsSitUnderTheirClause_data();
    void testQuestionsSitUnderTheirClause();
    void testCodeThresholds_data();
    void testCodeThresholds();
    void testNewThresholdKeysParse();
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
    sa8000 << QStringList{"4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "5.4", "6.1", "7.1",
                          "7.2", "7.3", "7.4", "8.1", "8.2", "8.3", "8.4", "8.5"};
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
    for (const char* t :
         {"child_labour", "forced_labour", "working_hours", "wages", "health_safety", "freedom_of_association",
          "discrimination", "discipline", "management_system", "environment", "ethics"}) {
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

namespace {

const CatalogClause* findClause(const Catalog& c, const QString& id)
{
    for (const CatalogSection& s : c.sections) {
        for (const CatalogClause& cl : s.clauses) {
            if (cl.id == id) {
                return &cl;
            }
        }
    }
    return nullptr;
}

} // namespace

// Issue 12: the numbering an auditor checks first. Each title must name the clause's subject
// (SA8000:2014 elements 2, 3 and 7 as the standard numbers them; WRAP principles 3 and 4).
void TestCatalogs::testCorrectedClauseTitles_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("clause");
    QTest::addColumn<QStringList>("words"); // every one appears in the title, case-insensitive
    const auto row = [](const char* code, const char* clause, QStringList words) {
        QTest::addRow("%s:%s", code, clause) << QString::fromLatin1(code) << QString::fromLatin1(clause) << words;
    };
    row("sa8000", "2.1", {"forced", "prison", "identity documents", "deposits"});
    row("sa8000", "2.2", {"withholding", "pay", "documents", "continued work"});
    row("sa8000", "2.3", {"recruitment fees"});
    row("sa8000", "2.4", {"leave the premises", "resign"});
    row("sa8000", "2.5", {"trafficking"});
    row("sa8000", "3.1", {"safe and healthy"});
    row("sa8000", "3.2", {"expectant", "nursing mothers"});
    row("sa8000", "3.3", {"protective equipment", "first aid"});
    row("sa8000", "3.4", {"senior management representative"});
    row("sa8000", "3.5", {"health and safety committee"});
    row("sa8000", "3.6", {"training"});
    row("sa8000", "3.7", {"procedures", "incident"});
    row("sa8000", "3.8", {"toilets", "drinking water", "food"});
    row("sa8000", "3.9", {"dormitories"});
    row("sa8000", "3.10", {"imminent"});
    row("sa8000", "7.2", {"day off", "collective agreement"});
    row("sa8000", "7.3", {"voluntary", "12 hours"});
    row("sa8000", "7.4", {"compulsory overtime", "collective agreement"});
    row("wrap", "3", {"child labor"});
    row("wrap", "4", {"harassment and abuse"});
}

void TestCatalogs::testCorrectedClauseTitles()
{
    QFETCH(QString, code);
    QFETCH(QString, clause);
    QFETCH(QStringList, words);
    const Catalog* c = CatalogRegistry::builtIn().find(code);
    QVERIFY(c);
    const CatalogClause* cl = findClause(*c, clause);
    QVERIFY2(cl, qPrintable(code + ":" + clause));
    for (const QString& w : words) {
        QVERIFY2(cl->title.contains(w, Qt::CaseInsensitive), qPrintable(cl->title + " lacks " + w));
    }
    // Element 2 has no overtime or housing clause; 7.4 does not lift the 12-hour cap.
    if (code == QLatin1String("sa8000") && clause.startsWith(QLatin1String("2."))) {
        QVERIFY2(!cl->title.contains(QLatin1String("overtime"), Qt::CaseInsensitive), qPrintable(cl->title));
        QVERIFY2(!cl->title.contains(QLatin1String("housing"), Qt::CaseInsensitive), qPrintable(cl->title));
    }
    if (code == QLatin1String("sa8000") && clause == QLatin1String("7.4")) {
        QVERIFY2(!cl->title.contains(QLatin1String("beyond 12"), Qt::CaseInsensitive), qPrintable(cl->title));
    }
    if (code == QLatin1String("wrap") && clause == QLatin1String("4")) {
        const CatalogSection& section = c->sections.at(3);
        QCOMPARE(section.id, QStringLiteral("4"));
        QCOMPARE(section.title, QStringLiteral("Prohibition of Harassment and Abuse"));
    }
}

// Where a shared question is asked for SA8000: exits and chemicals under 3.1, drills and
// accident records under 3.7, fees under 2.3, movement and resignation under 2.4.
void TestCatalogs::testQuestionsSitUnderTheirClause_data()
{
    QTest::addColumn<QString>("shared");
    QTest::addColumn<QStringList>("clauses"); // the SA8000 clauses whose questions it answers
    const auto row = [](const char* key, QStringList clauses) {
        QTest::newRow(key) << QString::fromLatin1(key) << clauses;
    };
    row("x.forced.documents", {"2.1"});
    row("x.forced.fees", {"2.3"});
    row("x.forced.freedom_of_movement", {"2.4"});
    row("x.forced.resignation", {"2.4"});
    row("x.forced.trafficking", {"2.5"});
    row("x.hs.risk_assessment", {"3.1"});
    row("x.hs.machine_guarding", {"3.1"});
    row("x.hs.exits", {"3.1"});
    row("x.hs.chemicals", {"3.1"});
    row("x.hs.ppe", {"3.3"});
    row("x.hs.training", {"3.6"});
    row("x.hs.accidents", {"3.7"});
    row("x.hs.fire_drills", {"3.7"});
    row("x.hs.sanitation", {"3.8"});
    row("x.hs.dormitory", {"3.9"});
    row("x.hours.voluntary_overtime", {"7.3"});
    row("x.hours.rest_day", {"7.2"});
}

void TestCatalogs::testQuestionsSitUnderTheirClause()
{
    QFETCH(QString, shared);
    QFETCH(QStringList, clauses);
    const Catalog* c = CatalogRegistry::builtIn().find(QStringLiteral("sa8000"));
    QVERIFY(c);
    QStringList actual;
    for (const CatalogSection& s : c->sections) {
        for (const CatalogClause& cl : s.clauses) {
            for (const CatalogQuestion& q : cl.questions) {
                if (q.crosswalk == shared && !actual.contains(cl.id)) {
                    actual << cl.id;
                }
            }
        }
    }
    QCOMPARE(actual, clauses);
}

void TestCatalogs::testCodeThresholds_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value"); // negative: the code sets no such figure
    QTest::newRow("sa8000 minimum age") << QStringLiteral("sa8000") << QStringLiteral("minimum_age") << 15.0;
    QTest::newRow("sa8000 C138 exception")
        << QStringLiteral("sa8000") << QStringLiteral("minimum_age_developing_exception") << 14.0;
    QTest::newRow("sa8000 young worker") << QStringLiteral("sa8000") << QStringLiteral("young_worker_age") << 18.0;
    QTest::newRow("sa8000 overtime") << QStringLiteral("sa8000") << QStringLiteral("max_overtime_hours_per_week")
                                     << 12.0;
    QTest::newRow("sa8000 young hours") << QStringLiteral("sa8000") << QStringLiteral("max_young_worker_hours_per_day")
                                        << 8.0;
    QTest::newRow("wrap minimum age") << QStringLiteral("wrap") << QStringLiteral("minimum_age") << 15.0;
    QTest::newRow("wrap exception") << QStringLiteral("wrap") << QStringLiteral("minimum_age_developing_exception")
                                    << 14.0;
    QTest::newRow("rba minimum age") << QStringLiteral("rba") << QStringLiteral("minimum_age") << 15.0;
    QTest::newRow("rba has no exception")
        << QStringLiteral("rba") << QStringLiteral("minimum_age_developing_exception") << -1.0;
    QTest::newRow("rba total hours") << QStringLiteral("rba") << QStringLiteral("max_total_hours_per_week") << 60.0;
}

void TestCatalogs::testCodeThresholds()
{
    QFETCH(QString, code);
    QFETCH(QString, key);
    QFETCH(double, value);
    const Catalog* c = CatalogRegistry::builtIn().find(code);
    QVERIFY(c);
    if (value < 0) {
        QVERIFY2(!c->thresholds.contains(key), qPrintable(code + " " + key));
        return;
    }
    QVERIFY2(c->thresholds.contains(key), qPrintable(code + " " + key));
    QCOMPARE(c->thresholds.value(key).toDouble(), value);
}

// A threshold key the application does not know yet is kept, not rejected: the resolver reads
// what it understands (minimum_age_developing_exception is new in issue 12).
void TestCatalogs::testNewThresholdKeysParse()
{
    const QByteArray json = R"({"format_version": 1, "id": "demo", "name": "Demo", "edition": "Demo 1",
        "version": "1", "effective_date": "2026-01-01", "publisher": "Fieldbook tests",
        "thresholds": {"minimum_age": 15, "minimum_age_developing_exception": 14, "a_future_limit": 3},
        "sections": [{"id": "1", "title": "One", "clauses": [{"id": "1.1", "title": "First", "questions": [
            {"id": "demo.1.1.q1", "text": "Is it so?", "guidance": "Look.", "evidence": ["records"],
             "methods": ["document_review"], "severity": "minor"}]}]}]})";
    Result<Catalog> c = CatalogParser::parse(json, QStringLiteral("demo.json"));
    QVERIFY2(c.ok(), qPrintable(c.error()));
    QCOMPARE(c->thresholds.value(QStringLiteral("minimum_age_developing_exception")).toInt(), 14);
    QCOMPARE(c->thresholds.value(QStringLiteral("a_future_limit")).toInt(), 3);
    // Still a number of zero or more.
    Result<Catalog> bad = CatalogParser::parse(
        QByteArray(json).replace("\"a_future_limit\": 3", "\"a_future_limit\": \"x\""), QStringLiteral("bad.json"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(QStringLiteral("a_future_limit")), qPrintable(bad.error()));
}

FIELDBOOK_TEST_GUILESS_MAIN(TestCatalogs)
#include "TestCatalogs.moc"
