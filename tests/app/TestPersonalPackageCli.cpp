#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include "app/signing/SodiumDataProtector.h"
#include "database/Database.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace fieldbook;
using namespace fieldbook::test;

// The head-office workflow from fieldbook-cli alone: head office makes an encryption key, the
// auditor trusts it, exports with --personal seal --recipient, head office imports with and without
// its passphrase (locked, then reseal-personal). No command prints a name or an ID number.
class TestPersonalPackageCli : public QObject
{
    Q_OBJECT

private slots:
    void testHeadOfficeWorkflow();
    void testHelpNamesTheOptions();

private:
    QString write(const QString& name, const QByteArray& text);
    QTemporaryDir m_dir;
};

QString TestPersonalPackageCli::write(const QString& name, const QByteArray& text)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(text);
        // Passphrase files readable by others are refused.
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return path;
}

void TestPersonalPackageCli::testHeadOfficeWorkflow()
{
    const QString auditor = m_dir.filePath(QStringLiteral("auditor.sqlite"));
    const QString ho = m_dir.filePath(QStringLiteral("ho.sqlite"));
    const QString hoLocked = m_dir.filePath(QStringLiteral("ho-locked.sqlite"));
    const QString auditorPass = write(QStringLiteral("a.pass"), "auditor passphrase\n");
    const QString hoPass = write(QStringLiteral("h.pass"), "head office passphrase\n");
    QString out;
    QString err;
    auto cli = [&](const QString& db, QStringList args) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return runCli(args, &out, &err);
    };
    QStringList printed; // everything the commands printed, scanned for personal data at the end

    const QString hoPub = m_dir.filePath(QStringLiteral("ho.boxpub"));
    QCOMPARE(cli(ho, {"keygen", "--encryption", "--name", "Head office", "--out", hoPub, "--passphrase-file", hoPass}),
             0);
    const QString hoKey = QRegularExpression(QStringLiteral("key ([0-9A-F]{16})")).match(out).captured(1);
    QVERIFY2(!hoKey.isEmpty(), qPrintable(out));
    QFile::copy(ho, hoLocked);
    QCOMPARE(cli(auditor, {"trust", "--encryption", hoPub}), 0);
    QVERIFY2(out.contains(QStringLiteral("Head office")), qPrintable(out));
    QCOMPARE(cli(auditor, {"trust", "--encryption", m_dir.filePath(QStringLiteral("missing.pub"))}), 2);

    const QString anaPub = m_dir.filePath(QStringLiteral("ana.pub"));
    QCOMPARE(cli(auditor, {"keygen", "--name", "Ana Lee", "--out", anaPub, "--passphrase-file", auditorPass}), 0);
    const QString anaKey = QRegularExpression(QStringLiteral("key ([0-9A-F]{16})")).match(out).captured(1);
    QCOMPARE(cli(auditor, {"create-audit", "--facility", "Mekong Shoes", "--country", "VN", "--code", "rba"}), 0);
    const QString audit = QRegularExpression(QStringLiteral("[0-9a-f-]{36}")).match(out).captured(0);
    QVERIFY2(!audit.isEmpty(), qPrintable(out));
    const QString files = m_dir.filePath(QStringLiteral("factory"));
    QCOMPARE(runCli({"generate", "--out", files, "--workers", "15", "--days", "7"}, &out, &err), 0);
    QCOMPARE(cli(auditor,
                 {"import", "--audit", audit, "--records", files, "--seal-personal", "--passphrase-file", auditorPass}),
             0);
    QFile workersCsv(files + QStringLiteral("/workers.csv"));
    QVERIFY(workersCsv.open(QIODevice::ReadOnly));
    QStringList planted;
    workersCsv.readLine();
    while (!workersCsv.atEnd()) {
        const QStringList cells = QString::fromUtf8(workersCsv.readLine()).trimmed().split(QLatin1Char(','));
        planted << cells.at(3) << cells.last(); // id_number, name
    }
    QCOMPARE(planted.size(), 30);

    const QString package = m_dir.filePath(QStringLiteral("mekong.fieldbook"));
    QCOMPARE(cli(auditor, {"export", "--audit", audit, "--key", anaKey, "--out", package, "--personal", "seal"}), 1);
    QCOMPARE(cli(auditor, {"export", "--audit", audit, "--key", anaKey, "--out", package, "--personal", "seal",
                           "--recipient", hoKey, "--passphrase-file", auditorPass}),
             0);
    printed << out << err;
    QVERIFY2(out.contains(QStringLiteral("sealed for Head office")), qPrintable(out));
    QCOMPARE(runCli({"verify", package, "--pubkey", anaPub}, &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("personal data: sealed for encryption key ") + hoKey), qPrintable(out));

    // Locked import: works, values kept sealed; reseal-personal opens them later.
    QCOMPARE(cli(hoLocked, {"import-package", package, "--pubkey", anaPub}), 0);
    printed << out << err;
    QVERIFY2(out.contains(QStringLiteral("30 values kept sealed")), qPrintable(out));
    QCOMPARE(cli(hoLocked, {"reseal-personal", "--key", hoKey, "--passphrase-file", auditorPass}), 2); // wrong one
    QVERIFY2(err.contains(QStringLiteral("Wrong passphrase")), qPrintable(err));
    QCOMPARE(cli(hoLocked, {"reseal-personal", "--key", hoKey, "--passphrase-file", hoPass}), 0);
    printed << out << err;
    QVERIFY2(out.startsWith(QStringLiteral("30 personal values opened")), qPrintable(out));

    // Import with the passphrase: opened and sealed under head office's own data key.
    QCOMPARE(cli(ho, {"import-package", package, "--pubkey", anaPub, "--open-personal", "--passphrase-file", hoPass}),
             0);
    printed << out << err;
    QVERIFY2(out.contains(QStringLiteral("30 values opened")), qPrintable(out));
    QCOMPARE(cli(ho, {"import-package", package, "--pubkey", anaPub}), 0);
    QVERIFY2(out.contains(QStringLiteral("nothing changed")), qPrintable(out));
    {
        Result<Database> db = Database::open(ho);
        Result<std::unique_ptr<SodiumDataProtector>> key =
            SodiumDataProtector::unlock(db.value(), QStringLiteral("head office passphrase"));
        QVERIFY2(key.ok(), qPrintable(key.error()));
        Result<Statement> names =
            db->prepare(QStringLiteral("SELECT name, id_number FROM workers ORDER BY source_line"));
        QStringList back;
        while (names->step()) {
            // Opened on import and sealed again bound to the worker's row (audit uuid / worker id).
            QVERIFY(SodiumDataProtector::isBound(names->blob(0)) && SodiumDataProtector::isBound(names->blob(1)));
            QVERIFY(names->blob(0).contains(QByteArray("workers/name/" + audit.toUtf8() + "/")));
            back << key.value()->open(names->blob(1)).value_or(QString())
                 << key.value()->open(names->blob(0)).value_or(QString());
        }
        QCOMPARE(back, planted);
    }
    QCOMPARE(cli(ho, {"keys"}), 0);
    QVERIFY2(out.contains(QStringLiteral("(encryption)")), qPrintable(out));
    QCOMPARE(cli(auditor, {"keys"}), 0);
    QVERIFY2(out.contains(QStringLiteral("(trusted encryption)")), qPrintable(out));
    QCOMPARE(cli(ho, {"conflicts", "--audit", audit}), 0);
    printed << out;
    QVERIFY2(out.contains(QStringLiteral("No open sync conflicts")), qPrintable(out));
    const QString all = printed.join(QLatin1Char('\n'));
    for (const QString& value : planted) {
        QVERIFY2(!all.contains(value), qPrintable(value));
    }
}

void TestPersonalPackageCli::testHelpNamesTheOptions()
{
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("--help")}, &out, &err), 0);
    for (const char* command : {"conflicts", "resolve-conflict", "reseal-personal", "trust", "keygen"}) {
        QVERIFY2(out.contains(QLatin1String(command)), command);
    }
    const QList<QPair<QString, QStringList>> options = {
        {QStringLiteral("export"), {"--personal", "--recipient", "--data-passphrase-file"}},
        {QStringLiteral("import-package"), {"--open-personal", "--passphrase-file"}},
        {QStringLiteral("trust"), {"--encryption", "--pubkey"}},
        {QStringLiteral("keygen"), {"--encryption"}},
        {QStringLiteral("conflicts"), {"--audit", "--all", "--format"}},
        {QStringLiteral("resolve-conflict"), {"--keep"}},
    };
    for (const auto& [command, names] : options) {
        QCOMPARE(runCli({command, QStringLiteral("--help")}, &out, &err), 0);
        for (const QString& option : names) {
            QVERIFY2(out.contains(option), qPrintable(command + QLatin1Char(' ') + option));
        }
    }
}

FIELDBOOK_TEST_GUILESS_MAIN(TestPersonalPackageCli)
#include "TestPersonalPackageCli.moc"
