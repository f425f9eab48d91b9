#pragma once

#include "app/demo/FactoryGenerator.h"
#include "app/records/RecordStore.h"
#include "database/AuditRepository.h"

#include <QStringList>

namespace fieldbook {

class Database;
class PersonalDataProtector;

struct DemoAuditResult
{
    Audit audit;
    RecordImportOutcome import;
    QStringList plantedProblems; // what the analysis should find, in words
    bool created = false;        // false: an existing demo audit was refreshed
};

// The bundled demo (`fieldbook --demo`, `fieldbook-cli demo`): facility "Golden Thread Garments
// Co., Ltd." in Dongguan, an SA8000 + WRAP audit in progress with its team, and about 400 workers
// over 91 days of generated records with a few planted problems, imported through RecordStore
// like any factory's files. Deterministic: same records every time (seed kSeed).
class DemoAudit
{
public:
    static constexpr quint64 kSeed = 20260115;
    static QString demoAuditUuid(); // fixed, so a refresh finds the demo audit again

    // The demo factory's records, problems planted.
    static GeneratedFactory factory(QStringList* plantedProblems = nullptr);
    // Creates the demo audit, or refreshes its records when it is already in the store.
    static Result<DemoAuditResult> createOrRefresh(const Database& db,
                                                   const PersonalDataProtector* protector = nullptr);
};

} // namespace fieldbook
