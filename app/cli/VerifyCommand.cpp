#include "app/cli/VerifyCommand.h"
#include "app/cli/CommandLine.h"
#include "app/signing/KeyStore.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace fieldbook {

QString VerifyCommand::summary() const
{
    return QCoreApplication::translate("Cli", "verify a signed package or report (FILE.minisig)");
}

int VerifyCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Cli", "package or report"));
    const QCommandLineOption pubkey(QStringLiteral("pubkey"),
                                    QCoreApplication::translate("Cli", "minisign public key file (default: a key the "
                                                                       "store knows)"),
                                    QStringLiteral("KEY_FILE"));
    const QCommandLineOption sigFile(QStringLiteral("signature"),
                                     QCoreApplication::translate("Cli", "signature file (default: FILE.minisig)"),
                                     QStringLiteral("SIG_FILE"));
    parser.addOptions({pubkey, sigFile});
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << QCoreApplication::translate("Cli", "verify needs exactly one FILE") << Qt::endl;
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    const QString sigPath = parser.isSet(sigFile) ? parser.value(sigFile) : path + QStringLiteral(".minisig");
    QFile file(path);
    QFile sig(sigPath);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << QCoreApplication::translate("Cli", "%1: cannot read: %2").arg(path, file.errorString())
                    << Qt::endl;
        return ExitInvalidInput;
    }
    if (!sig.open(QIODevice::ReadOnly)) {
        context.err
            << QCoreApplication::translate("Cli", "%1: cannot read the signature: %2").arg(sigPath, sig.errorString())
            << Qt::endl;
        return ExitInvalidInput;
    }
    Result<MinisignSignature> signature = MinisignSignature::parse(sig.readAll(), QFileInfo(sigPath).fileName());
    if (!signature) {
        context.err << signature.error() << Qt::endl;
        context.out << QCoreApplication::translate("Cli", "INVALID") << Qt::endl;
        return ExitVerificationFailed;
    }
    Result<MinisignPublicKey> key = Result<MinisignPublicKey>::failure(QString());
    if (parser.isSet(pubkey)) {
        QFile keyFile(parser.value(pubkey));
        if (!keyFile.open(QIODevice::ReadOnly)) {
            context.err << QCoreApplication::translate("Cli", "%1: cannot read: %2")
                               .arg(keyFile.fileName(), keyFile.errorString())
                        << Qt::endl;
            return ExitInvalidInput;
        }
        key = MinisignPublicKey::parse(keyFile.readAll(), QFileInfo(keyFile).fileName());
    } else {
        Result<Database> db = Database::open(context.storePath);
        if (!db) {
            context.err << db.error() << Qt::endl;
            return ExitStoreError;
        }
        key = KeyStore::verificationKey(db.value(), signature->keyId);
    }
    if (!key) {
        context.err << key.error() << Qt::endl;
        return ExitInvalidInput;
    }
    const MinisignPublicKey signer{signature->keyId, {}};
    const Status valid = Minisign::verify(file.readAll(), signature.value(), key.value());
    context.out << QCoreApplication::translate("Cli", "file:    %1").arg(path) << Qt::endl
                << QCoreApplication::translate("Cli", "signer:  key %1").arg(signer.fingerprint()) << Qt::endl
                << QCoreApplication::translate("Cli", "comment: %1").arg(signature->trustedComment) << Qt::endl;
    const QDateTime when = Minisign::timestampOf(signature->trustedComment);
    if (when.isValid()) {
        context.out << QCoreApplication::translate("Cli", "signed:  %1").arg(when.toString(Qt::ISODate)) << Qt::endl;
    }
    if (!valid) {
        context.out << QCoreApplication::translate("Cli", "INVALID: %1").arg(valid.error()) << Qt::endl;
        return ExitVerificationFailed;
    }
    context.out << QCoreApplication::translate("Cli", "VALID") << Qt::endl;
    return ExitOk;
}

} // namespace fieldbook
