#include "app/cli/ResealPersonalCommand.h"
#include "app/cli/CommandLine.h"
#include "app/cli/UnlockPersonalKeys.h"
#include "app/sync/PersonalDataReseal.h"
#include "database/Database.h"

#include <QCoreApplication>

namespace fieldbook {

QString ResealPersonalCommand::summary() const
{
    return QCoreApplication::translate("Cli", "open personal data that packages brought sealed for head office's "
                                              "key and seal it under the store's personal-data key");
}

int ResealPersonalCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption key(QStringLiteral("key"),
                                 QCoreApplication::translate("Cli", "this store's encryption key id"),
                                 QStringLiteral("KEY_ID"));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"),
                                      QCoreApplication::translate("Cli", "the encryption key's passphrase from this "
                                                                         "file"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption dataPassFile(
        QStringLiteral("data-passphrase-file"),
        QCoreApplication::translate("Cli", "the store's personal-data passphrase (default: as for the key)"),
        QStringLiteral("FILE"));
    parser.addOptions({key, passFile, dataPassFile});
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (!parser.isSet(key)) {
        context.err << QCoreApplication::translate("Cli", "reseal-personal needs --key KEY_ID") << Qt::endl;
        return ExitUsage;
    }
    Result<Database> db = Database::open(context.storePath);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    db->setActor(QStringLiteral("fieldbook-cli"));
    int exitCode = ExitOk;
    std::optional<BoxKeyPair> pair =
        unlockEncryptionKey(context, db.value(), parser.value(key), parser.value(passFile), &exitCode);
    if (!pair) {
        return exitCode;
    }
    std::unique_ptr<SodiumDataProtector> protector = unlockDataKey(
        context, db.value(), parser.isSet(dataPassFile) ? parser.value(dataPassFile) : parser.value(passFile), true,
        &exitCode);
    if (!protector) {
        return exitCode;
    }
    QStringList skipped;
    Result<int> n = PersonalDataReseal::reseal(db.value(), *pair, *protector, &skipped, true);
    if (!n) {
        context.err << n.error() << Qt::endl;
        return ExitStoreError;
    }
    for (const QString& line : skipped) {
        context.err << line << Qt::endl;
    }
    context.out << QCoreApplication::translate("Cli", "%1 personal values opened and sealed with this store's key; "
                                                      "%2 still locked")
                       .arg(n.value())
                       .arg(PersonalDataReseal::pendingCount(db.value()))
                << Qt::endl;
    if (!skipped.isEmpty()) {
        // The others were re-sealed and committed; these stay sealed for the key (exit 2, as for
        // any unreadable input: docs/security.md).
        context.err
            << QCoreApplication::translate("Cli", "%1 values could not be opened and were skipped").arg(skipped.size())
            << Qt::endl;
        return ExitInvalidInput;
    }
    return ExitOk;
}

} // namespace fieldbook
