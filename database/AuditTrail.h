#pragma once

#include "database/Result.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace fieldbook {

class Database;

struct AuditTrailEntry
{
    qint64 id = 0;
    QString at;
    QString actor;
    QString auditUuid;
    QString entity;
    QString entityUuid;
    QString action; // insert | update | delete
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

// The append-only record of who changed what, when, from which value to which.
// Written in the same transaction as the change it describes.
class AuditTrail
{
public:
    static Status record(const Database& db, const AuditTrailEntry& entry);
    static Result<QList<AuditTrailEntry>> forAudit(const Database& db, const QString& auditUuid);
    static Result<QList<AuditTrailEntry>> forEntity(const Database& db, const QString& entityUuid);
};

} // namespace fieldbook
