#pragma once

#include "app/interviews/InterviewSampler.h"
#include "database/Result.h"

#include <QDate>
#include <QList>

namespace fieldbook {

class Database;

// The audit's register as the interview sampler needs it: who can be interviewed (not left before
// the visit), in which department, gender, age and tenure band, shift (the usual start of the
// worker's time records) and migrant / agency status (workers.extra_json, when the factory's
// register had those columns). Reads no personal column.
class InterviewRegister
{
public:
    // Ages and tenures are taken at the audit's start date, or today when it has none.
    static QDate referenceDate(const Database& db, qint64 auditId);
    static Result<QList<RegisterWorker>> load(const Database& db, qint64 auditId);
    // Workers currently on the register (a change since a plan was drawn asks for a re-draw).
    static Result<int> count(const Database& db, qint64 auditId);
    // The headcount the facility declared (facilities.headcount), 0 when unknown: the plan before a
    // register is imported.
    static int declaredHeadcount(const Database& db, qint64 auditId);
};

} // namespace fieldbook
