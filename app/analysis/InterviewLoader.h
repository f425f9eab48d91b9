#pragma once

#include "app/records/RecordSet.h"
#include "database/Result.h"

#include <QString>

namespace fieldbook {

class Database;
class PersonalDataProtector;

// Reads an audit's worker interviews from the store (interviews + interview_answers) into
// records.interviews, for the interview checks.
// The worker link and the free texts are sealed personal data: with no protector, or a locked one,
// interviews stay unlinked and carry no free text, and the checks work on structured answers only.
class InterviewLoader
{
public:
    static Status load(const Database& db, const QString& auditUuid, RecordSet& records,
                       const PersonalDataProtector* protector);
};

} // namespace fieldbook
