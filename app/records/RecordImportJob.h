#pragma once

#include "app/records/RecordImportSession.h"
#include "app/records/RecordStore.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace fieldbook {

class Database;
class PersonalDataProtector;

// What to import: a session as the auditor left it, and how.
struct RecordImportRequest
{
    RecordImportSession session; // its auditId() is the audit imported into
    // The check the auditor looked at; null or stale (the session changed since): checked again.
    std::shared_ptr<const RecordImportCheck> check;
    ImportMode mode = ImportMode::AllOrNothing;
    bool rememberMappings = true; // save the session's mappings for the audit's facility
    const PersonalDataProtector* protector = nullptr;
};

// What came of it.
struct RecordImportReport
{
    bool cancelled = false; // then nothing was written
    QString error;          // failed: nothing was written
    RecordImportOutcome outcome;
    QStringList rememberedKinds; // kinds whose column mapping was saved for the facility
    std::shared_ptr<const RecordImportCheck> check;

    bool ok() const
    {
        return !cancelled && error.isEmpty();
    }
};

enum class ImportStage
{
    Checking, // reading the files (bytes done, of all)
    Writing   // writing the rows (rows done, of all)
};

// Imports a session: checks it if that was not done on this revision, then writes the records,
// the record_imports and quarantine rows and the facility's column mappings in ONE transaction
// (RecordStore::importRecords). A cancel at any point leaves the store as it was.
class RecordImportJob
{
public:
    using Progress = std::function<void(ImportStage stage, qint64 done, qint64 total)>;

    // On a background thread: opens its own connection to the store (a connection belongs to one thread).
    static RecordImportReport run(const QString& storePath, const QString& actor, const RecordImportRequest& request,
                                  const Progress& progress = {}, const std::atomic<bool>* cancel = nullptr);
    // On the caller's connection (the command line).
    static RecordImportReport run(const Database& db, const RecordImportRequest& request, const Progress& progress = {},
                                  const std::atomic<bool>* cancel = nullptr);
};

} // namespace fieldbook
