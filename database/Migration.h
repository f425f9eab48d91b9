#pragma once

#include "database/Result.h"

#include <QList>
#include <QString>

namespace fieldbook {

class Database;

// One step of the schema: bringing user_version from version-1 to version.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// Applies ordered migrations, each in its own transaction together with its
// PRAGMA user_version bump, so a store is always at exactly one known version.
class Migrator
{
public:
    // The migrations shipped with this build (database/migrations/NNNN_name.sql).
    static QList<Migration> builtIn();
    static int latestVersion();

    // Validates that versions run 1..N without gaps.
    static Status validate(const QList<Migration>& migrations);
    static Status migrate(Database& db, const QList<Migration>& migrations);
};

} // namespace fieldbook
