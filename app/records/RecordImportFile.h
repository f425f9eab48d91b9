#pragma once

#include "app/records/ColumnMapping.h"
#include "app/records/RecordIssue.h"
#include "app/records/ValueConventionScan.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace fieldbook {

// How the kind of a chosen file was found.
enum class KindSource
{
    Unknown,  // nothing matched: the auditor picks
    FileName, // workers.csv, time_records_jan.csv, *_attlog.dat ...
    Content,  // a ZKTeco log recognised by its lines
    Header,   // the header row matches one kind's required columns best
    User,     // chosen by the auditor (or given on the command line)
    SheetName // an Excel sheet named "Payroll", "Attendance", "工资" ...
};

// How the header of a canonical column was found.
enum class ColumnSource
{
    Unmapped, // not in this file
    Exact,    // the canonical name (case and surrounding spaces aside)
    Saved,    // the facility's saved mapping
    Synonym,  // a common other name ("Emp No" for worker_id)
    User      // chosen by the auditor (or given on the command line)
};

// One canonical column of a file's kind and the header of the file that holds it.
struct ColumnChoice
{
    ColumnSpec spec;
    QString header; // as written in the file; empty: not in this file
    ColumnSource source = ColumnSource::Unmapped;

    bool isMapped() const
    {
        return !header.isEmpty();
    }
};

// A file the auditor chose to import, as the import session sees it before reading it whole.
struct RecordImportFile
{
    QString path;
    QString fileName; // for a workbook's sheet: "book.xlsx [Payroll]", as issues name it
    QString sheet;    // the sheet of an Excel workbook (path is the workbook); empty: a file
    qint64 size = 0;
    QString kind; // empty until known
    KindSource kindSource = KindSource::Unknown;
    QString encoding;      // empty: UTF-8 (the contract); else converted from it
    bool notUtf8 = false;  // not UTF-8: refused unless an encoding to convert from is chosen
    QStringList headers;   // the header row as written (CSV kinds)
    int headerRecord = 0;  // which record the header row is (titles above it are skipped)
    int headerLine = 1;    // its line in the file
    QStringList firstRow;  // the first data row, by header position (for examples)
    ValueFormChoice forms; // the auditor's date order and decimal mark (Unknown: from the file)
    // What the file's values ask before it can be read (ValueFormQuestionScan): the wizard shows it
    // beside the choice that answers it. `questionAt` holds its line, column and the value (reason).
    ValueFormQuestion question = ValueFormQuestion::None;
    RecordIssue questionAt;
    std::vector<ColumnChoice> columns; // the kind's canonical columns, in formats.md order
    RecordIssue problem;               // the file cannot be used as it stands (problem.reason empty: none)

    bool hasProblem() const
    {
        return !problem.reason.isEmpty();
    }
    // canonical -> header for every column of the kind; "" for a column left out on purpose.
    ColumnMapping mapping() const
    {
        QHash<QString, QString> map;
        for (const ColumnChoice& c : columns) {
            map.insert(c.spec.name, c.header);
        }
        return ColumnMapping(map);
    }
};

} // namespace fieldbook
