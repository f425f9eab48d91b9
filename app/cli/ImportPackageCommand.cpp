#include "app/cli/ImportPackageCommand.h"
#include "app/cli/CommandLine.h"
#include "app/cli/UnlockPersonalKeys.h"
#include "app/sync/AuditPackage.h"
#include "app/sync/PackageVerifier.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace fieldbook {

QString ImportPackageCommand::summary() const
{
    return QCoreApplication::translate("Cli", "verify a package, then merge it into the store (conflicting edits "
                                              "are kept for review: see conflicts)");
}

int ImportPackageCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Cli", "package (.fieldbook)"));
    const QCommandLineOption pubkey(QStringLiteral("pubkey"),
                                    QCoreApplication::translate("Cli", "signer's minisign public key (default: a key "
                                                                       "the store trusts)"),
                                    QStringLiteral("KEY_FILE"));
    const QCommandLineOption openPersonal(
        QStringLiteral("open-personal"),
        QCoreApplication::translate("Cli", "open the personal data sealed for this store's encryption key (asks "
                                           "for its passphrase) and seal it under the store's personal-data key "
                                           "(created on first use); without it the values stay sealed, locked"));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"),
                                      QCoreApplication::translate("Cli", "with --open-personal: the encryption "
                                                                         "key's passphrase from this file"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption dataPassFile(
        QStringLiteral("data-passphrase-file"),
        QCoreApplication::translate("Cli", "with --open-personal: the store's personal-data passphrase (default: "
                                           "as for the encryption key)"),
        QStringLiteral("FILE"));
    parser.addOptions({pubkey, openPersonal, passFile, dataPassFile});
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << QCoreApplication::translate("Cli", "import-package needs exactly one FILE") << Qt::endl;
        return ExitUsage;
    }
    std::optional<MinisignPublicKey> key;
    if (parser.isSet(pubkey)) {
        QFile f(parser.value(pubkey));
        if (!f.open(QIODevice::ReadOnly)) {
            context.err << QCoreApplication::translate("Cli", "%1: cannot read: %2").arg(f.fileName(), f.errorString())
                        << Qt::endl;
            return ExitInvalidInput;
        }
        Result<MinisignPublicKey> parsed = MinisignPublicKey::parse(f.readAll(), QFileInfo(f).fileName());
        if (!parsed) {
            context.err << parsed.error() << Qt::endl;
            return ExitInvalidInput;
        }
        key = parsed.value();
    }
    Result<Database> db = Database::open(context.storePath);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    const QString path = parser.positionalArguments().first();
    PackageImportOptions options;
    options.publicKey = key ? &*key : nullptr;
    std::unique_ptr<SodiumDataProtector> protector;
    std::optional<BoxKeyPair> encryptionKey;
    if (parser.isSet(openPersonal)) {
        // Verify before asking for any passphrase: the package names the key it is sealed for.
        const PackageVerification v = PackageVerifier::verify(&db.value(), path, parser.value(pubkey));
        if (!v.isValid()) {
            context.err << QCoreApplication::translate("Cli", "%1: refused: %2").arg(path, v.reason) << Qt::endl;
            return v.outcome == PackageVerification::Outcome::Unreadable ? ExitInvalidInput : ExitVerificationFailed;
        }
        if (v.personalData == QLatin1String("sealed")) {
            int exitCode = ExitOk;
            encryptionKey =
                unlockEncryptionKey(context, db.value(), v.recipientKeyId, parser.value(passFile), &exitCode);
            if (!encryptionKey) {
                return exitCode;
            }
            protector = unlockDataKey(context, db.value(),
                                      parser.isSet(dataPassFile) ? parser.value(dataPassFile) : parser.value(passFile),
                                      true, &exitCode);
            if (!protector) {
                return exitCode;
            }
            options.encryptionKey = &*encryptionKey;
            options.protector = protector.get();
        }
    }
    Result<PackageImportResult> imported = AuditPackage::importSigned(db.value(), path, options);
    if (!imported) {
        context.err << imported.error() << Qt::endl;
        return imported.error().contains(QStringLiteral("refused")) ? ExitVerificationFailed : ExitInvalidInput;
    }
    if (imported->oneTimeKey) {
        // Loud: a key file that came along with the package proves nothing about who made it.
        context.err << QCoreApplication::translate(
                           "Cli", "WARNING: verified with a one-time key given with --pubkey, not with a key this "
                                  "store trusts.\nWARNING: key id %1, fingerprint %2. Compare the fingerprint with "
                                  "the signer by phone or in person; a key file sent with the package proves "
                                  "nothing.\nWARNING: to trust it from now on: fieldbook-cli trust --pubkey KEY.pub "
                                  "--label NAME")
                           .arg(imported->signerKeyId, imported->signerFingerprint)
                    << Qt::endl;
    }
    context.out << QCoreApplication::translate("Cli", "signed with: %1 (key %2)")
                       .arg(imported->signer, imported->signerFingerprint)
                << Qt::endl;
    if (imported->alreadyImported) {
        context.out << QCoreApplication::translate("Cli", "already imported: nothing changed") << Qt::endl;
        if (imported->resealed > 0) {
            context.out << QCoreApplication::translate("Cli", "personal data of earlier imports opened: %1 values")
                               .arg(imported->resealed)
                        << Qt::endl;
        }
        return ExitOk;
    }
    context.out << QCoreApplication::translate("Cli", "audit %1: %2 rows added, %3 unchanged, %4 conflicting edits "
                                                      "kept for review (sync_conflicts)")
                       .arg(imported->auditUuid)
                       .arg(imported->inserted)
                       .arg(imported->unchanged)
                       .arg(imported->conflicts)
                << Qt::endl;
    if (imported->deletedHere > 0) {
        context.out << QCoreApplication::translate("Cli", "not brought back: %1 rows deleted in this store since")
                           .arg(imported->deletedHere)
                    << Qt::endl;
    }
    if (imported->deletionsNotApplied > 0) {
        context.out << QCoreApplication::translate("Cli", "kept: %1 rows the package's author deleted are still here; "
                                                          "each is a conflict (field \"(deleted)\") to resolve")
                           .arg(imported->deletionsNotApplied)
                    << Qt::endl;
    }
    for (const QString& renamed : std::as_const(imported->renamed)) {
        context.out << QCoreApplication::translate("Cli", "renumbered: %1").arg(renamed) << Qt::endl;
    }
    // Counts only: personal values never appear in the output.
    if (imported->personalData == QLatin1String("opened")) {
        context.out << QCoreApplication::translate("Cli", "personal data: %1 values opened and sealed with this "
                                                          "store's key")
                           .arg(imported->personalOpened + imported->resealed)
                    << Qt::endl;
    } else if (imported->personalData == QLatin1String("kept_sealed")) {
        context.out << QCoreApplication::translate("Cli", "personal data: %1 values kept sealed for encryption key "
                                                          "%2 (locked); open them with --open-personal or "
                                                          "reseal-personal")
                           .arg(imported->personalKeptSealed)
                           .arg(imported->recipientKeyId)
                    << Qt::endl;
    } else if (imported->personalData == QLatin1String("other_recipient")) {
        context.out << QCoreApplication::translate("Cli", "personal data: sealed for encryption key %1, which this "
                                                          "store does not have: left out")
                           .arg(imported->recipientKeyId)
                    << Qt::endl;
    } else {
        context.out << QCoreApplication::translate("Cli", "personal data: not in the package") << Qt::endl;
    }
    return ExitOk;
}

} // namespace fieldbook
