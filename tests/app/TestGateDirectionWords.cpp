#include "app/records/DirectionWords.h"
#include "app/records/GateLogFileParser.h"
#include "support/TestRegistry.h"

#include <QFile>
#include <QTest>

using namespace fieldbook;

// A gate log's direction written in the office's language reads as in and out; the words are
// data (resources/records/direction-words.json), and a word that is in no list is still refused.
class TestGateDirectionWords : public QObject
{
    Q_OBJECT

private slots:
    void localWordsReadAsInAndOut_data();
    void localWordsReadAsInAndOut();
    void unknownWordIsABadRowNamingIt();
    void tableIsDataAndRefusesAWordForBoth();
};

void TestGateDirectionWords::localWordsReadAsInAndOut_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("english, any case") << QByteArray("IN") << QByteArray("Out");
    QTest::newRow("chinese") << QByteArray("进") << QByteArray("出");
    QTest::newRow("chinese 入") << QByteArray("入") << QByteArray("出");
    QTest::newRow("traditional") << QByteArray("進") << QByteArray("出");
    QTest::newRow("vietnamese") << QByteArray("vào") << QByteArray("ra");
    QTest::newRow("vietnamese upper") << QByteArray("VÀO") << QByteArray("RA");
    QTest::newRow("vietnamese decomposed") << QByteArray("va\xCC\x80o") << QByteArray("Ra");
    QTest::newRow("bahasa") << QByteArray("masuk") << QByteArray("KELUAR");
    QTest::newRow("turkish") << QByteArray("giriş") << QByteArray("çıkış");
    QTest::newRow("turkish upper") << QByteArray("GİRİŞ") << QByteArray("ÇIKIŞ");
    QTest::newRow("spanish") << QByteArray("Entrada") << QByteArray("SALIDA");
    QTest::newRow("padded") << QByteArray(" 进 ") << QByteArray(" out ");
}

void TestGateDirectionWords::localWordsReadAsInAndOut()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    const QByteArray csv =
        "worker_id,timestamp,direction\nW1,2026-05-04 07:55," + in + "\nW1,2026-05-04 17:10," + out + "\n";
    const ParsedFile parsed = GateLogFileParser().parse(csv, QStringLiteral("gate_log.csv"));
    QVERIFY2(parsed.fatalError.isEmpty(), qPrintable(parsed.fatalError));
    QVERIFY2(parsed.issues.empty(), qPrintable(parsed.issues.empty() ? QString() : parsed.issues[0].toString()));
    QCOMPARE(parsed.records.gateEvents.size(), size_t(2));
    QVERIFY(parsed.records.gateEvents[0].in);
    QVERIFY(!parsed.records.gateEvents[1].in);
}

void TestGateDirectionWords::unknownWordIsABadRowNamingIt()
{
    const QByteArray csv = "worker_id,timestamp,direction\nW1,2026-05-04 07:55,进\nW1,2026-05-04 12:00,午休\n"
                           "W1,2026-05-04 13:00,\n";
    const ParsedFile parsed = GateLogFileParser().parse(csv, QStringLiteral("门禁.csv"));
    QCOMPARE(parsed.records.gateEvents.size(), size_t(1));
    QCOMPARE(parsed.issues.size(), size_t(2));
    QVERIFY2(parsed.issues[0].toString().startsWith(QStringLiteral("门禁.csv:3: direction: ")),
             qPrintable(parsed.issues[0].toString()));
    QVERIFY2(parsed.issues[0].reason.contains(QStringLiteral("'午休'")), qPrintable(parsed.issues[0].reason));
    QCOMPARE(parsed.issues[1].line, 4);
}

void TestGateDirectionWords::tableIsDataAndRefusesAWordForBoth()
{
    QFile file(QStringLiteral(":/records/direction-words.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Result<DirectionWords> table = DirectionWords::fromJson(file.readAll());
    QVERIFY2(table, qPrintable(table.error()));
    QCOMPARE(table->isIn("masuk"), std::optional<bool>(true));
    QCOMPARE(table->isIn("salida"), std::optional<bool>(false));
    QCOMPARE(table->isIn("inside"), std::nullopt);
    // A word added on both sides would let a log read either way.
    const Result<DirectionWords> both =
        DirectionWords::fromJson(R"({"format_version":1,"in":{"x":["入"]},"out":{"y":["入"]}})");
    QVERIFY(!both);
    QVERIFY2(both.error().contains(QStringLiteral("\"入\" is listed for both in and out")), qPrintable(both.error()));
    QVERIFY(!DirectionWords::fromJson("[1]"));
}

FIELDBOOK_TEST_GUILESS_MAIN(TestGateDirectionWords)
#include "TestGateDirectionWords.moc"
