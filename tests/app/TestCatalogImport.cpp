#include "app/codes/CatalogParser.h"
#include "app/codes/CatalogRegistry.h"
#include "app/codes/ChecklistDeriver.h"
#include "app/codes/Crosswalk.h"
#include "database/Database.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace fieldbook;

// Bringing your own code: a valid catalog joins the store; an invalid one is refused whole with
// file, JSON path and reason.
class TestCatalogImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testValidCatalogImportsAndDerives();
    void testInvalidCatalogs_data();
    void testInvalidCatalogs();
    void testBuiltInCannotBeReplaced();
    void testCliImportAndList();

private:
    QJsonObject m_valid;
    QByteArray m_validBytes;
};

void TestCatalogImport::initTestCase()
{
    QFile file(test::testDataDir() + QStringLiteral("/catalogs/eti.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_validBytes = file.readAll();
    m_valid = QJsonDocument::fromJson(m_validBytes).object();
    QVERIFY(!m_valid.isEmpty());
}

void TestCatalogImport::testValidCatalogImportsAndDerives()
{
    QTemporaryDir dir;
    Result<Database> db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(db.ok());
    Result<Catalog> imported = CatalogRegistry::importInto(db.value(), m_validBytes, QStringLiteral("eti.json"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    Result<CatalogRegistry> registry = CatalogRegistry::withStore(db.value());
    QVERIFY(registry.ok());
    const Catalog* eti = registry->find(QStringLiteral("eti"));
    QVERIFY(eti);
    QVERIFY(!eti->builtIn);
    QCOMPARE(eti->questionCount(), 3);
    // An imported code derives alongside a built-in one; it has no crosswalk partners.
    Result<Crosswalk> crosswalk = Crosswalk::builtIn();
    Result<DerivedChecklist> c = ChecklistDeriver::derive(
        registry.value(), crosswalk.value(), {QStringLiteral("eti"), QStringLiteral("wrap")}, FacilityProfile());
    QVERIFY(c.ok());
    bool sawEti = false;
    for (const DerivedChecklistItem& i : c->items) {
        if (i.questionKey == QLatin1String("eti.6.1.q2")) {
            QVERIFY(!i.applicable);
        }
        sawEti |= i.clauses.contains(QStringLiteral("eti:6.1"));
    }
    QVERIFY(sawEti);
}

void TestCatalogImport::testInvalidCatalogs_data()
{
    QTest::addColumn<QString>("pointer"); // what to break, as "path=value"
    QTest::addColumn<QString>("expectedPath");
    QTest::newRow("wrong version") << "format_version=2"
                                   << "$.format_version";
    QTest::newRow("id with spaces") << "id=Bad Id"
                                    << "$.id";
    QTest::newRow("no effective date") << "effective_date=soon"
                                       << "$.effective_date";
    QTest::newRow("unknown method") << "method=telepathy"
                                    << "$.sections[1].clauses[0].questions[0].methods[0]";
    QTest::newRow("no methods") << "methods=[]"
                                << "$.sections[1].clauses[0].questions[0].methods";
    QTest::newRow("unknown severity") << "severity=huge"
                                      << "$.sections[1].clauses[0].questions[0].severity";
    QTest::newRow("duplicate clause") << "clause=1.1"
                                      << "$.sections[1].clauses[0].id";
    QTest::newRow("duplicate question") << "question=eti.1.1.q1"
                                        << "$.sections[1].clauses[0].questions[0].id";
    QTest::newRow("unknown profile flag") << "applies_if=spaceship"
                                          << "$.sections[1].clauses[0].questions[1].applies_if";
    QTest::newRow("text not a string") << "text=42"
                                       << "$.sections[1].clauses[0].questions[0].text";
    QTest::newRow("not json") << "garbage"
                              << "not valid JSON";
}

void TestCatalogImport::testInvalidCatalogs()
{
    QFETCH(QString, pointer);
    QFETCH(QString, expectedPath);
    QJsonObject root = m_valid;
    QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    QJsonObject hours = sections.at(1).toObject();
    QJsonArray clauses = hours.value(QStringLiteral("clauses")).toArray();
    QJsonObject clause = clauses.at(0).toObject();
    QJsonArray questions = clause.value(QStringLiteral("questions")).toArray();
    QJsonObject q0 = questions.at(0).toObject();
    QJsonObject q1 = questions.at(1).toObject();
    const QString key = pointer.section(QLatin1Char('='), 0, 0);
    const QString value = pointer.section(QLatin1Char('='), 1);
    if (key == QLatin1String("format_version")) {
        root.insert(key, value.toInt());
    } else if (key == QLatin1String("id") || key == QLatin1String("effective_date")) {
        root.insert(key, value);
    } else if (key == QLatin1String("method")) {
        q0.insert(QStringLiteral("methods"), QJsonArray{value});
    } else if (key == QLatin1String("methods")) {
        q0.insert(QStringLiteral("methods"), QJsonArray());
    } else if (key == QLatin1String("severity")) {
        q0.insert(key, value);
    } else if (key == QLatin1String("clause")) {
        clause.insert(QStringLiteral("id"), value);
    } else if (key == QLatin1String("question")) {
        q0.insert(QStringLiteral("id"), value);
    } else if (key == QLatin1String("applies_if")) {
        q1.insert(key, value);
    } else if (key == QLatin1String("text")) {
        q0.insert(key, value.toInt());
    }
    questions[0] = q0;
    questions[1] = q1;
    clause.insert(QStringLiteral("questions"), questions);
    clauses[0] = clause;
    hours.insert(QStringLiteral("clauses"), clauses);
    sections[1] = hours;
    root.insert(QStringLiteral("sections"), sections);
    const QByteArray bytes = key == QLatin1String("garbage") ? QByteArray("{\"id\": ") : QJsonDocument(root).toJson();

    QTemporaryDir dir;
    Result<Database> db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(db.ok());
    Result<Catalog> imported = CatalogRegistry::importInto(db.value(), bytes, QStringLiteral("broken.json"));
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().startsWith(QStringLiteral("broken.json: ")), qPrintable(imported.error()));
    QVERIFY2(imported.error().contains(expectedPath), qPrintable(imported.error()));
    // Never half-loaded.
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM custom_catalogs"))->toInt(), 0);
}

void TestCatalogImport::testBuiltInCannotBeReplaced()
{
    QJsonObject root = m_valid;
    root.insert(QStringLiteral("id"), QStringLiteral("rba"));
    QTemporaryDir dir;
    Result<Database> db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
    Result<Catalog> r =
        CatalogRegistry::importInto(db.value(), QJsonDocument(root).toJson(), QStringLiteral("fake.json"));
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("built-in")));
    root.insert(QStringLiteral("id"), QStringLiteral("myeicc"));
    root.insert(QStringLiteral("aliases"), QJsonArray{QStringLiteral("eicc")});
    QVERIFY(!CatalogRegistry::importInto(db.value(), QJsonDocument(root).toJson(), QStringLiteral("fake.json")).ok());
}

void TestCatalogImport::testCliImportAndList()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    QString out;
    QString err;
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("import-code"),
                           test::testDataDir() + QStringLiteral("/catalogs/eti.json")},
                          &out, &err),
             0);
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("codes"), QStringLiteral("--format"),
                           QStringLiteral("json")},
                          &out, &err),
             0);
    const QJsonArray codes = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(codes.size(), 4);
    QCOMPARE(codes.last().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("eti"));
    QCOMPARE(test::runCli({QStringLiteral("checklist"), QStringLiteral("--code"), QStringLiteral("sa8000"),
                           QStringLiteral("--code"), QStringLiteral("wrap"), QStringLiteral("--format"),
                           QStringLiteral("json")},
                          &out, &err),
             0);
    const QJsonObject checklist = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(checklist.value(QStringLiteral("saved_by_crosswalk")).toInt(),
             checklist.value(QStringLiteral("questions_without_crosswalk")).toInt() -
                 checklist.value(QStringLiteral("questions")).toInt());
    QCOMPARE(test::runCli({QStringLiteral("params"), QStringLiteral("--code"), QStringLiteral("rba"),
                           QStringLiteral("--country"), QStringLiteral("VN")},
                          &out, &err),
             0);
    const QJsonObject params = QJsonDocument::fromJson(out.toUtf8()).object();
    // Vietnam caps overtime by the day, month and year, not the week: RBA's 60 h total a week stands.
    QCOMPARE(params.value(QStringLiteral("max_total_hours_per_week")).toDouble(), 60.0);
    QCOMPARE(params.value(QStringLiteral("country")).toString(), QStringLiteral("VN"));
    QCOMPARE(test::runCli({QStringLiteral("params"), QStringLiteral("--code"), QStringLiteral("nope")}, &out, &err), 1);
}

FIELDBOOK_TEST_GUILESS_MAIN(TestCatalogImport)
#include "TestCatalogImport.moc"
