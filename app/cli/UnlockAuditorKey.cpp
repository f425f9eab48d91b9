#include "app/cli/UnlockAuditorKey.h"
#include "app/cli/PassphraseInput.h"

#include <QCoreApplication>

namespace fieldbook {

std::optional<UnlockedAuditorKey> unlockAuditorKey(CliContext& context, const Database& db, const QString& keyId,
                                                   const QString& passphraseFile, int* exitCode)
{
    Result<AuditorKeyInfo> info = KeyStore::find(db, keyId);
    if (!info) {
        context.err << info.error() << Qt::endl;
        *exitCode = ExitInvalidInput;
        return std::nullopt;
    }
    Result<QString> passphrase =
        readPassphrase(passphraseFile, QCoreApplication::translate("Cli", "Passphrase for %1: ").arg(info->label));
    if (!passphrase) {
        context.err << passphrase.error() << Qt::endl;
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    Result<SigningKeyPair> pair = KeyStore::unlock(db, keyId, passphrase.value());
    wipePassphrase(passphrase.value());
    if (!pair) {
        context.err << pair.error() << Qt::endl;
        *exitCode = ExitInvalidInput;
        return std::nullopt;
    }
    return UnlockedAuditorKey{info.take(), pair.take()};
}

} // namespace fieldbook
