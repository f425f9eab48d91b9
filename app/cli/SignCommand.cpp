#include "app/cli/SignCommand.h"
#include "app/cli/CommandLine.h"
#include "app/cli/PassphraseInput.h"
#include "app/signing/KeyStore.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace fieldbook {

QString SignCommand::summary() const
{
    return QCoreApplication::translate("Cli", "sign a file (minisign-compatible FILE.minisig)");
}

int SignCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Cli", "file to sign"));
    const QCommandLineOption key(QStringLiteral("key"), QCoreApplication::translate("Cli", "auditor key id"),
                                 QStringLiteral("KEY_ID"));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"),
                                      QCoreApplication::translate("Cli", "read the passphrase from this file"),
                                      QStringLiteral("FILE"));
    parser.addOptions({key, passFile});
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(key)) {
        context.err << QCoreApplication::translate("Cli", "sign needs a FILE and --key KEY_ID") << Qt::endl;
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << QCoreApplication::translate("Cli", "%1: cannot read: %2").arg(path, file.errorString())
                    << Qt::endl;
        return ExitInvalidInput;
    }
    const QByteArray data = file.readAll();
    Result<Database> db = Database::open(context.storePath);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    Result<AuditorKeyInfo> info = KeyStore::find(db.value(), parser.value(key));
    if (!info) {
        context.err << info.error() << Qt::endl;
        return ExitInvalidInput;
    }
    Result<QString> passphrase = readPassphrase(
        parser.value(passFile), QCoreApplication::translate("Cli", "Passphrase for %1: ").arg(info->label));
    if (!passphrase) {
        context.err << passphrase.error() << Qt::endl;
        return ExitUsage;
    }
    Result<SigningKeyPair> pair = KeyStore::unlock(db.value(), parser.value(key), passphrase.value());
    if (!pair) {
        context.err << pair.error() << Qt::endl;
        return ExitInvalidInput;
    }
    const MinisignSignature signature =
        Minisign::sign(data, pair.value(), Minisign::trustedComment(QFileInfo(path).fileName(), info->label));
    QSaveFile out(path + QStringLiteral(".minisig"));
    if (!out.open(QIODevice::WriteOnly) || out.write(signature.toFile()) < 0 || !out.commit()) {
        context.err << QCoreApplication::translate("Cli", "%1: cannot write the signature: %2")
                           .arg(out.fileName(), out.errorString())
                    << Qt::endl;
        return ExitInvalidInput;
    }
    context.out << QCoreApplication::translate("Cli", "signed %1 -> %2").arg(path, out.fileName()) << Qt::endl;
    return ExitOk;
}

} // namespace fieldbook
