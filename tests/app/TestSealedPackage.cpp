#include "support/PersonalDataFixture.h"
#include "support/TestRegistry.h"

#include "app/signing/EncryptionKeyStore.h"
#include "app/signing/KeyStore.h"
#include "app/signing/Minisign.h"
#include "app/sync/AuditPackage.h"
#include "app/sync/PackageVerifier.h"
#include "app/sync/PersonalDataReseal.h"
#include "app/sync/PersonalValueCodec.h"
#include "database/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace fieldbook;
using namespace fieldbook::test;

// Personal data carried to head office: sealed with crypto_box_seal to its encryption key, so the
// package (and audit.json inside it) holds no plaintext; head office opens it with its passphrase
// and keeps it sealed under its own data key; without the passphrase the import still works and
// the values stay locked; another recipient cannot open them; any changed byte fails verification.
// Argon2id runs with the limits the code uses for real (OPSLIMIT/MEMLIMIT_MODERATE).
class TestSealedPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testPackageHoldsNoPlaintext();
    void testMinisignAcceptsSealedPackage();
    void testHeadOfficeOpensWithPassphrase();
    void testWithoutPassphraseFieldsStayLocked();
    void testOtherRecipientCannotOpen();
    void testEveryFlippedByteIsRefused();
    void testNewRegisteredColumnIsSealedToo();
    void testOmittedPackageKeepsFormat1();
    void testSealingNeedsUnlockedData();

private:
    QString headOfficeCopy(const QString& name);
    QByteArray readFile(const QString& path);
    QJsonObject auditJson(const QString& packagePath);

    QTemporaryDir m_dir;
    PersonalDataFixture m_auditor;
    SigningKeyPair m_signer = SigningKeyPair::generate();
    QString m_headOffice; // a pristine head-office store with its encryption key
    QString m_hoKeyId;
    QString m_package;
    static constexpr const char* kHeadOfficePassphrase = "head office 2026";
};

QByteArray TestSealedPackage::readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject TestSealedPackage::auditJson(const QString& packagePath)
{
    Result<PackageContainer> c = PackageContainer::parse(readFile(packagePath));
    if (!c || !c->entry(QStringLiteral("audit.json"))) {
        return {};
    }
    return QJsonDocument::fromJson(c->entry(QStringLiteral("audit.json"))->data).object();
}

QString TestSealedPackage::headOfficeCopy(const QString& name)
{
    const QString copy = m_dir.filePath(name);
    QFile::remove(copy);
    QFile::copy(m_headOffice, copy);
    return copy;
}

void TestSealedPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_auditor.create(m_dir.filePath(QStringLiteral("auditor.sqlite")), m_dir.filePath(QStringLiteral("files")),
                              &error),
             qPrintable(error));
    // Head office makes its encryption key and hands the public key file to the auditor.
    m_headOffice = m_dir.filePath(QStringLiteral("headoffice.sqlite"));
    QByteArray publicFile;
    {
        Result<Database> ho = Database::open(m_headOffice);
        QVERIFY(ho.ok());
        Result<EncryptionKeyInfo> key = EncryptionKeyStore::create(ho.value(), QStringLiteral("Head office Geneva"),
                                                                   QString::fromLatin1(kHeadOfficePassphrase));
        QVERIFY2(key.ok(), qPrintable(key.error()));
        m_hoKeyId = key->publicKey.keyIdHex();
        publicFile = key->publicKey.toFile(key->label);
        QVERIFY(KeyStore::trust(ho.value(), m_signer.publicKey, QStringLiteral("Ana Lee")).ok());
    }
    Result<BoxPublicKey> parsed = BoxPublicKey::parse(publicFile);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(BoxPublicKey::labelInFile(publicFile), QStringLiteral("Head office Geneva"));
    QVERIFY(EncryptionKeyStore::trust(m_auditor.db, parsed.value(), QStringLiteral("Head office Geneva")).ok());

    Result<RecipientKey> recipient = EncryptionKeyStore::recipient(m_auditor.db, m_hoKeyId);
    QVERIFY2(recipient.ok(), qPrintable(recipient.error()));
    PackageExportOptions options;
    options.auditUuid = m_auditor.auditUuid;
    options.personal = PersonalDataMode::Seal;
    options.protector = m_auditor.protector.get();
    options.recipient = recipient.value();
    m_package = m_dir.filePath(QStringLiteral("mekong.fieldbook"));
    Status exported = AuditPackage::exportSigned(m_auditor.db, options, m_signer, QStringLiteral("Ana Lee"), m_package);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
}

void TestSealedPackage::testPackageHoldsNoPlaintext()
{
    const QByteArray bytes = readFile(m_package);
    QVERIFY(bytes.size() > 5000);
    QVERIFY(m_auditor.planted.size() >= 12 * 2 + 6);
    QStringList leaked = plaintextFound(bytes, m_auditor.planted);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QStringLiteral(", "))));
    const QJsonObject audit = auditJson(m_package);
    leaked = plaintextFound(QJsonDocument(audit).toJson(), m_auditor.planted);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QStringLiteral(", "))));
    QCOMPARE(audit.value(QStringLiteral("format_version")).toInt(), 2);
    QCOMPARE(audit.value(QStringLiteral("personal_data")).toString(), QStringLiteral("sealed"));
    QCOMPARE(
        audit.value(QStringLiteral("personal_data_recipient")).toObject().value(QStringLiteral("key_id")).toString(),
        m_hoKeyId);
    // Every registered personal column that holds a value travels sealed, none in clear and none lost.
    const QJsonObject tables = audit.value(QStringLiteral("tables")).toObject();
    const QList<QPair<QString, QString>> columns = {{QStringLiteral("workers"), QStringLiteral("name")},
                                                    {QStringLiteral("workers"), QStringLiteral("id_number")},
                                                    {QStringLiteral("interviews"), QStringLiteral("worker_ref")},
                                                    {QStringLiteral("interviews"), QStringLiteral("notes")},
                                                    {QStringLiteral("interview_answers"), QStringLiteral("free_text")}};
    for (const auto& [table, column] : columns) {
        const QJsonArray rows = tables.value(table).toArray();
        QVERIFY2(!rows.isEmpty(), qPrintable(table));
        for (const QJsonValue& row : rows) {
            QVERIFY2(PersonalValueCodec::isSealedJson(row.toObject().value(column)), qPrintable(table + "." + column));
        }
    }
}

void TestSealedPackage::testMinisignAcceptsSealedPackage()
{
    const QString pub = m_dir.filePath(QStringLiteral("ana.pub"));
    QFile f(pub);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_signer.publicKey.toFile());
    f.close();
    QProcess p;
    p.start(QStringLiteral("minisign"), {QStringLiteral("-Vm"), m_package, QStringLiteral("-p"), pub});
    QVERIFY(p.waitForFinished());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
    const PackageVerification v = PackageVerifier::verify(nullptr, m_package, pub);
    QVERIFY2(v.isValid(), qPrintable(v.reason));
    QCOMPARE(v.personalData, QStringLiteral("sealed"));
    QCOMPARE(v.recipientKeyId, m_hoKeyId);
    // No store consulted: the key file is a one-time key; the comment's name is only a claim.
    QVERIFY(v.oneTimeKey);
    QCOMPARE(v.claimedSigner, QStringLiteral("Ana Lee"));
}

void TestSealedPackage::testHeadOfficeOpensWithPassphrase()
{
    const QString path = headOfficeCopy(QStringLiteral("ho-open.sqlite"));
    Result<Database> ho = Database::open(path);
    QVERIFY(ho.ok());
    Result<BoxKeyPair> key =
        EncryptionKeyStore::unlock(ho.value(), m_hoKeyId, QString::fromLatin1(kHeadOfficePassphrase));
    QVERIFY2(key.ok(), qPrintable(key.error()));
    Result<std::unique_ptr<SodiumDataProtector>> data =
        SodiumDataProtector::unlockOrCreate(ho.value(), QStringLiteral("head office data key"));
    QVERIFY(data.ok());
    PackageImportOptions options;
    options.encryptionKey = &key.value();
    options.protector = data.value().get();
    Result<PackageImportResult> imported = AuditPackage::importSigned(ho.value(), m_package, options);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->personalData, QStringLiteral("opened"));
    QCOMPARE(imported->personalOpened, m_auditor.planted.size());
    // Exactly the auditor's values, now sealed under head office's own data key.
    Result<Statement> names = ho->prepare(QStringLiteral("SELECT name FROM workers ORDER BY source_line"));
    QStringList back;
    while (names->step()) {
        QVERIFY(names->blob(0).startsWith("FBP2")); // bound to the worker's row (audit uuid / worker id)
        back << data.value()->open(names->blob(0)).value_or(QStringLiteral("?"));
    }
    QCOMPARE(back, m_auditor.workerNames);
    Result<Statement> notes = ho->prepare(QStringLiteral("SELECT notes FROM interviews ORDER BY pseudonym"));
    QStringList backNotes;
    while (notes->step()) {
        backNotes << data.value()->open(notes->blob(0)).value_or(QStringLiteral("?"));
    }
    QCOMPARE(backNotes, m_auditor.interviewNotes);
    // The open store (with its WAL) and the closed file hold no plaintext.
    QStringList leaked = plaintextFound(storeFileBytes(path), m_auditor.planted);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QStringLiteral(", "))));
    ho->close();
    leaked = plaintextFound(storeFileBytes(path), m_auditor.planted);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QStringLiteral(", "))));
}

void TestSealedPackage::testWithoutPassphraseFieldsStayLocked()
{
    const QString path = headOfficeCopy(QStringLiteral("ho-locked.sqlite"));
    Result<Database> ho = Database::open(path);
    Result<PackageImportResult> imported = AuditPackage::importSigned(ho.value(), m_package);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->personalData, QStringLiteral("kept_sealed"));
    QCOMPARE(imported->personalKeptSealed, m_auditor.planted.size());
    QCOMPARE(ho->scalar(QStringLiteral("SELECT count(*) FROM workers"))->toInt(), m_auditor.workerNames.size());
    // Locked: head office's data key does not open them (they are sealed for its encryption key).
    Result<std::unique_ptr<SodiumDataProtector>> data =
        SodiumDataProtector::unlockOrCreate(ho.value(), QStringLiteral("head office data key"));
    Result<Statement> names = ho->prepare(QStringLiteral("SELECT name FROM workers"));
    while (names->step()) {
        QVERIFY(PersonalValueCodec::isKeptSealed(names->blob(0)));
        QVERIFY(!data.value()->open(names->blob(0)).has_value());
    }
    QStringList leaked = plaintextFound(storeFileBytes(path), m_auditor.planted);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QStringLiteral(", "))));
    QCOMPARE(PersonalDataReseal::pendingCount(ho.value()), m_auditor.planted.size());
    // Importing the same package again, now with the passphrase, opens them and changes nothing else.
    Result<BoxKeyPair> key =
        EncryptionKeyStore::unlock(ho.value(), m_hoKeyId, QString::fromLatin1(kHeadOfficePassphrase));
    QVERIFY(key.ok());
    PackageImportOptions options;
    options.encryptionKey = &key.value();
    options.protector = data.value().get();
    const int rows = ho->scalar(QStringLiteral("SELECT count(*) FROM workers"))->toInt();
    Result<PackageImportResult> again = AuditPackage::importSigned(ho.value(), m_package, options);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(again->alreadyImported);
    QCOMPARE(again->resealed, m_auditor.planted.size());
    QCOMPARE(PersonalDataReseal::pendingCount(ho.value()), 0);
    QCOMPARE(ho->scalar(QStringLiteral("SELECT count(*) FROM workers"))->toInt(), rows);
    Result<Statement> opened = ho->prepare(QStringLiteral("SELECT name FROM workers ORDER BY source_line"));
    QStringList back;
    while (opened->step()) {
        back << data.value()->open(opened->blob(0)).value_or(QStringLiteral("?"));
    }
    QCOMPARE(back, m_auditor.workerNames);
}

void TestSealedPackage::testOtherRecipientCannotOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
    Result<Database> other = Database::open(path);
    Result<EncryptionKeyInfo> otherKey =
        EncryptionKeyStore::create(other.value(), QStringLiteral("Someone else"), QStringLiteral("another passphrase"));
    QVERIFY(otherKey.ok());
    Result<BoxKeyPair> pair =
        EncryptionKeyStore::unlock(other.value(), otherKey->publicKey.keyIdHex(), QStringLiteral("another passphrase"));
    QVERIFY(pair.ok());
    // Not one sealed value of the package opens with another key pair.
    const QJsonObject tables = auditJson(m_package).value(QStringLiteral("tables")).toObject();
    int tried = 0;
    for (const QJsonValue& row : tables.value(QStringLiteral("workers")).toArray()) {
        const QByteArray box = QByteArray::fromBase64(row.toObject()
                                                          .value(QStringLiteral("name"))
                                                          .toObject()
                                                          .value(QStringLiteral("$sealed"))
                                                          .toString()
                                                          .toLatin1());
        QVERIFY(!SealedBox::open(box, pair.value()).has_value());
        ++tried;
    }
    QCOMPARE(tried, m_auditor.workerNames.size());
    // Importing there works, with the personal fields left out.
    Result<std::unique_ptr<SodiumDataProtector>> data =
        SodiumDataProtector::unlockOrCreate(other.value(), QStringLiteral("other data key"));
    PackageImportOptions options;
    options.publicKey = &m_signer.publicKey;
    options.encryptionKey = &pair.value();
    options.protector = data.value().get();
    Result<PackageImportResult> imported = AuditPackage::importSigned(other.value(), m_package, options);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->personalData, QStringLiteral("other_recipient"));
    QCOMPARE(imported->personalOpened, 0);
    QCOMPARE(other->scalar(QStringLiteral("SELECT count(*) FROM workers WHERE name IS NOT NULL"))->toInt(), 0);
    QCOMPARE(other->scalar(QStringLiteral("SELECT count(*) FROM interviews WHERE notes IS NOT NULL"))->toInt(), 0);
    QCOMPARE(other->scalar(QStringLiteral("SELECT count(*) FROM workers"))->toInt(), m_auditor.workerNames.size());
}

void TestSealedPackage::testEveryFlippedByteIsRefused()
{
    const QByteArray package = readFile(m_package);
    Result<MinisignSignature> sig = MinisignSignature::parse(readFile(m_package + QStringLiteral(".minisig")));
    QVERIFY(sig.ok());
    QVERIFY(Minisign::verify(package, sig.value(), m_signer.publicKey).ok());
    // Every byte, including every byte of the sealed personal values.
    for (int i = 0; i < package.size(); ++i) {
        QByteArray changed = package;
        changed[i] = char(changed[i] ^ 0x04);
        QVERIFY2(!Minisign::verify(changed, sig.value(), m_signer.publicKey).ok(), qPrintable(QString::number(i)));
    }
    // The importer refuses a change inside a sealed value and writes nothing.
    const int sealedAt = int(package.indexOf("$sealed"));
    QVERIFY(sealedAt > 0);
    const QString copy = m_dir.filePath(QStringLiteral("changed.fieldbook"));
    QByteArray changed = package;
    changed[sealedAt + 20] = char(changed[sealedAt + 20] ^ 0x01);
    QFile out(copy);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(changed);
    out.close();
    QFile::copy(m_package + QStringLiteral(".minisig"), copy + QStringLiteral(".minisig"));
    const QString path = headOfficeCopy(QStringLiteral("ho-tampered.sqlite"));
    Result<Database> ho = Database::open(path);
    Result<PackageImportResult> r = AuditPackage::importSigned(ho.value(), copy);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("tampered")), qPrintable(r.error()));
    QCOMPARE(ho->scalar(QStringLiteral("SELECT count(*) FROM audits"))->toInt(), 0);
    QVERIFY(!PackageVerifier::verify(&ho.value(), copy).isValid());
}

void TestSealedPackage::testNewRegisteredColumnIsSealedToo()
{
    // A column another feature registers as personal later is covered without code for it:
    // here interviews.department, registered in both stores and written sealed.
    QTemporaryDir dir;
    PersonalDataFixture auditor;
    QString error;
    QVERIFY2(
        auditor.create(dir.filePath(QStringLiteral("a.sqlite")), dir.filePath(QStringLiteral("files")), &error, 3, 1),
        qPrintable(error));
    const QString secret = QStringLiteral("Night team of supervisor Pham");
    for (Database* db : {&auditor.db}) {
        QVERIFY(db->exec(QStringLiteral("INSERT INTO personal_data_columns VALUES ('interviews', 'department', "
                                        "'test: identifies a small team')"))
                    .ok());
    }
    Result<Statement> set = auditor.db.prepare(QStringLiteral("UPDATE interviews SET department = ?1"));
    set->bind(1, auditor.protector->seal(secret));
    QVERIFY(set->exec());
    const QString hoPath = headOfficeCopy(QStringLiteral("ho-registry.sqlite"));
    Result<Database> ho = Database::open(hoPath);
    QVERIFY(
        ho->exec(QStringLiteral("INSERT INTO personal_data_columns VALUES ('interviews', 'department', 'test')")).ok());
    Result<BoxPublicKey> hoKey =
        BoxPublicKey::parse(EncryptionKeyStore::find(ho.value(), m_hoKeyId)->publicKey.toFile(QStringLiteral("HO")));
    QVERIFY(hoKey.ok());
    PackageExportOptions options;
    options.auditUuid = auditor.auditUuid;
    options.personal = PersonalDataMode::Seal;
    options.protector = auditor.protector.get();
    options.recipient = RecipientKey{QStringLiteral("HO"), hoKey.value()};
    const QString package = dir.filePath(QStringLiteral("r.fieldbook"));
    QVERIFY(AuditPackage::exportSigned(auditor.db, options, m_signer, QStringLiteral("Ana Lee"), package).ok());
    QVERIFY(!readFile(package).contains(secret.toUtf8()));
    Result<BoxKeyPair> key =
        EncryptionKeyStore::unlock(ho.value(), m_hoKeyId, QString::fromLatin1(kHeadOfficePassphrase));
    Result<std::unique_ptr<SodiumDataProtector>> data =
        SodiumDataProtector::unlockOrCreate(ho.value(), QStringLiteral("head office data key"));
    PackageImportOptions importOptions;
    importOptions.encryptionKey = &key.value();
    importOptions.protector = data.value().get();
    QVERIFY(AuditPackage::importSigned(ho.value(), package, importOptions).ok());
    Result<QVariant> stored = ho->scalar(QStringLiteral("SELECT department FROM interviews LIMIT 1"));
    QCOMPARE(data.value()->open(stored->toByteArray()).value_or(QString()), secret);
    // A store that does not list the column as personal refuses sealed data there rather than guess.
    const QString plainPath = headOfficeCopy(QStringLiteral("ho-unregistered.sqlite"));
    Result<Database> plain = Database::open(plainPath);
    Result<PackageImportResult> refused = AuditPackage::importSigned(plain.value(), package);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("not a personal-data column")), qPrintable(refused.error()));
}

void TestSealedPackage::testOmittedPackageKeepsFormat1()
{
    PackageExportOptions options;
    options.auditUuid = m_auditor.auditUuid;
    const QString path = m_dir.filePath(QStringLiteral("omitted.fieldbook"));
    QVERIFY(AuditPackage::exportSigned(m_auditor.db, options, m_signer, QStringLiteral("Ana Lee"), path).ok());
    Result<PackageContainer> c = PackageContainer::parse(readFile(path));
    QVERIFY(c.ok());
    QCOMPARE(c->formatVersion, 1);
    const QJsonObject audit = auditJson(path);
    QCOMPARE(audit.value(QStringLiteral("format_version")).toInt(), 1);
    QCOMPARE(audit.value(QStringLiteral("personal_data")).toString(), QStringLiteral("omitted"));
    QVERIFY(!audit.contains(QStringLiteral("personal_data_recipient")));
    QVERIFY(!readFile(path).contains("$sealed"));
    const QString hoPath = headOfficeCopy(QStringLiteral("ho-omitted.sqlite"));
    Result<Database> ho = Database::open(hoPath);
    Result<PackageImportResult> imported = AuditPackage::importSigned(ho.value(), path);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->personalData, QStringLiteral("omitted"));
    QCOMPARE(ho->scalar(QStringLiteral("SELECT count(*) FROM workers WHERE name IS NOT NULL"))->toInt(), 0);
    // The sealed package of the same audit, imported later, fills in what was missing (audit-trailed).
    Result<BoxKeyPair> key =
        EncryptionKeyStore::unlock(ho.value(), m_hoKeyId, QString::fromLatin1(kHeadOfficePassphrase));
    Result<std::unique_ptr<SodiumDataProtector>> data =
        SodiumDataProtector::unlockOrCreate(ho.value(), QStringLiteral("head office data key"));
    PackageImportOptions options2;
    options2.encryptionKey = &key.value();
    options2.protector = data.value().get();
    Result<PackageImportResult> sealed = AuditPackage::importSigned(ho.value(), m_package, options2);
    QVERIFY2(sealed.ok(), qPrintable(sealed.error()));
    QCOMPARE(sealed->conflicts, 0);
    QCOMPARE(sealed->personalFilled, 6); // interviews: worker_ref + notes, answers: free_text (x2)
    QCOMPARE(ho->scalar(QStringLiteral("SELECT count(*) FROM interviews WHERE notes IS NOT NULL"))->toInt(), 2);
    QCOMPARE(ho->scalar(QStringLiteral("SELECT count(*) FROM audit_trail WHERE entity = 'interviews' AND field = "
                                       "'notes' AND new_value LIKE '<%bytes>'"))
                 ->toInt(),
             2);
}

void TestSealedPackage::testSealingNeedsUnlockedData()
{
    Result<RecipientKey> recipient = EncryptionKeyStore::recipient(m_auditor.db, m_hoKeyId);
    PackageExportOptions options;
    options.auditUuid = m_auditor.auditUuid;
    options.personal = PersonalDataMode::Seal;
    options.recipient = recipient.value();
    Result<PackageContainer> locked = AuditPackage::build(m_auditor.db, options);
    QVERIFY(!locked.ok());
    QVERIFY2(locked.error().contains(QStringLiteral("locked")), qPrintable(locked.error()));
    options.recipient.reset();
    QVERIFY(!AuditPackage::build(m_auditor.db, options).ok());
}

FIELDBOOK_TEST_GUILESS_MAIN(TestSealedPackage)
#include "TestSealedPackage.moc"
