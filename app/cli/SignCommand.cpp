#include "app/cli/SignCommand.h"
#include "app/cli/CommandLine.h"
#include "app/cli/UnlockAuditorKey.h"
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
    int exitCode = ExitOk;
    std::optional<UnlockedAuditorKey> unlocked =
        unlockAuditorKey(context, db.value(), parser.value(key), parser.value(passFile), &exitCode);
    if (!unlocked) {
        return exitCode;
    }
    const AuditorKeyInfo* info = &unlocked->info;
    const SigningKeyPair& signingKey = unlocked->pair;
    const MinisignSignature signature =
        Minisign::sign(data, signingKey, Minisign::trustedComment(QFileInfo(path).fileName(), info->label));
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
