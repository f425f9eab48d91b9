#pragma once

#include <QMap>
#include <QString>

namespace fieldbook::test {

// The row count of every table of the store at `path`, opened read-only (empty if it does not
// open): "nothing half written" means this equals the count before a write or after a whole one.
QMap<QString, qint64> tableRowCounts(const QString& path);

} // namespace fieldbook::test
