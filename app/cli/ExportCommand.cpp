#include "app/cli/ExportCommand.h"
#include "app/cli/CommandLine.h"
#include "app/cli/PassphraseInput.h"
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
    PackageExportOptions options;
    options.auditUuid = parser.value(audit);
    options.reportPdfPath = parser.value(report);
    if (Status s = AuditPackage::exportSigned(db.value(), options, pair.value(), info->label, parser.value(out)); !s) {
        context.err << s.error() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out << QCoreApplication::translate("Cli", "wrote %1 and %1.minisig, signed by %2 (%3)")
                       .arg(parser.value(out), info->label, info->publicKey.fingerprint())
                << Qt::endl;
    return ExitOk;
}

} // namespace fieldbook
