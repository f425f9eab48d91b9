#pragma once

#include "database/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fieldbook {

class Database;

struct Facility
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString country; // ISO 3166-1 alpha-2
    QString city;
    QString address;
    QString industry;
    int headcount = 0;
    QJsonObject profile;
};

struct Audit
{
    qint64 id = 0;
    QString uuid;
    qint64 facilityId = 0;
    QString title;
    QStringList codes; // catalog ids: sa8000, rba, wrap ...
    QString country;
    QString currency;
    QString language = QStringLiteral("en");
    QString auditType = QStringLiteral("initial");
    qint64 followUpOf = 0;
    QString status = QStringLiteral("planned");
    QString currentPhase = QStringLiteral("plan");
    QString startDate;
    QString endDate;
    QString periodStart;
    QString periodEnd;
    QString scope;
    QJsonObject params;
    QString createdAt;
    QString updatedAt;
};

// One line of the audit list.
struct AuditSummary
{
    Audit audit;
    QString facilityName;
    qint64 workerCount = 0;
    qint64 findingCount = 0;
};

// Facilities and audits: creation, lookup and listing. Creations are written with their
// audit-trail entries in one transaction.
class AuditRepository
{
public:
    explicit AuditRepository(const Database& db) : m_db(db)
    {
    }

    Result<Facility> createFacility(Facility facility);
    Result<Facility> facility(qint64 id) const;
    Result<Facility> facilityByUuid(const QString& uuid) const;

    // Creates the audit (and its facility when facility.id is 0) in one transaction.
    Result<Audit> createAudit(Facility facility, Audit audit);
    Result<Audit> audit(qint64 id) const;
    Result<Audit> auditByUuid(const QString& uuid) const;
    Result<QList<AuditSummary>> listAudits() const;
    Status deleteAudit(const QString& uuid);

private:
    Result<Audit> auditWhere(const QString& where, const QVariant& key) const;
    Result<Facility> facilityWhere(const QString& where, const QVariant& key) const;

    const Database& m_db;
};

} // namespace fieldbook
