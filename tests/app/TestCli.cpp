#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace fieldbook;

// fieldbook-cli as a user runs it: a real process, no display, real store files.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void testHelpListsSubcommands();
    void testVersionWithoutDisplay();
    void testUnknownCommandIsUsageError();
    void testMissingOptionsAreUsageErrors();
    void testCreateAndListAudits();
    void testBadStoreIsReported();
};

void TestCli::testHelpListsSubcommands()
{
    QString out;
    QCOMPARE(test::runCli({QStringLiteral("--help")}, &out), 0);
    for (const char* command : {"analyze", "verify", "audits", "create-audit", "check-store"}) {
        QVERIFY2(out.contains(QLatin1String("  ") + QLatin1String(command) + QLatin1Char(' ')), command);
    }
    QVERIFY(out.contains(QStringLiteral("--db FILE")));
    QString sub;
    QCOMPARE(test::runCli({QStringLiteral("analyze"), QStringLiteral("--help")}, &sub), 0);
    QVERIFY(sub.contains(QStringLiteral("--records")));
}

void TestCli::testVersionWithoutDisplay()
{
    QString out;
    QString err;
    QCOMPARE(test::runCli({QStringLiteral("--version")}, &out, &err), 0);
    QVERIFY2(out.startsWith(QStringLiteral("fieldbook-cli 0.")), qPrintable(out + err));
}

void TestCli::testUnknownCommandIsUsageError()
{
    QString err;
    QCOMPARE(test::runCli({QStringLiteral("frobnicate")}, nullptr, &err), 1);
    QVERIFY(err.contains(QStringLiteral("frobnicate")));
    QCOMPARE(test::runCli({}, nullptr, &err), 1);
}

void TestCli::testMissingOptionsAreUsageErrors()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    QString err;
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("create-audit"), QStringLiteral("--facility"),
                           QStringLiteral("X")},
                          nullptr, &err),
             1);
    QCOMPARE(test::runCli({QStringLiteral("analyze")}, nullptr, &err), 1);
    QCOMPARE(test::runCli({QStringLiteral("analyze"), QStringLiteral("--no-such-option")}, nullptr, &err), 1);
    QCOMPARE(test::runCli({QStringLiteral("--db")}, nullptr, &err), 1);
}

void TestCli::testCreateAndListAudits()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    QString uuid;
    QString err;
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("create-audit"), QStringLiteral("--facility"),
                           QStringLiteral("Mekong Shoes"), QStringLiteral("--country"), QStringLiteral("vn"),
                           QStringLiteral("--code"), QStringLiteral("rba"), QStringLiteral("--code"),
                           QStringLiteral("wrap")},
                          &uuid, &err),
             0);
    uuid = uuid.trimmed();
    QVERIFY2(!QUuid::fromString(uuid).isNull(), qPrintable(uuid + err));

    QString json;
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("audits"), QStringLiteral("--format"),
                           QStringLiteral("json")},
                          &json),
             0);
    const QJsonArray audits = QJsonDocument::fromJson(json.toUtf8()).array();
    QCOMPARE(audits.size(), 1);
    const QJsonObject a = audits.first().toObject();
    QCOMPARE(a.value(QStringLiteral("uuid")).toString(), uuid);
    QCOMPARE(a.value(QStringLiteral("facility")).toString(), QStringLiteral("Mekong Shoes"));
    QCOMPARE(a.value(QStringLiteral("country")).toString(), QStringLiteral("VN"));
    QCOMPARE(a.value(QStringLiteral("codes")).toArray().size(), 2);

    QString check;
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("check-store")}, &check), 0);
    QVERIFY(check.contains(QStringLiteral("integrity: ok")));
}

void TestCli::testBadStoreIsReported()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("not-a-store.sqlite"));
    QFile f(db);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a database, this is a text file that happens to be here\n");
    f.close();
    QString err;
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("audits")}, nullptr, &err), 4);
    QVERIFY2(err.contains(db), qPrintable(err));
}

FIELDBOOK_TEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
