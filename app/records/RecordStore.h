#pragma once

#include "app/records/ColumnMapping.h"
#include "app/records/RecordDirectoryReader.h"
#include "database/Result.h"

#include <QHash>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace fieldbook {

class Database;
class PersonalDataProtector;

struct RecordImportOutcome
{
    QStringList importUuids;  // one record_imports row per file
    QHash<QString, int> rows; // per kind: records written
    int quarantined = 0;      // import_quarantine rows (bad rows in quarantine mode, unpaired punches)
    int issuesNotKept = 0;    // more of them, counted but not kept (RecordFileParser::kMaxKeptIssues a file)
    // Personal cells (workers.name, workers.id_number) stored as NULL because no unlocked
    // PersonalDataProtector was given: never plaintext.
    int personalValuesWithheld = 0;
    QStringList replacedKinds; // kinds whose earlier records of this audit were replaced
    std::vector<RecordIssue> issues;
};

// What a background import needs besides the records: progress, a way to stop, and work that must
// be committed (or rolled back) together with the records.
struct RecordImportControl
{
    std::function<void(qint64 done, qint64 total)> progress; // rows written so far, of all rows
    const std::atomic<bool>* cancel = nullptr;               // when set, the transaction is rolled back: nothing stays
    std::function<Status()> beforeCommit;                    // inside the transaction, after the records
    // The mode chosen after the records were read (the wizard asks after the check); else the read's.
    std::optional<ImportMode> mode;
};

// Factory records of an audit in the store.
//
// An import is ONE transaction: the audit's earlier records of each kind present in the import
// are replaced (re-importing time_records.csv replaces the audit's time records, whether they
// came from a CSV or an attlog), the record_imports rows (file hash, counts, mode, mapping) and
// the quarantine rows are written with the records, and any failure rolls all of it back.
// Bulk inserts go through prepared statements on the raw sqlite3 handle.
class RecordStore
{
public:
    explicit RecordStore(const Database& db, const PersonalDataProtector* protector = nullptr)
        : m_db(db), m_protector(protector)
    {}

    // Reads the folder (RecordDirectoryReader, with the facility's saved column mappings unless
    // options carry their own) and imports it. In all-or-nothing mode a bad row fails the import
    // with every issue listed, and nothing is written.
    Result<RecordImportOutcome> importDirectory(qint64 auditId, const QString& directory,
                                                RecordReadOptions options = {});
    // Imports what was already read (the UI shows the issues first, then imports).
    // Fails with cancelledMessage() when control.cancel was set: then nothing was written.
    Result<RecordImportOutcome> importRecords(qint64 auditId, const RecordReadOutcome& read,
                                              const RecordReadOptions& options = {},
                                              const RecordImportControl& control = {});
    // Where a worker's sealed personal value belongs (SodiumDataProtector::sealFor):
    // "workers/<column>/<audit uuid>/<worker id>". Workers have no uuid of their own.
    static QByteArray workerPlace(const QString& column, const QString& auditUuid, const QString& workerId);
    static QString cancelledMessage();

    // The audit's records as the checks read them. Personal columns: id numbers are opened with
    // the protector when one is given and unlocked (duplicate_identity needs them), names never.
    static Result<RecordSet> loadRecordSet(const Database& db, qint64 auditId,
                                           const PersonalDataProtector* protector = nullptr);

    // Column mappings for files whose headers differ, remembered per facility and file kind.
    Status saveColumnMapping(qint64 facilityId, const QString& kind, const ColumnMapping& mapping);
    Result<QHash<QString, ColumnMapping>> columnMappings(qint64 facilityId) const;

    // "file:line: column: reason" lines for a failure message, at most `limit` of them.
    static QString describeIssues(const std::vector<RecordIssue>& issues, int limit = 50);

private:
    const Database& m_db;
    const PersonalDataProtector* m_protector;
};

} // namespace fieldbook
