#pragma once

#include "database/Result.h"

namespace fieldbook {

class Database;

// Makes the bundled demo look like an audit in progress: the opening meeting held, about a third
// of the questions answered, one finding (a locked emergency exit) with its corrective action.
// Does nothing once anything is answered, so the demo never overwrites what a user tried.
class DemoFieldwork
{
public:
    static Status addProgress(const Database& db, qint64 auditId);
};

} // namespace fieldbook
