#pragma once

#include "database/Result.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace fieldbook {

class Database;
class PersonalDataProtector;

// The `field` of a conflict that is a whole row: the package's author deleted a row this store
// still has. Keeping local keeps the row; taking incoming deletes it here too (with its children).
inline constexpr QLatin1StringView kRowDeletedField{"(deleted)"};

// One field two stores changed differently, found when a package was merged (sync_conflicts).
struct SyncConflict
{
    qint64 id = 0;
    QString uuid;
    QString entity;     // table
    QString entityUuid; // row
    QString field;      // column
    QVariant localValue;
    QVariant incomingValue;
    bool personal = false; // values are sealed (base64 of the stored form), never plaintext
    QString incomingBy;    // the package's signer
    QString incomingAt;    // when the package was signed
    QString localBy;       // last change of the field here (audit trail), if known
    QString localAt;
    QString createdAt;
    QString resolution; // empty (open), "kept_local" or "took_incoming"
    QString resolvedBy;
    QString resolvedAt;
};

enum class ConflictChoice
{
    KeepLocal,
    TakeIncoming
};

// Listing and resolving sync conflicts. A resolution is one transaction: the field's new value
// (when the incoming one is taken), the row's updated_at, the conflict's resolution, and an
// audit-trail entry for each.
class SyncConflicts
{
public:
    static Result<QList<SyncConflict>> list(const Database& db, const QString& auditUuid, bool includeResolved = false);
    // By the conflict's number (id) or uuid.
    static Result<SyncConflict> find(const Database& db, const QString& idOrUuid);
    static Status resolve(const Database& db, const QString& idOrUuid, ConflictChoice choice);
    // A value for people: personal values opened with `protector`, or "locked"; never in clear otherwise.
    static QString displayValue(const SyncConflict& conflict, bool incoming, const PersonalDataProtector* protector);
};

} // namespace fieldbook
