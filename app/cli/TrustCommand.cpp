#include "app/cli/TrustCommand.h"
#include "app/cli/CommandLine.h"
#include "app/signing/EncryptionKeyStore.h"
#include "app/signing/KeyStore.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace fieldbook {

QString TrustCommand::summary() const
{
    return QCoreApplication::translate("Cli", "trust a signing key (verifies packages) or head office's encryption "
                                              "key (personal data in packages is sealed to it)");
}

int TrustCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption pubkey(QStringLiteral("pubkey"),
                                    QCoreApplication::translate("Cli", "minisign public key file"),
                                    QStringLiteral("KEY.pub"));
    const QCommandLineOption label(QStringLiteral("label"), QCoreApplication::translate("Cli", "whose key it is"),
                                   QStringLiteral("LABEL"));
    const QCommandLineOption encryption(
        QStringLiteral("encryption"),
        QCoreApplication::translate("Cli", "head office's encryption public key file (fieldbook-cli keygen "
                                           "--encryption); the label defaults to the name in the file"),
        QStringLiteral("FILE"));
    parser.addOptions({pubkey, encryption, label});
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (parser.isSet(pubkey) == parser.isSet(encryption) || (parser.isSet(pubkey) && !parser.isSet(label))) {
        context.err << QCoreApplication::translate(
                           "Cli", "trust needs --pubkey KEY.pub --label LABEL, or --encryption FILE [--label LABEL]")
                    << Qt::endl;
        return ExitUsage;
    }
    QFile file(parser.isSet(pubkey) ? parser.value(pubkey) : parser.value(encryption));
    if (!file.open(QIODevice::ReadOnly)) {
        context.err
            << QCoreApplication::translate("Cli", "%1: cannot read: %2").arg(file.fileName(), file.errorString())
            << Qt::endl;
        return ExitInvalidInput;
    }
    const QByteArray text = file.readAll();
    Result<Database> db = Database::open(context.storePath);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    if (parser.isSet(encryption)) {
        Result<BoxPublicKey> key = BoxPublicKey::parse(text, QFileInfo(file).fileName());
        if (!key) {
            context.err << key.error() << Qt::endl;
            return ExitInvalidInput;
        }
        const QString who = parser.isSet(label) ? parser.value(label) : BoxPublicKey::labelInFile(text);
        if (who.trimmed().isEmpty()) {
            context.err << QCoreApplication::translate("Cli", "The key file names nobody: give --label LABEL")
                        << Qt::endl;
            return ExitUsage;
        }
        if (Status s = EncryptionKeyStore::trust(db.value(), key.value(), who); !s) {
            context.err << s.error() << Qt::endl;
            return ExitStoreError;
        }
        context.out << QCoreApplication::translate("Cli", "trusted encryption key %1 (%2)").arg(key->fingerprint(), who)
                    << Qt::endl;
        return ExitOk;
    }
    Result<MinisignPublicKey> key = MinisignPublicKey::parse(text, QFileInfo(file).fileName());
    if (!key) {
        context.err << key.error() << Qt::endl;
        return ExitInvalidInput;
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
