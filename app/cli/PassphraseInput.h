#pragma once

#include "database/Result.h"

#include <QString>

namespace fieldbook {

// Where the CLI gets a passphrase: --passphrase-file FILE (first line; refused when the file can
// be read by its group or by others), else the environment variable FIELDBOOK_PASSPHRASE (for
// automation only: docs/security.md), else a prompt on the terminal without echo.
// Never a command-line argument: those show up in process lists and shell history.
Result<QString> readPassphrase(const QString& passphraseFile, const QString& prompt);

// Moves FIELDBOOK_PASSPHRASE out of the environment into guarded memory and unsets it, so that
// no child process (a PDF viewer, a helper) inherits it. main() calls it first thing; later
// readPassphrase() calls use the kept copy. Idempotent.
void takePassphraseFromEnvironment();

// Overwrites a passphrase's characters (sodium_memzero) and empties it, once it has been used.
void wipePassphrase(QString& passphrase);

} // namespace fieldbook
