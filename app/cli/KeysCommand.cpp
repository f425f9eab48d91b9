#include "app/cli/KeysCommand.h"
#include "app/cli/CommandLine.h"
#include "app/signing/KeyStore.h"
#include "database/Database.h"

#include <QCoreApplication>

namespace fieldbook {

QString KeysCommand::summary() const
{
    return QCoreApplication::translate("Cli", "list the auditor keys in the store");
}

int KeysCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption pub(QStringLiteral("public-key"),
                                 QCoreApplication::translate("Cli", "print this key's minisign public key"),
                                 QStringLiteral("KEY_ID"));
    parser.addOption(pub);
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    Result<Database> db = Database::open(context.storePath);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    if (parser.isSet(pub)) {
        Result<AuditorKeyInfo> key = KeyStore::find(db.value(), parser.value(pub));
        if (!key) {
            context.err << key.error() << Qt::endl;
            return ExitInvalidInput;
        }
        context.out << QString::fromUtf8(key->publicKey.toFile());
        return ExitOk;
    }
    Result<QList<AuditorKeyInfo>> keys = KeyStore::list(db.value());
    if (!keys) {
        context.err << keys.error() << Qt::endl;
        return ExitStoreError;
    }
    for (const AuditorKeyInfo& k : keys.value()) {
        context.out << k.publicKey.keyIdHex() << "  " << k.publicKey.fingerprint() << "  " << k.label << "  "
                    << k.createdAt << Qt::endl;
    }
    return ExitOk;
}

} // namespace fieldbook
