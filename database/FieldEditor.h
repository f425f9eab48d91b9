#pragma once

#include "database/Result.h"

#include <QString>
#include <QVariant>

namespace fieldbook {

class Database;

// The one way a user's edit of a single field reaches the store: the new value, the row's
// updated_at and the audit-trail entry (old and new value) are written in one committed
// transaction. Only fields listed in FieldEditor.cpp are editable; anything else is refused.
class FieldEditor
{
public:
    explicit FieldEditor(const Database& db) : m_db(db)
    {
    }

    static bool isEditable(const QString& table, const QString& column);

    Result<QVariant> value(const QString& table, const QString& uuid, const QString& column) const;
    // Writes only when the value differs; returns the previous value.
    Result<QVariant> setValue(const QString& table, const QString& uuid, const QString& column, const QVariant& value);

    // The uuid of the audit a row belongs to (empty for facility-level rows).
    Result<QString> auditUuidOf(const QString& table, const QString& uuid) const;

private:
    const Database& m_db;
};

} // namespace fieldbook
