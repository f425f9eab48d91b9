#pragma once

#include "app/cli/CliCommand.h"
#include "app/signing/SealedBox.h"
#include "app/signing/SodiumDataProtector.h"

#include <memory>
#include <optional>

namespace fieldbook {

class Database;

// The commands that open or seal personal data (export, import-package, reseal-personal) share
// these: read the passphrase (file, FIELDBOOK_PASSPHRASE or a prompt) and unlock the store's
// personal-data key, or head office's encryption key. On failure the reason is on stderr and
// `exitCode` says how the command should end.
std::unique_ptr<SodiumDataProtector> unlockDataKey(CliContext& context, const Database& db,
                                                   const QString& passphraseFile, bool createIfMissing, int* exitCode);
std::optional<BoxKeyPair> unlockEncryptionKey(CliContext& context, const Database& db, const QString& keyId,
                                              const QString& passphraseFile, int* exitCode);

} // namespace fieldbook
