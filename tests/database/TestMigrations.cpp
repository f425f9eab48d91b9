#include "database/Database.h"
#include "database/Migration.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fieldbook;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void testEmptyFileReachesLatest();
};

void TestMigrations::testEmptyFileReachesLatest()
{
    QTemporaryDir dir;
    Result<Database> db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db->schemaVersion(), Migrator::latestVersion());
    QVERIFY(Migrator::latestVersion() >= 1);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
