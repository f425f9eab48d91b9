#include "app/cli/KeygenCommand.h"
#include "app/cli/CommandLine.h"
#include "app/cli/PassphraseInput.h"
#include "app/signing/KeyStore.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace fieldbook {

QString KeygenCommand::summary() const
{
    return QCoreApplication::translate("Cli", "create an auditor signing key (passphrase-protected)");
}

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
    parser.addOptions({name, out, passFile});
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
    Result<AuditorKeyInfo> key = KeyStore::create(db.value(), parser.value(name), passphrase.value());
    if (!key) {
        context.err << key.error() << Qt::endl;
        return ExitInvalidInput;
    }
    if (parser.isSet(out)) {
        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly) || file.write(key->publicKey.toFile()) < 0 || !file.commit()) {
            context.err
                << QCoreApplication::translate("Cli", "%1: cannot write: %2").arg(parser.value(out), file.errorString())
                << Qt::endl;
            return ExitInvalidInput;
        }
    }
    context.out << QCoreApplication::translate("Cli", "key %1 for %2").arg(key->publicKey.keyIdHex(), key->label)
                << Qt::endl
                << QCoreApplication::translate("Cli", "fingerprint: %1").arg(key->publicKey.fingerprint()) << Qt::endl;
    return ExitOk;
}

} // namespace fieldbook
