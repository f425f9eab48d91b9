#pragma once

#include "app/codes/ChecklistDeriver.h"
#include "database/Result.h"

namespace fieldbook {

class Database;

// Freezes a derived checklist into an audit (checklist_items + checklist_item_clauses), so later
// catalog updates never change an audit in progress. One transaction: all items or none.
class ChecklistStore
{
public:
    // Fails if the audit already has a checklist with answers; an unanswered one is replaced.
    static Status store(const Database& db, qint64 auditId, const DerivedChecklist& checklist);
    // Derives from the audit's codes and its facility's profile, then stores.
    static Result<DerivedChecklist> deriveForAudit(const Database& db, const QString& auditUuid);
    static Result<int> itemCount(const Database& db, qint64 auditId);
};

} // namespace fieldbook
