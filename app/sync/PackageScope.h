#pragma once

#include "database/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace fieldbook {

class Database;

struct Tombstone
{
    QString entity;
    QString uuid;
    QString deletedAt;
};

// What the scope check found: which package rows are left out because they were deleted here
// since, and the package's own deletions.
struct PackageScope
{
    QSet<QString> skipped; // "table/uuid"
    QList<Tombstone> tombstones;
    QSet<QString> tombstonesOfRowsHere; // "table/uuid" of the package's deletions of rows this store still has
};

// The package boundary (docs/security.md): every row of a package belongs to the package's audit.
// Walks every reference up to `audits` and checks every row against this store before anything
// is written; any row outside the audit refuses the whole package, naming the table and the row.
Result<PackageScope> checkPackageScope(const Database& db, const QString& path, const QJsonObject& audit,
                                       const QJsonObject& meta, const QDateTime& signedAt);

} // namespace fieldbook
