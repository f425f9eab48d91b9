#pragma once

#include "app/cli/CliCommand.h"
#include "app/signing/KeyStore.h"

#include <optional>

namespace fieldbook {

class Database;

struct UnlockedAuditorKey
{
    AuditorKeyInfo info;
    SigningKeyPair pair;
};

// The commands that sign (sign, export) share this: find the auditor's key in the store, read its
// passphrase (file, environment or prompt) and unlock it. On failure the reason is on stderr and
// `exitCode` says how the command should end.
std::optional<UnlockedAuditorKey> unlockAuditorKey(CliContext& context, const Database& db, const QString& keyId,
                                                   const QString& passphraseFile, int* exitCode);

} // namespace fieldbook
