#include "database/StoreError.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace fieldbook {

QString storeErrorText(sqlite3* db)
{
    if (!db) {
        return QCoreApplication::translate("Database", "The store is not open.");
    }
    return storeErrorText(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
}

QString storeErrorText(int resultCode, const QString& sqliteMessage)
{
    QString text;
    switch (resultCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        // The busy timeout (Database.cpp) has already run out: say so rather than wait on.
        text = QCoreApplication::translate("Database",
                                           "The store is busy: another Fieldbook window or command is writing to it. "
                                           "This change was not saved; try again when the other one has finished.");
        break;
    case SQLITE_FULL:
        text = QCoreApplication::translate("Database",
                                           "The disk is full: this change was not saved. Everything saved before is "
                                           "intact; free some space and try again.");
        break;
    case SQLITE_READONLY:
        text = QCoreApplication::translate("Database",
                                           "The store is read-only: nothing can be saved to it. Copy it to a folder "
                                           "you can write to, or check its permissions.");
        break;
    case SQLITE_IOERR:
        text = QCoreApplication::translate("Database",
                                           "The disk reported an error while writing: this change was not saved. "
                                           "Check the disk and the free space, then try again.");
        break;
    case SQLITE_CANTOPEN:
        text = QCoreApplication::translate("Database",
                                           "The store cannot be opened: check that its folder exists and that you "
                                           "may write to it.");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        text = QCoreApplication::translate("Database",
                                           "The store is damaged or is not a Fieldbook store; run fieldbook-cli "
                                           "check-store on it and keep a copy before anything else.");
        break;
    default:
        return sqliteMessage;
    }
    return QStringLiteral("%1 (%2)").arg(text, sqliteMessage);
}

} // namespace fieldbook
