#pragma once

#include "database/Result.h"

namespace fieldbook {

class Database;

// The bundled demo audit as the app and `fieldbook-cli demo` open it: the factory and its
// records, the facility profile, the derived checklist, some fieldwork done (answers, notes, a
// finding with its corrective action, interviews) and the records analysed once.
class DemoLauncher
{
public:
    // Creates the demo audit when the store lacks it; returns its id.
    static Result<qint64> ensureDemoAudit(Database& db);
    // Brings an existing demo audit to that state; every step is skipped when already done.
    static Result<qint64> prepare(Database& db, qint64 auditId);
};

} // namespace fieldbook
