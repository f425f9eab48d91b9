#pragma once

#include "app/records/ColumnMapping.h"
#include "app/records/ParsedFile.h"
#include "app/records/RecordIssue.h"
#include "app/records/RecordSet.h"

#include <QHash>
#include <QList>
#include <QString>

namespace fieldbook {

enum class ImportMode
{
    AllOrNothing, // any bad row: nothing is imported (formats.md default)
    Quarantine,   // good rows are imported, bad rows kept in a quarantine list
};

struct RecordReadOptions
{
    ImportMode mode = ImportMode::AllOrNothing;
    QHash<RecordKind, ColumnMapping> mappings; // for files whose headers differ
};

// What one record file gave.
struct RecordFileSummary
{
    QString fileName; // as found in the folder
    QString path;
    RecordKind kind = RecordKind::Workers;
    QByteArray sha256;
    int rowsRead = 0;
    int rowsKept = 0;
    int issues = 0;
};

struct RecordReadOutcome
{
    RecordSet records;
    QList<RecordFileSummary> files;
    QList<RecordIssue> issues; // every problem, blocking or not, in file and line order
    ImportMode mode = ImportMode::AllOrNothing;

    int blockingIssues() const;
    // True when the records may be used: no blocking issue, or quarantine mode.
    bool acceptable() const;
    // A message for people: the first `limit` issues, one a line, and how many more.
    QString issueReport(int limit = 20) const;
};

// Reads the record files of formats.md section 1 that are present in a folder (workers.csv,
// time_records.csv, payroll.csv, production.csv, gate_log.csv and any *_attlog.dat), each file
// in parallel, into one RecordSet. Files absent from the folder are simply not there; a folder
// with none of them is an error.
class RecordDirectoryReader
{
public:
    static Result<RecordReadOutcome> read(const QString& directory, const RecordReadOptions& options = {});
    // The same for an explicit list of files (the import wizard); the kind comes from each name.
    static Result<RecordReadOutcome> readFiles(const QStringList& paths, const RecordReadOptions& options = {});
    // The kind a file name stands for, if any.
    static bool kindForFileName(const QString& fileName, RecordKind* kind);
};

} // namespace fieldbook
