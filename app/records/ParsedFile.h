#pragma once

#include "app/records/RecordIssue.h"
#include "app/records/RecordSet.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace fieldbook {

// What one record file yields: its records (with worker ids interned locally, so files can be
// parsed in parallel and merged after), its bad rows and its counts.
struct ParsedFile
{
    QString fileName;
    QString kind; // workers, time_records, payroll, production, gate_log, attlog
    RecordSet records;
    std::vector<RecordIssue> issues;
    int rows = 0;            // data records read, good and bad (punches for an attlog)
    int rejected = 0;        // blocking issues: rows left out
    int issuesNotKept = 0;   // issues beyond RecordFileParser::kMaxKeptIssues: counted, not listed
    int blockingNotKept = 0; // of which bad rows
    QString fatalError;      // the file as a whole is unusable (missing column, open quote...)
    RecordIssue fatal;       // the same, with its line and column (when fatalError is set)
    bool cancelled = false;
    QByteArray sha256; // hex, when asked for

    void setFatal(int line, const QString& column, const QString& reason)
    {
        fatal.file = fileName;
        fatal.line = line;
        fatal.column = column;
        fatal.reason = reason;
        fatalError = fatal.toString();
    }
};

} // namespace fieldbook
