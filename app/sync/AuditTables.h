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

} // namespace fieldbook
