#pragma once

#include "database/Result.h"

#include <QString>

namespace fieldbook {

// Where the CLI gets a passphrase: --passphrase-file FILE (first line), else the environment
// variable FIELDBOOK_PASSPHRASE (for scripts), else a prompt on the terminal without echo.
// Never a command-line argument: those show up in process lists and shell history.
Result<QString> readPassphrase(const QString& passphraseFile, const QString& prompt);

} // namespace fieldbook
