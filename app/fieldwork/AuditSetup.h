#pragma once

#include "database/AuditRepository.h"

#include <QStringList>

namespace fieldbook {

class Database;

// Facility profile flags that decide which questions apply (checklist derivation).
struct ProfileFlag
{
    QString key;  // stored in facilities.profile_json
    QString text; // translated
};
QList<ProfileFlag> facilityProfileFlags();

// Creates a new audit (and its facility) the way the new-audit wizard describes it, then derives
// its checklist from the chosen codes and the facility profile.
class AuditSetup
{
public:
    explicit AuditSetup(Database& db) : m_db(db)
    {}

    // paidBy / announcement: audits.paid_by and audits.announcement values, empty = not recorded.
    Result<Audit> create(Facility facility, Audit audit, const QString& paidBy = {}, const QString& announcement = {});
    // Fills checklist_items for an audit that has none yet (no-op when it has some).
    Status deriveChecklist(qint64 auditId);

private:
    Database& m_db;
};

} // namespace fieldbook
