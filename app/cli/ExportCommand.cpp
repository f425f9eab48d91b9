#include "app/cli/ExportCommand.h"
#include "app/cli/CommandLine.h"
#include "app/cli/UnlockAuditorKey.h"
#include "app/cli/UnlockPersonalKeys.h"
#include "app/signing/EncryptionKeyStore.h"
#include "app/signing/KeyStore.h"
#include "app/sync/AuditPackage.h"
#include "database/Database.h"

#include <QCoreApplication>

namespace fieldbook {

QString ExportCommand::summary() const
{
    return QCoreApplication::translate("Cli", "export an audit as a signed package (.fieldbook + .minisig)");
}

int ExportCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption audit(QStringLiteral("audit"), QCoreApplication::translate("Cli", "audit uuid"),
                                   QStringLiteral("UUID"));
    const QCommandLineOption key(QStringLiteral("key"), QCoreApplication::translate("Cli", "signing key id"),
                                 QStringLiteral("KEY_ID"));
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("Cli", "package file to write"),
                                 QStringLiteral("FILE.fieldbook"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    QCoreApplication::translate("Cli", "PDF report to include"),
                                    QStringLiteral("REPORT.pdf"));
    const QCommandLineOption personal(
        QStringLiteral("personal"),
        QCoreApplication::translate("Cli", "personal data (worker names, ID numbers, interview texts): omit (the "
                                           "default) leaves it out; seal encrypts it to --recipient with "
                                           "crypto_box_seal (package format 2)"),
        QStringLiteral("omit|seal"), QStringLiteral("omit"));
    const QCommandLineOption recipient(
        QStringLiteral("recipient"),
        QCoreApplication::translate("Cli", "with --personal seal: the trusted encryption key (id or fingerprint) "
                                           "of head office, added with trust --encryption"),
        QStringLiteral("KEY_ID"));
    const QCommandLineOption omit(QStringLiteral("omit-personal"),
                                  QCoreApplication::translate("Cli", "same as --personal omit"));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"),
                                      QCoreApplication::translate("Cli", "read the passphrase from this file"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption dataPassFile(
        QStringLiteral("data-passphrase-file"),
        QCoreApplication::translate("Cli", "with --personal seal: the store's personal-data passphrase (default: "
                                           "as for the key: --passphrase-file, FIELDBOOK_PASSPHRASE or a prompt)"),
        QStringLiteral("FILE"));
    parser.addOptions({audit, key, out, report, personal, recipient, omit, passFile, dataPassFile});
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (!parser.isSet(audit) || !parser.isSet(key) || !parser.isSet(out)) {
        context.err << QCoreApplication::translate("Cli", "export needs --audit UUID, --key KEY_ID and --out FILE")
                    << Qt::endl;
        return ExitUsage;
    }
    const QString mode = parser.isSet(omit) ? QStringLiteral("omit") : parser.value(personal);
    if (mode != QLatin1String("omit") && mode != QLatin1String("seal")) {
        context.err << QCoreApplication::translate("Cli", "--personal is omit or seal, not \"%1\"").arg(mode)
                    << Qt::endl;
        return ExitUsage;
    }
    const bool seal = mode == QLatin1String("seal");
    if (seal != parser.isSet(recipient)) {
        context.err << QCoreApplication::translate("Cli", "--personal seal and --recipient KEY_ID go together")
                    << Qt::endl;
        return ExitUsage;
    }
    Result<Database> db = Database::open(context.storePath);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    PackageExportOptions options;
    options.auditUuid = parser.value(audit);
    options.reportPdfPath = parser.value(report);
    int exitCode = ExitOk;
    std::unique_ptr<SodiumDataProtector> protector;
    if (seal) {
        Result<RecipientKey> to = EncryptionKeyStore::recipient(db.value(), parser.value(recipient));
        if (!to) {
            context.err << to.error() << Qt::endl;
            return ExitInvalidInput;
        }
        options.personal = PersonalDataMode::Seal;
        options.recipient = to.value();
        // A store without a data key holds no personal data to seal.
        if (SodiumDataProtector::hasDataKey(db.value())) {
            protector = unlockDataKey(context, db.value(),
                                      parser.isSet(dataPassFile) ? parser.value(dataPassFile) : parser.value(passFile),
                                      false, &exitCode);
            if (!protector) {
                return exitCode;
            }
            options.protector = protector.get();
        }
    }
    std::optional<UnlockedAuditorKey> unlocked =
        unlockAuditorKey(context, db.value(), parser.value(key), parser.value(passFile), &exitCode);
    if (!unlocked) {
        return exitCode;
    }
    const AuditorKeyInfo* info = &unlocked->info;
    const SigningKeyPair& signingKey = unlocked->pair;
    if (Status s = AuditPackage::exportSigned(db.value(), options, signingKey, info->label, parser.value(out)); !s) {
        context.err << s.error() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out << QCoreApplication::translate("Cli", "wrote %1 and %1.minisig, signed by %2 (%3)")
                       .arg(parser.value(out), info->label, info->publicKey.fingerprint())
                << Qt::endl;
    if (seal) {
        context.out << QCoreApplication::translate("Cli", "personal data sealed for %1 (%2)")
                           .arg(options.recipient->label, options.recipient->publicKey.fingerprint())
                    << Qt::endl;
    } else {
        context.out << QCoreApplication::translate("Cli", "personal data left out") << Qt::endl;
    }
    return ExitOk;
}

} // namespace fieldbook
