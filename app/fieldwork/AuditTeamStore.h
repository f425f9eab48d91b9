#pragma once

#include "database/Result.h"

#include <QList>
#include <QString>

namespace fieldbook {

class Database;

struct TeamMember
{
    QString uuid;
    QString name;
    QString role;   // lead | auditor | interviewer | observer | trainee
    QString gender; // F | M | X | empty
    int yearsExperience = 0;
    bool visitedBefore = false;
};

// The audit team (audit_team). Who audits matters for the result (auditor gender, experience
// and familiarity with the site: Short, Toffel & Hugill 2016), so it is part of the plan.
class AuditTeamStore
{
public:
    explicit AuditTeamStore(const Database& db) : m_db(db)
    {}

    Result<TeamMember> add(qint64 auditId, const QString& name, const QString& role = QStringLiteral("auditor"));
    Result<QList<TeamMember>> list(qint64 auditId) const;
    Status remove(const QString& uuid);

private:
    const Database& m_db;
};

} // namespace fieldbook
