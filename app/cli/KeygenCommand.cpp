#include "app/cli/KeygenCommand.h"
#include "app/cli/CommandLine.h"
#include "app/cli/PassphraseInput.h"
#include "app/signing/EncryptionKeyStore.h"
#include "app/signing/KeyStore.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace fieldbook {

QString KeygenCommand::summary() const
{
    return QCoreApplication::translate("Cli", "create an auditor signing key, or with --encryption head office's "
                                              "encryption key (passphrase-protected)");
}

namespace {

bool writeFile(CliContext& context, const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        context.err << QCoreApplication::translate("Cli", "%1: cannot write: %2").arg(path, file.errorString())
                    << Qt::endl;
        return false;
    }
    return true;
}

int createEncryptionKey(CliContext& context, const Database& db, const QString& name, const QString& passphrase,
                        const QString& out)
{
    Result<EncryptionKeyInfo> key = EncryptionKeyStore::create(db, name, passphrase);
    if (!key) {
        context.err << key.error() << Qt::endl;
        return ExitInvalidInput;
    }
    if (!out.isEmpty() && !writeFile(context, out, key->publicKey.toFile(key->label))) {
        return ExitInvalidInput;
    }
    context.out
        << QCoreApplication::translate("Cli", "encryption key %1 for %2").arg(key->publicKey.keyIdHex(), key->label)
        << Qt::endl
        << QCoreApplication::translate("Cli", "fingerprint: %1").arg(key->publicKey.fingerprint()) << Qt::endl;
    return ExitOk;
}

} // namespace

int KeygenCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), QCoreApplication::translate("Cli", "the auditor's name"),
                                  QStringLiteral("NAME"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("Cli", "write the minisign public key to this file"),
                                 QStringLiteral("KEY.pub"));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"),
                                      QCoreApplication::translate("Cli", "read the passphrase from this file"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption encryption(
        QStringLiteral("encryption"),
        QCoreApplication::translate("Cli", "create an encryption key pair (X25519) for receiving personal data in "
                                           "packages: for head office or a team lead; --out writes its public key "
                                           "file for auditors to trust"));
    parser.addOptions({name, out, passFile, encryption});
    if (auto exit = parseCommandLine(parser, context, this->name(), summary())) {
        return *exit;
    }
    if (!parser.isSet(name)) {
        context.err << QCoreApplication::translate("Cli", "keygen needs --name") << Qt::endl;
        return ExitUsage;
    }
    Result<QString> passphrase =
        readPassphrase(parser.value(passFile), QCoreApplication::translate("Cli", "Passphrase for the new key: "));
    if (!passphrase) {
        context.err << passphrase.error() << Qt::endl;
        return ExitUsage;
    }
    Result<Database> db = Database::open(context.storePath);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    if (parser.isSet(encryption)) {
        return createEncryptionKey(context, db.value(), parser.value(name), passphrase.value(), parser.value(out));
    }
    Result<AuditorKeyInfo> key = KeyStore::create(db.value(), parser.value(name), passphrase.value());
    if (!key) {
        context.err << key.error() << Qt::endl;
        return ExitInvalidInput;
    }
    if (parser.isSet(out) && !writeFile(context, parser.value(out), key->publicKey.toFile())) {
        return ExitInvalidInput;
    }
    context.out << QCoreApplication::translate("Cli", "key %1 for %2").arg(key->publicKey.keyIdHex(), key->label)
                << Qt::endl
                << QCoreApplication::translate("Cli", "fingerprint: %1").arg(key->publicKey.fingerprint()) << Qt::endl;
    return ExitOk;
}

} // namespace fieldbook
