#pragma once

#include "database/Result.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace fieldbook {

// Other names factories give the canonical columns ("Emp No" for worker_id, "Clock In" for
// time_in ...), read from a small table (resources/records/column-synonyms.json) so it can grow
// without code. Headers are compared loosely: case, spaces and punctuation do not count.
class ColumnSynonyms
{
public:
    // The built-in table, loaded once.
    static const ColumnSynonyms& builtIn();
    static Result<ColumnSynonyms> fromJson(const QByteArray& json);

    // True when `header` is another name of `column` in files of `kind`, or the column's own name
    // written differently ("Worker ID" for worker_id).
    bool matches(const QString& kind, const QString& column, const QString& header) const;

    // "Emp. No." -> "emp no"; "worker_id" -> "worker id".
    static QString loose(const QString& header);

private:
    QHash<QString, QSet<QString>> m_any;                   // column -> loose names
    QHash<QString, QHash<QString, QSet<QString>>> m_kinds; // kind -> column -> loose names
};

} // namespace fieldbook
