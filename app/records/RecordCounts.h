#pragma once

#include "database/Result.h"

namespace fieldbook {

class Database;

// How many rows of each kind of the factory's records an audit holds (the Record analysis page's
// summary line).
struct RecordCounts
{
    qint64 workers = 0;
    qint64 timeRecords = 0;
    qint64 payroll = 0;
    qint64 production = 0; // production days
    qint64 gateEvents = 0;

    static Result<RecordCounts> read(const Database& db, qint64 auditId);
};

} // namespace fieldbook
