#pragma once

#include "database/Result.h"

namespace fieldbook {

class Database;

// A short checklist (SA8000:2014 and WRAP clauses, questions in our own words) for the demo
// audit while the code catalogs (app/codes) are not part of the build. Real audits get their
// checklist from the catalogs; this never replaces one that exists.
class SampleChecklist
{
public:
    // Adds the sample questions when the audit has no checklist; returns how many were added.
    static Result<int> addIfEmpty(const Database& db, qint64 auditId);
};

} // namespace fieldbook
