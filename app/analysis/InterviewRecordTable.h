#pragma once

#include "app/analysis/FlagRecordTable.h"
#include "app/analysis/FlagStore.h"
#include "database/Result.h"

namespace fieldbook {

class Database;

// The interviews an interview flag (interview_record_conflict, coached_interviews) names, by
// pseudonym, with their structured answers side by side: format, place, department, the stated
// hours, rest days, pay and deductions, one column per question, and what each contradicts.
// Reads only structured columns: never worker_ref (who was interviewed), notes or free_text.
class InterviewRecordTable
{
public:
    static Result<FlagRecordTable> load(const Database& db, qint64 auditId, const StoredFlag& flag, int limit);
};

} // namespace fieldbook
