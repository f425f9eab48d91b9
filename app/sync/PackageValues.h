#pragma once

#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace fieldbook {

class Database;

// How a store's values travel in a package's audit.json, and what this store's tables hold: shared
// by the export (AuditPackage::build) and the merge (PackageMerge).
namespace packagevalues {

// NULL as null, integers and reals as numbers, blobs as {"$base64": "..."}, the rest as text.
QJsonValue toJson(const QVariant& v);
QVariant fromJson(const QJsonValue& v);
// The columns of `table` marked personal (personal_data_columns).
QSet<QString> personalColumns(const Database& db, const QString& table);
QStringList tableColumns(const Database& db, const QString& table);

} // namespace packagevalues
} // namespace fieldbook
