#pragma once

#include "app/records/ColumnMapping.h"
#include "app/records/ParsedFile.h"
#include "app/records/RecordIssue.h"
#include "app/records/RecordSet.h"
#include "app/records/ValueConventionScan.h"
#include "database/Result.h"

#include <QHash>
#include <QString>
#include <atomic>
#include <functional>
#include <vector>

namespace fieldbook {

enum class ImportMode
{
    AllOrNothing, // any bad row: nothing is accepted, every issue is listed (the default)
    Quarantine    // good rows are kept, bad rows listed
};

QString importModeName(ImportMode mode); // "all_or_nothing" / "quarantine" (record_imports.mode)

struct RecordReadOptions
{
    ImportMode mode = ImportMode::AllOrNothing;
    // Per file kind (workers, time_records, ...): canonical column -> the file's header.
    QHash<QString, ColumnMapping> mappings;
    bool computeSha256 = false; // the store records each file's hash; analyze does not need it
    // The date order and decimal mark of every file whose own RecordSource::forms does not say
    // them (`--date-order`, `--decimal-mark`); Unknown: decided from each file's values.
    ValueFormChoice forms;
    // Background reads: a set flag stops every file's parse; progress is told after each file
    // (bytes of the files done, of all files), from the thread that parsed it.
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(qint64 done, qint64 total)> progress;
};

// One file to read, named as the factory named it: its kind is given, not taken from the name.
struct RecordSource
{
    QString path;
    QString kind;
    ColumnMapping mapping; // this file's headers; when empty, RecordReadOptions::mappings of its kind
    QString encoding;      // empty: UTF-8 (the contract); else converted from it (QStringDecoder name)
    QString sheet;         // an Excel workbook's sheet (path is the workbook), read as CSV; empty: a file
    // The auditor's word on local forms: dateOrder dmy/mdy/ymd, decimalMark point/comma; Unknown:
    // RecordReadOptions::forms, else decided from the file's values (and refused when they cannot say).
    ValueFormChoice forms;
};

// One file that was read, and where its records are in the merged RecordSet.
struct RecordFileSummary
{
    QString fileName;
    QString kind;
    int rows = 0;
    int rejected = 0;
    int unpaired = 0;      // attlog, punches: punches that could not be paired
    int issuesNotKept = 0; // issues beyond the first RecordFileParser::kMaxKeptIssues: counted only
    QByteArray sha256;
    ColumnMapping mapping;  // the mapping it was read with (stored with the import)
    size_t firstRecord = 0; // index range in the RecordSet vector of that kind
    size_t endRecord = 0;
    size_t firstIssue = 0; // index range in RecordReadOutcome::issues (two files may share a name)
    size_t endIssue = 0;
};

struct RecordReadOutcome
{
    RecordSet records;
    std::vector<RecordFileSummary> files;
    std::vector<RecordIssue> issues; // every issue of every file, bad rows and unpaired punches
    ImportMode mode = ImportMode::AllOrNothing;

    // Every bad row, the ones not kept in `issues` included.
    int blockingIssues() const
    {
        return m_blockingIssues;
    }
    int issuesNotKept() const
    {
        return m_issuesNotKept;
    }
    // False in all-or-nothing mode when there is any bad row: then nothing must be used.
    bool acceptable() const
    {
        return mode == ImportMode::Quarantine || m_blockingIssues == 0;
    }
    // For people: the first `limit` issues, one a line ("file:line: column: reason"), and how many more.
    QString issueReport(int limit = 20) const;
    int rowCount(const QString& kind) const;

private:
    friend class RecordDirectoryReader;
    int m_blockingIssues = 0;
    int m_issuesNotKept = 0;
};

// Reads the record files of formats.md section 1 present in a folder (workers.csv,
// time_records.csv, payroll.csv, production.csv, gate_log.csv, *_attlog.dat and the punch exports
// of docs/record-files.md "Time clocks"), one file per
// QtConcurrent task, and merges them into one RecordSet with worker ids interned in the order
// of the register. Fails (no outcome) when the folder holds none of them or a file as a whole is
// unusable (unreadable, a required column missing, a quote never closed).
class RecordDirectoryReader
{
public:
    static Result<RecordReadOutcome> read(const QString& directory, const RecordReadOptions& options = {});
    // The same for files chosen one by one (the import wizard, `import --file`), in any folder and
    // under any name; fails like read() when a file as a whole is unusable.
    static Result<RecordReadOutcome> readFiles(const std::vector<RecordSource>& sources,
                                               const RecordReadOptions& options = {});
    // The steps of readFiles(), for callers that report unusable files as issues instead of failing:
    // every file parsed (in parallel), then the usable ones merged in the order of `sources`,
    // the register first.
    static std::vector<ParsedFile> parseAll(const std::vector<RecordSource>& sources, const RecordReadOptions& options);
    static RecordReadOutcome merge(const std::vector<RecordSource>& sources, std::vector<ParsedFile>& parsed,
                                   ImportMode mode);
    // The record file names of a folder that read() would take (Excel workbooks included: read()
    // takes those of their sheets whose kind it finds).
    static QStringList recordFiles(const QString& directory);
    // What read() reads in a folder: its record files, and the sheets of its workbooks with their kinds.
    static Result<std::vector<RecordSource>> recordSources(const QString& directory);
    static ParsedFile parseFile(const QString& path, const QString& kind, const RecordReadOptions& options);
    // Reads one file: not-UTF-8 bytes are refused (with file, line and column) unless an encoding
    // to convert from is given.
    static ParsedFile parseSource(const RecordSource& source, const RecordReadOptions& options);
    static QString kindOfFile(const QString& fileName);
    // kindOfFile(), and a .dat or .txt file whose first lines are ZKTeco punches is an attlog.
    static QString kindInFolder(const QString& directory, const QString& fileName);
};

} // namespace fieldbook
