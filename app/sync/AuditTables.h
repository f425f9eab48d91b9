#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fieldbook {

// How each table of an audit is exported and merged: which rows belong to the audit and which
// integer columns point at rows of other tables (exported as those rows' uuids). Listed parents
// first, the order an import writes them.
struct AuditTable
{
    QString name;
    QString rowsOfAudit;          // SQL selecting the table's rows for audit ?1 (the audit's local id)
    QHash<QString, QString> refs; // column -> referenced table (which has a uuid)
    bool hasUuid = true;
    QStringList excluded; // columns never exported (local ids, blobs carried elsewhere)
};

const QList<AuditTable>& auditTables();

// Columns of a UNIQUE constraint besides the uuid. In a team audit two auditors create such a row
// independently (both answer question 12, both write the opening-meeting notes): the rows have
// different uuids but are the same thing, so an import compares them as one row and records the
// differences as conflicts instead of failing on the constraint ...
struct NaturalKey
{
    QStringList columns; // empty: the table has none
    // ... unless the rows are different things that merely collide on a name: two auditors'
    // "W-01" are two interviews; the incoming one is renumbered and both are kept.
    QString renamedColumn;
};
NaturalKey naturalKeyOf(const QString& table);

} // namespace fieldbook
