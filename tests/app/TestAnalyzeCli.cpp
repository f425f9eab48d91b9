// The real fieldbook-cli analyze: exit codes 0/1/2, JSON on stdout, reasons on stderr, and the
// store mode (--audit, --save) against a real SQLite file.
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;

class TestAnalyzeCli : public QObject
{
    Q_OBJECT

private slots:
    void usageErrorsExitOne()
    {
        QString err;
        QCOMPARE(test::runCli({"analyze"}, nullptr, &err), 1);
        QVERIFY(err.contains("--records"));
        QCOMPARE(test::runCli({"analyze", "--records", ".", "--format", "xml"}, nullptr, &err), 1);
        QVERIFY(err.contains("xml"));
        QCOMPARE(test::runCli({"analyze", "--records", ".", "--code", "iso9001"}, nullptr, &err), 1);
        QVERIFY(err.contains("iso9001"));
        QCOMPARE(test::runCli({"analyze", "--records", ".", "--audit", "x"}, nullptr, &err), 1);
        QCOMPARE(test::runCli({"analyze", "--records", ".", "--save"}, nullptr, &err), 1);
    }

    void unreadableInputExitsTwo()
    {
        QTemporaryDir dir;
        QString err;
        QCOMPARE(test::runCli({"analyze", "--records", dir.filePath("missing")}, nullptr, &err), 2);
        QVERIFY(err.contains("missing"));
        QFile params(dir.filePath("params.json"));
        QVERIFY(params.open(QIODevice::WriteOnly));
        params.write(R"({"format_version": 1, "max_total_hours_per_week": "sixty"})");
        params.close();
        QCOMPARE(test::runCli({"--db", dir.filePath("s.sqlite"), "analyze", "--audit", "nope", "--params",
                               dir.filePath("params.json")},
                              nullptr, &err),
                 2);
    }

    void analysesAnAuditInTheStoreAndSavesFlags()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("s.sqlite");
        QString uuid;
        QString err;
        QCOMPARE(
            test::runCli({"--db", db, "create-audit", "--facility", "Mekong Shoes", "--country", "vn", "--code", "rba"},
                         &uuid, &err),
            0);
        uuid = uuid.trimmed();
        QString out;
        QCOMPARE(test::runCli({"--db", db, "analyze", "--audit", uuid, "--save", "--format", "json"}, &out, &err), 0);
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value("format_version").toInt(), 1);
        QVERIFY(json.value("flags").isArray());
        QVERIFY(json.value("records").isObject());
        QCOMPARE(test::runCli({"--db", db, "analyze", "--audit", uuid, "--format", "text"}, &out, &err), 0);
        QVERIFY(out.startsWith("Analysed:"));
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestAnalyzeCli)
#include "TestAnalyzeCli.moc"
