#pragma once

#include "database/Result.h"

namespace fieldbook {

class Database;

// The bundled demo audit: makes sure the demo store holds it and returns its id.
class DemoLauncher
{
public:
    static Result<qint64> ensureDemoAudit(Database& db);
};

} // namespace fieldbook
