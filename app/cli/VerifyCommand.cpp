#include "app/cli/VerifyCommand.h"
#include "app/cli/CommandLine.h"
#include "app/sync/PackageVerifier.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <optional>

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
    // The store is needed when no key file is given; with a key file it is still consulted when
    // it exists, so that a key the store knows is named by its label and its revocation applies.
    std::optional<Database> db;
    if (!parser.isSet(pubkey) || QFile::exists(context.storePath)) {
        Result<Database> opened = Database::open(context.storePath);
        if (opened) {
            db = opened.take();
        } else if (!parser.isSet(pubkey)) {
            context.err << opened.error() << Qt::endl;
            return ExitStoreError;
        }
    }
    const PackageVerification v =
        PackageVerifier::verify(db ? &*db : nullptr, path, parser.value(pubkey), parser.value(sigFile));
    using Outcome = PackageVerification::Outcome;
    if (v.outcome == Outcome::Unreadable || v.outcome == Outcome::UnknownKey) {
        context.err << v.reason << Qt::endl;
        return ExitInvalidInput;
    }
    if (v.keyIdHex.isEmpty()) { // the signature file itself is not valid
        context.err << v.reason << Qt::endl;
        context.out << QCoreApplication::translate("Cli", "INVALID") << Qt::endl;
        return ExitVerificationFailed;
    }
    context.out << QCoreApplication::translate("Cli", "file:    %1").arg(path) << Qt::endl
                << QCoreApplication::translate("Cli", "signer:  key %1").arg(v.fingerprint) << Qt::endl
                << QCoreApplication::translate("Cli", "key:     %1")
                       .arg(v.signer.isEmpty()
                                ? QCoreApplication::translate("Cli", "key file given (no store consulted)")
                                : v.signer)
                << Qt::endl
                << QCoreApplication::translate("Cli", "comment: %1").arg(v.trustedComment) << Qt::endl;
    if (v.signedAt.isValid()) {
        context.out << QCoreApplication::translate("Cli", "signed:  %1").arg(v.signedAt.toString(Qt::ISODate))
                    << Qt::endl;
    }
    if (!v.isValid()) {
        context.out << QCoreApplication::translate("Cli", "INVALID: %1").arg(v.reason) << Qt::endl;
        return ExitVerificationFailed;
    }
    if (v.isPackage) {
        const QString personal = v.personalData == QLatin1String("sealed")
                                     ? QCoreApplication::translate("Cli", "sealed for encryption key %1 (%2)")
                                           .arg(v.recipientKeyId, v.recipientLabel)
                                     : QCoreApplication::translate("Cli", "left out");
        context.out << QCoreApplication::translate("Cli", "package: format %1, audit %2, %3 evidence file(s)%4")
                           .arg(v.formatVersion)
                           .arg(v.auditUuid)
                           .arg(v.evidenceFiles)
                           .arg(v.hasReport ? QCoreApplication::translate("Cli", ", PDF report") : QString())
                    << Qt::endl
                    << QCoreApplication::translate("Cli", "personal data: %1").arg(personal) << Qt::endl;
    }
    context.out << QCoreApplication::translate("Cli", "VALID") << Qt::endl;
    return ExitOk;
}

} // namespace fieldbook
