#include "app/cli/UnlockPersonalKeys.h"
#include "app/cli/PassphraseInput.h"
#include "app/signing/EncryptionKeyStore.h"

#include <QCoreApplication>

namespace fieldbook {

std::unique_ptr<SodiumDataProtector> unlockDataKey(CliContext& context, const Database& db,
                                                   const QString& passphraseFile, bool createIfMissing, int* exitCode)
{
    if (!createIfMissing && !SodiumDataProtector::hasDataKey(db)) {
        context.err << QCoreApplication::translate("Cli", "This store has no personal-data key yet.") << Qt::endl;
        *exitCode = ExitInvalidInput;
        return nullptr;
    }
    Result<QString> passphrase =
        readPassphrase(passphraseFile, QCoreApplication::translate("Cli", "Personal-data passphrase: "));
    if (!passphrase) {
        context.err << passphrase.error() << Qt::endl;
        *exitCode = ExitUsage;
        return nullptr;
    }
    Result<std::unique_ptr<SodiumDataProtector>> unlocked =
        createIfMissing ? SodiumDataProtector::unlockOrCreate(db, passphrase.value())
                        : SodiumDataProtector::unlock(db, passphrase.value());
    wipePassphrase(passphrase.value());
    if (!unlocked) {
        context.err << unlocked.error() << Qt::endl;
        *exitCode = ExitInvalidInput;
        return nullptr;
    }
    return unlocked.take();
}

std::optional<BoxKeyPair> unlockEncryptionKey(CliContext& context, const Database& db, const QString& keyId,
                                              const QString& passphraseFile, int* exitCode)
{
    Result<EncryptionKeyInfo> info = EncryptionKeyStore::find(db, keyId);
    if (!info) {
        context.err << info.error() << Qt::endl;
        *exitCode = ExitInvalidInput;
        return std::nullopt;
    }
    Result<QString> passphrase = readPassphrase(
        passphraseFile, QCoreApplication::translate("Cli", "Passphrase for the encryption key %1: ").arg(info->label));
    if (!passphrase) {
        context.err << passphrase.error() << Qt::endl;
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    Result<BoxKeyPair> pair = EncryptionKeyStore::unlock(db, keyId, passphrase.value());
    wipePassphrase(passphrase.value());
    if (!pair) {
        context.err << pair.error() << Qt::endl;
        *exitCode = ExitInvalidInput;
        return std::nullopt;
    }
    return pair.take();
}

} // namespace fieldbook
