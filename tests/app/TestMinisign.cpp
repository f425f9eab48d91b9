#include "app/signing/KeyStore.h"
#include "app/signing/Minisign.h"
#include "database/Database.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace fieldbook;

// Signatures head office can trust: minisign's own tool agrees with ours both ways, any changed
// byte fails, the secret key never sits in the store in clear, a wrong passphrase fails cleanly.
class TestMinisign : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testRoundTrip();
    void testRealMinisignVerifiesOurSignature();
    void testWeVerifyRealMinisignSignature();
    void testEveryFlippedByteFails();
    void testWrongKeyFails();
    void testWrongPassphraseFailsCleanly();
    void testSecretKeyNeverInClearInStore();
    void testCliVerifyExitCodes();

private:
    static void writeFile(const QString& path, const QByteArray& data);
    QTemporaryDir m_dir;
    QString m_minisign;
};

void TestMinisign::writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    // Passphrase files readable by others are refused.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestMinisign::initTestCase()
{
    m_minisign = QStandardPaths::findExecutable(QStringLiteral("minisign"));
    QVERIFY2(!m_minisign.isEmpty(), "minisign is not installed (packaging/install-deps.sh installs it)");
}

void TestMinisign::testRoundTrip()
{
    SigningKeyPair key = SigningKeyPair::generate();
    const QByteArray data("The factory's payroll for March.\n");
    const MinisignSignature s =
        Minisign::sign(data, key, Minisign::trustedComment(QStringLiteral("p.csv"), QStringLiteral("Ana")));
    Result<MinisignSignature> parsed = MinisignSignature::parse(s.toFile());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    Result<MinisignPublicKey> pub = MinisignPublicKey::parse(key.publicKey.toFile());
    QVERIFY(pub.ok());
    QVERIFY(Minisign::verify(data, parsed.value(), pub.value()).ok());
    QCOMPARE(parsed->algorithm, QByteArray("ED"));
    QVERIFY(Minisign::timestampOf(parsed->trustedComment).isValid());
    QCOMPARE(pub->fingerprint().size(), 19); // 16 hex digits in four groups
}

void TestMinisign::testRealMinisignVerifiesOurSignature()
{
    SigningKeyPair key = SigningKeyPair::generate();
    const QString file = m_dir.filePath(QStringLiteral("audit.fieldbook"));
    QByteArray data(100000, '\0');
    for (int i = 0; i < data.size(); ++i) {
        data[i] = char((i * 7919) % 251);
    }
    writeFile(file, data);
    writeFile(file + QStringLiteral(".minisig"),
              Minisign::sign(data, key,
                             Minisign::trustedComment(QStringLiteral("audit.fieldbook"), QStringLiteral("Ana Lee")))
                  .toFile());
    writeFile(m_dir.filePath(QStringLiteral("ana.pub")), key.publicKey.toFile());
    QProcess p;
    p.start(m_minisign, {QStringLiteral("-Vm"), file, QStringLiteral("-p"), m_dir.filePath(QStringLiteral("ana.pub"))});
    QVERIFY(p.waitForFinished());
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(p.readAllStandardOutput().contains("signer:Ana Lee"));
    // minisign too refuses a changed file.
    data[5000] = char(data[5000] ^ 1);
    writeFile(file, data);
    p.start(m_minisign, {QStringLiteral("-Vm"), file, QStringLiteral("-p"), m_dir.filePath(QStringLiteral("ana.pub"))});
    QVERIFY(p.waitForFinished());
    QVERIFY(p.exitCode() != 0);
}

void TestMinisign::testWeVerifyRealMinisignSignature()
{
    const QString pub = m_dir.filePath(QStringLiteral("ho.pub"));
    const QString sec = m_dir.filePath(QStringLiteral("ho.key"));
    QProcess p;
    p.start(m_minisign,
            {QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"), pub, QStringLiteral("-s"), sec});
    QVERIFY(p.waitForFinished());
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QString file = m_dir.filePath(QStringLiteral("memo.txt"));
    writeFile(file, "Head office memo\n");
    p.start(m_minisign, {QStringLiteral("-Sm"), file, QStringLiteral("-s"), sec, QStringLiteral("-t"),
                         QStringLiteral("from head office")});
    QVERIFY(p.waitForFinished());
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QFile pubFile(pub);
    QFile sigFile(file + QStringLiteral(".minisig"));
    QVERIFY(pubFile.open(QIODevice::ReadOnly) && sigFile.open(QIODevice::ReadOnly));
    Result<MinisignPublicKey> key = MinisignPublicKey::parse(pubFile.readAll());
    Result<MinisignSignature> sig = MinisignSignature::parse(sigFile.readAll());
    QVERIFY2(key.ok() && sig.ok(), qPrintable(key.error() + sig.error()));
    QCOMPARE(sig->trustedComment, QStringLiteral("from head office"));
    QVERIFY(Minisign::verify("Head office memo\n", sig.value(), key.value()).ok());
    QVERIFY(!Minisign::verify("Head office memo!\n", sig.value(), key.value()).ok());
}

void TestMinisign::testEveryFlippedByteFails()
{
    SigningKeyPair key = SigningKeyPair::generate();
    const QByteArray data("worker_id,date,time_in,time_out\nW1,2026-01-05,07:58,17:02\n");
    const MinisignSignature s = Minisign::sign(data, key, QStringLiteral("timestamp:1\tfile:t.csv"));
    for (int i = 0; i < data.size(); ++i) {
        QByteArray changed = data;
        changed[i] = char(changed[i] ^ 0x01);
        QVERIFY2(!Minisign::verify(changed, s, key.publicKey).ok(), qPrintable(QString::number(i)));
    }
    // Every byte of the signature file, too: it either no longer parses or no longer verifies.
    const QByteArray sigFile = s.toFile();
    int checked = 0;
    for (int i = 0; i < sigFile.size(); ++i) {
        if (sigFile.at(i) == '\n') {
            continue;
        }
        const bool untrustedCommentOnly = i < sigFile.indexOf('\n');
        if (untrustedCommentOnly) {
            continue; // minisign's untrusted comment is, by design, not signed
        }
        // Every bit of the byte, so the unused low bits of the last base64 character are covered.
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray changed = sigFile;
            changed[i] = char(changed[i] ^ (1 << bit));
            Result<MinisignSignature> parsed = MinisignSignature::parse(changed);
            QVERIFY2(!parsed.ok() || !Minisign::verify(data, parsed.value(), key.publicKey).ok(),
                     qPrintable(QStringLiteral("byte %1 bit %2 of the signature").arg(i).arg(bit)));
        }
        ++checked;
    }
    QVERIFY(checked > 200);
}

void TestMinisign::testWrongKeyFails()
{
    SigningKeyPair a = SigningKeyPair::generate();
    SigningKeyPair b = SigningKeyPair::generate();
    const MinisignSignature s = Minisign::sign("data", a, QStringLiteral("c"));
    const Status wrongId = Minisign::verify("data", s, b.publicKey);
    QVERIFY(!wrongId.ok());
    QVERIFY(wrongId.error().contains(a.publicKey.fingerprint()));
    // Same key id, other key: the signature itself fails.
    MinisignPublicKey forged = b.publicKey;
    forged.keyId = a.publicKey.keyId;
    QVERIFY(!Minisign::verify("data", s, forged).ok());
}

void TestMinisign::testWrongPassphraseFailsCleanly()
{
    Result<Database> db = Database::open(m_dir.filePath(QStringLiteral("keys.sqlite")));
    QVERIFY(db.ok());
    Result<AuditorKeyInfo> key =
        KeyStore::create(db.value(), QStringLiteral("Bo Chen"), QStringLiteral("long enough pass"));
    QVERIFY2(key.ok(), qPrintable(key.error()));
    Result<SigningKeyPair> wrong =
        KeyStore::unlock(db.value(), key->publicKey.keyIdHex(), QStringLiteral("long enough pasS"));
    QVERIFY(!wrong.ok());
    QVERIFY(wrong.error().contains(QStringLiteral("Wrong passphrase")));
    Result<SigningKeyPair> right =
        KeyStore::unlock(db.value(), key->publicKey.fingerprint(), QStringLiteral("long enough pass"));
    QVERIFY2(right.ok(), qPrintable(right.error()));
    const MinisignSignature s = Minisign::sign("x", right.value(), QStringLiteral("c"));
    QVERIFY(Minisign::verify("x", s, key->publicKey).ok());
    QVERIFY(!KeyStore::create(db.value(), QStringLiteral("Short"), QStringLiteral("short")).ok());
}

void TestMinisign::testSecretKeyNeverInClearInStore()
{
    const QString path = m_dir.filePath(QStringLiteral("raw.sqlite"));
    QByteArray secret;
    {
        Result<Database> db = Database::open(path);
        Result<AuditorKeyInfo> key =
            KeyStore::create(db.value(), QStringLiteral("Chi"), QStringLiteral("a passphrase here"));
        QVERIFY(key.ok());
        Result<SigningKeyPair> pair =
            KeyStore::unlock(db.value(), key->publicKey.keyIdHex(), QStringLiteral("a passphrase here"));
        QVERIFY(pair.ok());
        secret = QByteArray(reinterpret_cast<const char*>(pair->secretKey.data()), 32); // the seed
    }
    QByteArray raw;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly)) {
            raw += f.readAll();
        }
    }
    QVERIFY(raw.size() > 4096);
    QVERIFY(!raw.contains(secret));
    QVERIFY(!raw.contains(secret.toBase64()));
    QVERIFY(!raw.contains(secret.toHex()));
}

void TestMinisign::testCliVerifyExitCodes()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    writeFile(dir.filePath(QStringLiteral("pass")), "pass phrase 123\n");
    QString out;
    QString err;
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("keygen"), QStringLiteral("--name"),
                           QStringLiteral("Dana"), QStringLiteral("--out"), dir.filePath(QStringLiteral("d.pub")),
                           QStringLiteral("--passphrase-file"), dir.filePath(QStringLiteral("pass"))},
                          &out, &err),
             0);
    const QString keyId = out.section(QLatin1Char(' '), 1, 1);
    const QString file = dir.filePath(QStringLiteral("r.pdf"));
    writeFile(file, "%PDF-1.4 a report\n");
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("sign"), file, QStringLiteral("--key"), keyId,
                           QStringLiteral("--passphrase-file"), dir.filePath(QStringLiteral("pass"))},
                          &out, &err),
             0);
    QCOMPARE(test::runCli(
                 {QStringLiteral("verify"), file, QStringLiteral("--pubkey"), dir.filePath(QStringLiteral("d.pub"))},
                 &out, &err),
             0);
    QVERIFY(out.contains(QStringLiteral("VALID")));
    QVERIFY(out.contains(QStringLiteral("signer:Dana")));
    writeFile(file, "%PDF-1.4 a report, changed\n");
    QCOMPARE(test::runCli(
                 {QStringLiteral("verify"), file, QStringLiteral("--pubkey"), dir.filePath(QStringLiteral("d.pub"))},
                 &out, &err),
             3);
    QVERIFY(out.contains(QStringLiteral("INVALID")));
    QCOMPARE(test::runCli(
                 {QStringLiteral("--db"), db, QStringLiteral("verify"), dir.filePath(QStringLiteral("missing.pdf"))},
                 &out, &err),
             2);
    // Wrong passphrase: a clean error, no signature written.
    writeFile(dir.filePath(QStringLiteral("bad")), "not the phrase\n");
    QFile::remove(file + QStringLiteral(".minisig"));
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("sign"), file, QStringLiteral("--key"), keyId,
                           QStringLiteral("--passphrase-file"), dir.filePath(QStringLiteral("bad"))},
                          &out, &err),
             2);
    QVERIFY(err.contains(QStringLiteral("Wrong passphrase")));
    QVERIFY(!QFile::exists(file + QStringLiteral(".minisig")));
}

FIELDBOOK_TEST_GUILESS_MAIN(TestMinisign)
#include "TestMinisign.moc"
