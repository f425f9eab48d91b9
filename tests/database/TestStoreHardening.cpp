// Issue 13, findings 5, 6, 9, 10 and the data-key race of 11: a store treated as hostile, secrets
// and personal data kept in, one damaged value not blocking the others.
#include "app/analysis/checks/DuplicateIdentityCheck.h"
#include "app/cli/PassphraseInput.h"
#include "app/records/IdentityFingerprint.h"
#include "app/records/RecordStore.h"
#include "app/signing/KeyStore.h"
#include "app/signing/PassphraseBox.h"
#include "app/signing/SealedBox.h"
#include "app/signing/SodiumDataProtector.h"
#include "app/sync/PersonalDataReseal.h"
#include "app/sync/PersonalValueCodec.h"
#include "database/Database.h"
#include "support/CheckTesting.h"
#include "support/RecordSetBuilder.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <sodium.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <thread>

using namespace fieldbook;
using namespace fieldbook::test;

namespace {

int modeOf(const QString& path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

QString writeFile(const QString& path, const QByteArray& content, QFileDevice::Permissions permissions)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
        file.setPermissions(permissions);
    }
    return path;
}

SecureBytes randomKey()
{
    sodiumReady();
    SecureBytes key(32);
    randombytes_buf(key.data(), key.size());
    return key;
}

// A store with an audit and a workers.csv of two workers imported (names withheld: no key).
QString storeWithWorkers(const QTemporaryDir& dir, QString* audit)
{
    const QString store = dir.filePath(QStringLiteral("s.sqlite"));
    QString out;
    QString err;
    if (runCli({"--db", store, "create-audit", "--facility", "F", "--country", "VN", "--code", "sa8000"}, &out, &err) !=
        0) {
        return {};
    }
    *audit = out.trimmed();
    QDir().mkpath(dir.filePath(QStringLiteral("r")));
    writeFile(dir.filePath(QStringLiteral("r/workers.csv")),
              "worker_id,birth_date,hire_date\nW1,1990-01-01,2020-01-01\nW2,1991-01-01,2020-01-01\n",
              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (runCli({"--db", store, "import", "--audit", *audit, "--records", dir.filePath(QStringLiteral("r"))}, &out,
               &err) != 0) {
        return {};
    }
    return store;
}

} // namespace

class TestStoreHardening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ::umask(022); // as a typical shell: what the code must not rely on
    }

    // Finding 9: stores were created world-readable.
    void newStoresAndKeyFilesAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        {
            Result<Database> db = Database::open(path);
            QVERIFY2(db, qPrintable(db.error()));
        }
        QCOMPARE(modeOf(path), 0600);
        // Through the CLI: the store, its WAL and a key file.
        const QString store = dir.filePath(QStringLiteral("cli.sqlite"));
        const QString pass = writeFile(dir.filePath(QStringLiteral("pass")), "a long enough passphrase\n",
                                       QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QString out;
        QString err;
        QCOMPARE(runCli({"--db", store, "keygen", "--name", "Ana", "--out", dir.filePath(QStringLiteral("ana.pub")),
                         "--passphrase-file", pass},
                        &out, &err),
                 0);
        QCOMPARE(modeOf(store), 0600);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("ana.pub"))), 0600);
    }

    // Finding 9: no trusted_schema=OFF, no defensive mode.
    void storesAreOpenedDefensively()
    {
        QTemporaryDir dir;
        Result<Database> db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(db);
        int defensive = -1;
        sqlite3_db_config(db->handle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
        QCOMPARE(defensive, 1);
        Result<QVariant> trusted = db->scalar(QStringLiteral("PRAGMA trusted_schema"));
        QVERIFY(trusted);
        QCOMPARE(trusted->toInt(), 0);
        // writable_schema cannot be used to rewrite the schema.
        db->exec(QStringLiteral("PRAGMA writable_schema = ON"));
        QVERIFY(!db->exec(QStringLiteral("UPDATE sqlite_master SET sql = sql WHERE name = 'audits'")));
    }

    // Finding 9: check-store said ok for a store with a foreign trigger.
    void checkStoreReportsObjectsFieldbookDidNotCreate()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("s.sqlite"));
        QString out;
        QString err;
        QCOMPARE(runCli({"--db", store, "check-store"}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("did not create: none")), qPrintable(out));
        {
            Result<Database> db = Database::open(store);
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE loot (v BLOB); CREATE TRIGGER copy_names AFTER INSERT ON "
                                            "workers BEGIN INSERT INTO loot VALUES (new.name); END;")));
        }
        QCOMPARE(runCli({"--db", store, "check-store"}, &out, &err), 4);
        QVERIFY2(out.contains(QStringLiteral("trigger copy_names")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("table loot")), qPrintable(out));
    }

    // Finding 9: KDF limits read from the store were used unbounded (a hang).
    void kdfLimitsFromAStoreAreBounded()
    {
        SealedSecret sealed;
        sealed.salt = QByteArray(crypto_pwhash_SALTBYTES, 's');
        sealed.nonce = QByteArray(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, 'n');
        sealed.ciphertext = QByteArray(48, 'c');
        sealed.opsLimit = qint64(1) << 40;
        sealed.memLimit = qint64(crypto_pwhash_MEMLIMIT_MIN);
        QElapsedTimer timer;
        timer.start();
        Result<SecureBytes> opened = PassphraseBox::open(sealed, QStringLiteral("any passphrase at all"));
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QStringLiteral("out of bounds")), qPrintable(opened.error()));
        sealed.opsLimit = 3;
        sealed.memLimit = qint64(1) << 45; // 32 TiB
        opened = PassphraseBox::open(sealed, QStringLiteral("any passphrase at all"));
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QStringLiteral("out of bounds")), qPrintable(opened.error()));
        QVERIFY(timer.elapsed() < 5000);
    }

    // Finding 9: public-key blobs from the store were not checked before verify.
    void publicKeyLengthsFromAStoreAreChecked()
    {
        QTemporaryDir dir;
        Result<Database> db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(db);
        const QByteArray keyId("\x01\x02\x03\x04\x05\x06\x07\x08", 8);
        const MinisignPublicKey probe{keyId, {}};
        Result<Statement> insert = db->prepare(QStringLiteral(
            "INSERT INTO trusted_keys (uuid, label, purpose, key_id, public_key, added_at) VALUES ('u1', 'short', "
            "'signing', ?1, ?2, '2026-01-01T00:00:00Z')"));
        QVERIFY(insert);
        insert->bind(1, probe.keyIdHex()).bind(2, QByteArray("abc"));
        QVERIFY(insert->exec());
        Result<MinisignPublicKey> key = KeyStore::verificationKey(db.value(), keyId);
        QVERIFY(!key);
        QVERIFY2(key.error().contains(QStringLiteral("damaged")), qPrintable(key.error()));
    }

    // Finding 9: registry names (personal_data_columns) were pasted into SQL.
    // Finding 5: one value that does not open blocked every later reseal (exit 4).
    void resealSkipsWhatItCannotOpenAndHostileRegistryNames()
    {
        QTemporaryDir dir;
        QString audit;
        const QString store = storeWithWorkers(dir, &audit);
        QVERIFY(!store.isEmpty());
        Result<Database> db = Database::open(store);
        QVERIFY(db);
        const BoxKeyPair headOffice = BoxKeyPair::generate();
        const QByteArray good = PersonalValueCodec::keptSealed(
            headOffice.publicKey.keyId, SealedBox::seal(QStringLiteral("Bo Chen"), headOffice.publicKey));
        QByteArray damaged = PersonalValueCodec::keptSealed(
            headOffice.publicKey.keyId, SealedBox::seal(QStringLiteral("Ana Lee"), headOffice.publicKey));
        damaged[damaged.size() - 1] = char(damaged.at(damaged.size() - 1) ^ 0x55);
        Result<Statement> update = db->prepare(QStringLiteral("UPDATE workers SET name = ?1 WHERE worker_id = ?2"));
        QVERIFY(update);
        update->bind(1, damaged).bind(2, QStringLiteral("W1"));
        QVERIFY(update->exec());
        update->reset();
        update->bind(1, good).bind(2, QStringLiteral("W2"));
        QVERIFY(update->exec());
        // A hostile registry row: a "column" that is SQL.
        QVERIFY(db->exec(QStringLiteral("INSERT INTO personal_data_columns VALUES ('audits', 'title = ''pwned'', "
                                        "uuid', 'x')")));
        SodiumDataProtector protector(randomKey());
        QStringList skipped;
        Result<int> n = PersonalDataReseal::reseal(db.value(), headOffice, protector, &skipped);
        QVERIFY2(n, n ? "" : qPrintable(n.error()));
        QCOMPARE(n.value(), 1);
        QCOMPARE(skipped.size(), 2);
        QVERIFY(skipped.join(QLatin1Char('\n')).contains(QStringLiteral("workers.name")));
        QVERIFY(skipped.join(QLatin1Char('\n')).contains(QStringLiteral("not a column")));
        Result<QVariant> titles = db->scalar(QStringLiteral("SELECT count(*) FROM audits WHERE title = 'pwned'"));
        QCOMPARE(titles->toInt(), 0);
        // W2 now opens with the data key; W1 is left as it came (sealed, never plaintext).
        Result<QVariant> w2 = db->scalar(QStringLiteral("SELECT name FROM workers WHERE worker_id = 'W2'"));
        QCOMPARE(protector.open(w2->toByteArray()).value_or(QString()), QStringLiteral("Bo Chen"));
        QCOMPARE(PersonalDataReseal::pendingCount(db.value()), 1);
    }

    // Finding 7: sealed values were bound to nothing (constant associated data).
    void sealedValuesAreBoundToTheirPlace()
    {
        SodiumDataProtector protector(randomKey());
        const QByteArray here = SodiumDataProtector::placeContext("workers", "id_number", "audit-1/W1");
        const QByteArray there = SodiumDataProtector::placeContext("workers", "id_number", "audit-1/W2");
        const QByteArray sealed = protector.sealFor(QStringLiteral("ID-111"), here);
        QVERIFY(SodiumDataProtector::isBound(sealed));
        QVERIFY(!sealed.contains("ID-111"));
        QCOMPARE(protector.openFor(sealed, here).value_or(QString()), QStringLiteral("ID-111"));
        QVERIFY(!protector.openFor(sealed, there));
        QVERIFY(!protector.openFor(sealed, SodiumDataProtector::placeContext("workers", "name", "audit-1/W1")));
        // The stated place cannot be rewritten either.
        QByteArray moved = sealed;
        moved.replace(QByteArray("W1"), QByteArray("W2"));
        QVERIFY(!protector.openFor(moved, there));
        QVERIFY(!protector.open(moved));
        // Values of the older format still open.
        const QByteArray older = protector.seal(QStringLiteral("ID-111"));
        QVERIFY(older.startsWith("FBP1"));
        QCOMPARE(protector.openFor(older, here).value_or(QString()), QStringLiteral("ID-111"));

        // In a store: an ID number copied to another worker's row does not open there.
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("s.sqlite"));
        QString out;
        QString err;
        QCOMPARE(runCli({"--db", store, "create-audit", "--facility", "F", "--country", "VN", "--code", "sa8000"}, &out,
                        &err),
                 0);
        const QString audit = out.trimmed();
        QDir().mkpath(dir.filePath(QStringLiteral("r")));
        writeFile(dir.filePath(QStringLiteral("r/workers.csv")),
                  "worker_id,birth_date,hire_date,id_number\nW1,1990-01-01,2020-01-01,ID-111\n"
                  "W2,1991-01-01,2020-01-01,ID-222\n",
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString pass = writeFile(dir.filePath(QStringLiteral("pass")), "a long enough passphrase\n",
                                       QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(runCli({"--db", store, "import", "--audit", audit, "--records", dir.filePath(QStringLiteral("r")),
                         "--seal-personal", "--passphrase-file", pass},
                        &out, &err),
                 0);
        Result<Database> db = Database::open(store);
        QVERIFY(db);
        Result<std::unique_ptr<SodiumDataProtector>> key =
            SodiumDataProtector::unlock(db.value(), QStringLiteral("a long enough passphrase"));
        QVERIFY(key);
        const qint64 auditId =
            db->scalar(QStringLiteral("SELECT id FROM audits WHERE uuid = ?"), {audit})->toLongLong();
        Result<RecordSet> before = RecordStore::loadRecordSet(db.value(), auditId, key.value().get());
        QVERIFY(before);
        QCOMPARE(before->workers.at(1).idNumber, QStringLiteral("ID-222"));
        QVERIFY(db->exec(QStringLiteral("UPDATE workers SET id_number = (SELECT id_number FROM workers WHERE "
                                        "worker_id = 'W1') WHERE worker_id = 'W2'")));
        Result<RecordSet> after = RecordStore::loadRecordSet(db.value(), auditId, key.value().get());
        QVERIFY(after);
        QCOMPARE(after->workers.at(0).idNumber, QStringLiteral("ID-111"));
        QCOMPARE(after->workers.at(1).idNumber, QString()); // not W1's number

        // An older value (FBP1) still opens, and reseal-personal binds it to its row.
        Result<Statement> downgrade =
            db->prepare(QStringLiteral("UPDATE workers SET id_number = ?1 WHERE worker_id = 'W2'"));
        QVERIFY(downgrade);
        downgrade->bind(1, key.value()->seal(QStringLiteral("ID-222")));
        QVERIFY(downgrade->exec());
        QCOMPARE(RecordStore::loadRecordSet(db.value(), auditId, key.value().get())->workers.at(1).idNumber,
                 QStringLiteral("ID-222"));
        const BoxKeyPair anyKey = BoxKeyPair::generate();
        QStringList skipped;
        QVERIFY(PersonalDataReseal::reseal(db.value(), anyKey, *key.value(), &skipped, true));
        QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(QLatin1Char('\n'))));
        const QByteArray rebound =
            db->scalar(QStringLiteral("SELECT id_number FROM workers WHERE worker_id = 'W2'"))->toByteArray();
        QVERIFY(rebound.startsWith("FBP2"));
        QVERIFY(rebound.contains(QByteArray(audit.toUtf8() + "/W2")));
        QCOMPARE(RecordStore::loadRecordSet(db.value(), auditId, key.value().get())->workers.at(1).idNumber,
                 QStringLiteral("ID-222"));
    }

    // Finding 6: the flag's subject was an unsalted SHA-256 of the ID number.
    void duplicateIdentityEvidenceIsAKeyedHash()
    {
        RecordSetBuilder b;
        b.worker("A", "1990-01-01", "2020-01-01", "Sewing", "X-123 456");
        b.worker("B", "1991-01-01", "2020-01-01", "Sewing", "x123456");
        AuditParams p;
        p.periodStart = QDate(2026, 1, 5);
        p.periodEnd = QDate(2026, 2, 1);
        IdentityFingerprint::setStoreKey(QByteArray(32, 'k'));
        const QList<Flag> flags = runCheck(QStringLiteral("duplicate_identity"), b.records(), p);
        QCOMPARE(flags.size(), 1);
        const QString plainHash =
            QString::fromLatin1(QCryptographicHash::hash("X123456", QCryptographicHash::Sha256).toHex().left(16));
        QVERIFY(flags.first().subject != plainHash);
        QVERIFY(!flags.first().subject.startsWith(plainHash.left(8)));
        // Stable under one key (re-runs recognise the flag), different under another store's key.
        QCOMPARE(runCheck(QStringLiteral("duplicate_identity"), b.records(), p).first().subject, flags.first().subject);
        IdentityFingerprint::setStoreKey(QByteArray(32, 'j'));
        QVERIFY(runCheck(QStringLiteral("duplicate_identity"), b.records(), p).first().subject !=
                flags.first().subject);
        // The key a store derives is its own and is not its data key.
        SodiumDataProtector protector(randomKey());
        const QByteArray derived = protector.derivedKey("identity-fingerprint");
        QCOMPARE(derived.size(), 32);
        QCOMPARE(protector.derivedKey("identity-fingerprint"), derived);
        QVERIFY(SodiumDataProtector(randomKey()).derivedKey("identity-fingerprint") != derived);
    }

    // Finding 11: two processes could each create a data key (check outside the transaction).
    void dataKeyIsCreatedOnceUnderConcurrency()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        QVERIFY(Database::open(path));
        std::atomic<int> created{0};
        std::atomic<int> refused{0};
        auto createKey = [&]() {
            Result<Database> db = Database::open(path);
            if (!db) {
                return;
            }
            Result<std::unique_ptr<SodiumDataProtector>> key =
                SodiumDataProtector::create(db.value(), QStringLiteral("one passphrase for both"));
            (key ? created : refused)++;
        };
        std::thread first(createKey);
        std::thread second(createKey);
        first.join();
        second.join();
        QCOMPARE(created.load(), 1);
        QCOMPARE(refused.load(), 1);
        Result<Database> db = Database::open(path);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM data_keys"))->toInt(), 1);
        // unlockOrCreate from both sides then agrees on the one key.
        QVERIFY(SodiumDataProtector::unlockOrCreate(db.value(), QStringLiteral("one passphrase for both")));
    }

    // Finding 10: FIELDBOOK_PASSPHRASE stayed in the environment, inherited by every child process.
    void passphraseVariableIsNotInherited()
    {
        qputenv("FIELDBOOK_PASSPHRASE", "automation passphrase 42");
        takePassphraseFromEnvironment();
        QVERIFY(!qEnvironmentVariableIsSet("FIELDBOOK_PASSPHRASE"));
        Result<QString> passphrase = readPassphrase(QString(), QString());
        QVERIFY(passphrase);
        QCOMPARE(passphrase.value(), QStringLiteral("automation passphrase 42"));
        wipePassphrase(passphrase.value());
        QVERIFY(passphrase.value().isEmpty());
        QProcess child;
        child.start(QStringLiteral("/usr/bin/env"), {});
        QVERIFY(child.waitForFinished(10000));
        QVERIFY(!child.readAllStandardOutput().contains("automation passphrase"));
    }

    // Finding 10: a passphrase file readable by others was used.
    void passphraseFileReadableByOthersIsRefused()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("s.sqlite"));
        const QString pass = writeFile(dir.filePath(QStringLiteral("pass")), "a long enough passphrase\n",
                                       QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                           QFileDevice::ReadOther);
        QString out;
        QString err;
        QVERIFY(runCli({"--db", store, "keygen", "--name", "Ana", "--out", dir.filePath(QStringLiteral("a.pub")),
                        "--passphrase-file", pass},
                       &out, &err) != 0);
        QVERIFY2(err.contains(QStringLiteral("chmod 600")), qPrintable(err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("a.pub"))));
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestStoreHardening)
#include "TestStoreHardening.moc"
