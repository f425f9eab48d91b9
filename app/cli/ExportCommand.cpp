#include "app/cli/ExportCommand.h"
#include "app/cli/CommandLine.h"
#include "app/cli/UnlockAuditorKey.h"
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
    const QCommandLineOption omit(QStringLiteral("omit-personal"),
                                  QCoreApplication::translate("Cli", "leave personal data out (the only mode of "
                                                                     "package format 1)"));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"),
                                      QCoreApplication::translate("Cli", "read the passphrase from this file"),
                                      QStringLiteral("FILE"));
    parser.addOptions({audit, key, out, report, omit, passFile});
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (!parser.isSet(audit) || !parser.isSet(key) || !parser.isSet(out)) {
        context.err << QCoreApplication::translate("Cli", "export needs --audit UUID, --key KEY_ID and --out FILE")
                    << Qt::endl;
        return ExitUsage;
    }
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
    PackageExportOptions options;
    options.auditUuid = parser.value(audit);
    options.reportPdfPath = parser.value(report);
    if (Status s = AuditPackage::exportSigned(db.value(), options, signingKey, info->label, parser.value(out)); !s) {
        context.err << s.error() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out << QCoreApplication::translate("Cli", "wrote %1 and %1.minisig, signed by %2 (%3)")
                       .arg(parser.value(out), info->label, info->publicKey.fingerprint())
                << Qt::endl;
    return ExitOk;
}

} // namespace fieldbook
