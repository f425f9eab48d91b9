#include "app/cli/TrustCommand.h"
#include "app/cli/CommandLine.h"
#include "app/signing/KeyStore.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace fieldbook {

QString TrustCommand::summary() const
{
    return QCoreApplication::translate("Cli", "trust a minisign public key for verifying packages");
}

int TrustCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption pubkey(QStringLiteral("pubkey"),
                                    QCoreApplication::translate("Cli", "minisign public key file"),
                                    QStringLiteral("KEY.pub"));
    const QCommandLineOption label(QStringLiteral("label"), QCoreApplication::translate("Cli", "whose key it is"),
                                   QStringLiteral("LABEL"));
    parser.addOptions({pubkey, label});
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (!parser.isSet(pubkey) || !parser.isSet(label)) {
        context.err << QCoreApplication::translate("Cli", "trust needs --pubkey KEY.pub and --label LABEL") << Qt::endl;
        return ExitUsage;
    }
    QFile file(parser.value(pubkey));
    if (!file.open(QIODevice::ReadOnly)) {
        context.err
            << QCoreApplication::translate("Cli", "%1: cannot read: %2").arg(file.fileName(), file.errorString())
            << Qt::endl;
        return ExitInvalidInput;
    }
    Result<MinisignPublicKey> key = MinisignPublicKey::parse(file.readAll(), QFileInfo(file).fileName());
    if (!key) {
        context.err << key.error() << Qt::endl;
        return ExitInvalidInput;
    }
    Result<Database> db = Database::open(context.storePath);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    if (Status s = KeyStore::trust(db.value(), key.value(), parser.value(label)); !s) {
        context.err << s.error() << Qt::endl;
        return ExitStoreError;
    }
    context.out << QCoreApplication::translate("Cli", "trusted %1 (%2)").arg(key->fingerprint(), parser.value(label))
                << Qt::endl;
    return ExitOk;
}

} // namespace fieldbook
