#include "support/StoreSnapshot.h"

#include "database/Database.h"

#include <QStringList>

namespace fieldbook::test {

QMap<QString, qint64> tableRowCounts(const QString& path)
{
    QMap<QString, qint64> counts;
    Result<Database> db = Database::open(path, Database::OpenMode::ReadOnly);
    if (!db) {
        return counts;
    }
    Result<Statement> tables = db->prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables && tables->step()) {
        names << tables->text(0);
    }
    for (const QString& table : std::as_const(names)) {
        counts.insert(table, db->scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table))->toLongLong());
    }
    return counts;
}

} // namespace fieldbook::test
