#pragma once

#include "app/fieldwork/AuditPhase.h"
#include "database/Result.h"

namespace fieldbook {

class Database;

// The notes row of a phase (phase_notes): created on first use with its audit-trail entry;
// body, completed and agenda_json are then edited through FieldEditor.
class PhaseNotes
{
public:
    explicit PhaseNotes(const Database& db) : m_db(db)
    {}

    // The row's uuid, created when missing.
    Result<QString> ensure(qint64 auditId, AuditPhase phase);

private:
    const Database& m_db;
};

} // namespace fieldbook
