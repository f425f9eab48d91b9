#include "app/cli/ImportPackageCommand.h"
#include "app/cli/CommandLine.h"
#include "app/sync/AuditPackage.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace fieldbook {

QString ImportPackageCommand::summary() const
{
    return QCoreApplication::translate("Cli", "verify a package, then merge it into the store");
}

int ImportPackageCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Cli", "package (.fieldbook)"));
    const QCommandLineOption pubkey(QStringLiteral("pubkey"),
                                    QCoreApplication::translate("Cli", "signer's minisign public key (default: a key "
                                                                       "the store trusts)"),
                                    QStringLiteral("KEY_FILE"));
    parser.addOption(pubkey);
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
    Result<PackageImportResult> imported =
        AuditPackage::importSigned(db.value(), parser.positionalArguments().first(), key ? &*key : nullptr);
    if (!imported) {
        context.err << imported.error() << Qt::endl;
        return imported.error().contains(QStringLiteral("refused")) ? ExitVerificationFailed : ExitInvalidInput;
    }
    if (imported->alreadyImported) {
        context.out << QCoreApplication::translate("Cli", "already imported: nothing changed") << Qt::endl;
        return ExitOk;
    }
    context.out << QCoreApplication::translate("Cli", "audit %1: %2 rows added, %3 unchanged, %4 conflicting edits "
                                                      "kept for review (sync_conflicts)")
                       .arg(imported->auditUuid)
                       .arg(imported->inserted)
                       .arg(imported->unchanged)
                       .arg(imported->conflicts)
                << Qt::endl;
    return ExitOk;
}

} // namespace fieldbook
