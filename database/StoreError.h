#pragma once

#include <QString>

struct sqlite3;

namespace fieldbook {

// What an SQLite failure means to the person at the laptop. The conditions a user can meet and act
// on — another Fieldbook writing (busy), a full disk, a read-only store, a failing disk, a damaged
// file — get a sentence that says what happened to their work and what to do; SQLite's own
// message follows in parentheses for support. Anything else is SQLite's message as it is.
QString storeErrorText(sqlite3* db);
QString storeErrorText(int resultCode, const QString& sqliteMessage);

} // namespace fieldbook
