#include "app/demo/DemoParams.h"
#include "app/demo/FactoryGenerator.h"
#include "app/demo/RecordWriter.h"
#include "app/records/RecordStore.h"
#include "app/signing/SodiumDataProtector.h"
#include "database/AuditRepository.h"
#include "database/Database.h"
#include "support/TestRegistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace fieldbook;

// Worker names and ID numbers at rest: sealed with the store's data key, readable only with the
// passphrase, and never present in the SQLite file's bytes.
class TestPersonalData : public QObject
{
    Q_OBJECT

private slots:
    void testSealOpenRoundTrip();
    void testWrongPassphraseFailsCleanly();
    void testNoPlaintextInTheStoreFile();
};

void TestPersonalData::testSealOpenRoundTrip()
{
    QTemporaryDir dir;
    Result<Database> db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
    Result<std::unique_ptr<SodiumDataProtector>> p =
        SodiumDataProtector::create(db.value(), QStringLiteral("a good passphrase"));
    QVERIFY2(p.ok(), qPrintable(p.error()));
    const QByteArray a = p.value()->seal(QStringLiteral("Nguyễn Thị Hoa"));
    const QByteArray b = p.value()->seal(QStringLiteral("Nguyễn Thị Hoa"));
    QVERIFY(a != b); // a fresh nonce every time: equal names are not recognisable as equal
    QCOMPARE(p.value()->open(a).value_or(QString()), QStringLiteral("Nguyễn Thị Hoa"));
    QByteArray tampered = a;
    tampered[tampered.size() - 1] = char(tampered.at(tampered.size() - 1) ^ 1);
    QVERIFY(!p.value()->open(tampered).has_value());
    QVERIFY(!SodiumDataProtector::create(db.value(), QStringLiteral("another passphrase")).ok());
}

void TestPersonalData::testWrongPassphraseFailsCleanly()
{
    QTemporaryDir dir;
    Result<Database> db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(SodiumDataProtector::create(db.value(), QStringLiteral("the right one")).ok());
    Result<std::unique_ptr<SodiumDataProtector>> wrong =
        SodiumDataProtector::unlock(db.value(), QStringLiteral("the wrong one"));
    QVERIFY(!wrong.ok());
    QVERIFY(wrong.error().contains(QStringLiteral("Wrong passphrase")));
    QVERIFY(SodiumDataProtector::unlock(db.value(), QStringLiteral("the right one")).ok());
}

void TestPersonalData::testNoPlaintextInTheStoreFile()
{
    QTemporaryDir dir;
    FactoryProfile profile;
    profile.workers = 40;
    profile.days = 7;
    GeneratedFactory factory = FactoryGenerator::generate(profile, demoParams());
    const QString files = dir.filePath(QStringLiteral("files"));
    QVERIFY(RecordWriter::write(factory.records, files).ok());
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    QStringList names;
    QStringList ids;
    for (const WorkerRecord& w : factory.records.workers) {
        names << w.name;
        ids << w.idNumber;
    }
    QVERIFY(names.size() == 40 && !names.first().isEmpty() && !ids.first().isEmpty());
    {
        Result<Database> db = Database::open(path);
        Facility f;
        f.name = QStringLiteral("Sealed Ltd");
        f.country = QStringLiteral("CN");
        Audit a;
        a.codes = {QStringLiteral("sa8000")};
        Result<Audit> audit = AuditRepository(db.value()).createAudit(f, a);
        Result<std::unique_ptr<SodiumDataProtector>> p =
            SodiumDataProtector::create(db.value(), QStringLiteral("correct horse battery"));
        QVERIFY(p.ok());
        QVERIFY(RecordStore(db.value(), p.value().get()).importDirectory(audit->id, files).ok());
        // With the key, the sealed names open again (the analysis never loads them: no check needs them).
        Result<Statement> sealed = db->prepare(QStringLiteral("SELECT name FROM workers ORDER BY id"));
        QStringList back;
        while (sealed->step()) {
            back << p.value()->open(sealed->blob(0)).value_or(QString());
        }
        QCOMPARE(back, names);
        // ID numbers come back for the duplicate-identity check only with the key.
        Result<RecordSet> loaded = RecordStore::loadRecordSet(db.value(), audit->id, p.value().get());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->workers.front().idNumber, ids.first());
        Result<RecordSet> locked = RecordStore::loadRecordSet(db.value(), audit->id, nullptr);
        QVERIFY(locked.ok());
        QVERIFY(locked->workers.front().idNumber.isEmpty());
    }
    QByteArray raw;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly)) {
            raw += f.readAll();
        }
    }
    QVERIFY(raw.size() > 10000);
    for (const QString& name : names) {
        QVERIFY2(!raw.contains(name.toUtf8()), qPrintable(name));
    }
    for (const QString& id : ids) {
        QVERIFY2(!raw.contains(id.toUtf8()), qPrintable(id));
    }
}

FIELDBOOK_TEST_GUILESS_MAIN(TestPersonalData)
#include "TestPersonalData.moc"
