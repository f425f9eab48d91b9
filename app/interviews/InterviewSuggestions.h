#pragma once

#include <QString>
#include <QStringList>

namespace fieldbook {

class Database;

// What the interview form offers while the auditor types: the audit team's names for the
// interviewer, the register's departments, the register's employee numbers. Sorted; empty when
// the store cannot be read (a suggestion is never worth an error message).
class InterviewSuggestions
{
public:
    static QStringList interviewers(const Database& db, qint64 auditId);
    static QStringList departments(const Database& db, qint64 auditId);
    static QStringList registerNumbers(const Database& db, qint64 auditId);
};

} // namespace fieldbook
