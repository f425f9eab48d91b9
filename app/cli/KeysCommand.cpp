#include "app/cli/KeysCommand.h"
#include "app/cli/CommandLine.h"
#include "app/signing/EncryptionKeyStore.h"
#include "app/signing/KeyStore.h"
#include "database/Database.h"

#include <QCoreApplication>

namespace fieldbook {

QString KeysCommand::summary() const
{
    return QCoreApplication::translate("Cli", "list the store's signing and encryption keys and the keys it trusts");
}

int KeysCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption pub(QStringLiteral("public-key"),
                                 QCoreApplication::translate("Cli", "print this key's public key file (minisign "
                                                                    "format for a signing key)"),
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
        if (Result<AuditorKeyInfo> key = KeyStore::find(db.value(), parser.value(pub))) {
            context.out << QString::fromUtf8(key->publicKey.toFile());
            return ExitOk;
        }
        Result<EncryptionKeyInfo> box = EncryptionKeyStore::find(db.value(), parser.value(pub));
        if (!box) {
            context.err << QCoreApplication::translate("Cli", "No key %1 in this store.").arg(parser.value(pub))
                        << Qt::endl;
            return ExitInvalidInput;
        }
        context.out << QString::fromUtf8(box->publicKey.toFile(box->label));
        return ExitOk;
    }
    Result<QList<AuditorKeyInfo>> keys = KeyStore::list(db.value());
    Result<QList<EncryptionKeyInfo>> boxes = EncryptionKeyStore::list(db.value());
    Result<QList<TrustedKeyInfo>> trusted = KeyStore::trustedKeys(db.value());
    if (!keys || !boxes || !trusted) {
        context.err << (!keys ? keys.error() : !boxes ? boxes.error() : trusted.error()) << Qt::endl;
        return ExitStoreError;
    }
    // Signing keys first, one per line as before (scripts read the first column).
    for (const AuditorKeyInfo& k : keys.value()) {
        context.out << k.publicKey.keyIdHex() << "  " << k.publicKey.fingerprint() << "  " << k.label << "  "
                    << k.createdAt << Qt::endl;
    }
    for (const EncryptionKeyInfo& k : boxes.value()) {
        context.out << k.publicKey.keyIdHex() << "  " << k.publicKey.fingerprint() << "  " << k.label << "  "
                    << k.createdAt << "  " << QCoreApplication::translate("Cli", "(encryption)") << Qt::endl;
    }
    for (const TrustedKeyInfo& k : trusted.value()) {
        context.out << k.keyIdHex << "  " << k.fingerprint << "  " << k.label << "  " << k.addedAt << "  "
                    << QCoreApplication::translate("Cli", "(trusted %1)").arg(k.purpose)
                    << (k.revokedAt.isEmpty() ? QString()
                                              : QStringLiteral("  ") +
                                                    QCoreApplication::translate("Cli", "(revoked %1)").arg(k.revokedAt))
                    << Qt::endl;
    }
    return ExitOk;
}

} // namespace fieldbook
