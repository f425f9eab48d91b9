#pragma once

#include "app/records/ColumnMapping.h"
#include "database/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace fieldbook {

class RecordImportSession;

// The files and mappings `fieldbook-cli import` was given, applied to an import session:
//   --records DIR            the record files of a folder, named as formats.md names them
//   --file [KIND=]PATH       one file under any name; its kind given, or found as the wizard finds it
//   --file [KIND=]BOOK.xlsx:SHEET  one sheet of a workbook (the others are left out)
//   --encoding [NAME=]ENC    read a file (or every file) as ENC and convert it; UTF-8 otherwise
//   --date-order [NAME=]dmy  numeric dates' order (dmy, mdy, ymd) when the file cannot say it
//   --decimal-mark [NAME=]comma  amounts' decimal mark (point, comma) when the file cannot say it
//   --map KIND:COLUMN=HEADER the file's header for a canonical column ("" for "not in this file")
//   --mapping FILE.json      {"format_version": 1, "mappings": {"KIND": {"COLUMN": "HEADER", ...}}}
// Mappings given here win over the facility's saved ones and over the guesses.
class ImportPlanArguments
{
public:
    QString recordsDir;
    QStringList files;        // as given: [KIND=]PATH
    QStringList encodings;    // as given: [FILE_NAME=]ENCODING
    QStringList dateOrders;   // as given: [FILE_NAME=]dmy|mdy|ymd
    QStringList decimalMarks; // as given: [FILE_NAME=]point|comma
    QStringList maps;         // as given: KIND:COLUMN=HEADER
    QString mappingFile;

    bool isEmpty() const
    {
        return recordsDir.isEmpty() && files.isEmpty();
    }
    // Adds the files to the session, then the encodings and mappings. Fails on a usage problem
    // (a kind or column that does not exist, a header the file lacks, an unreadable mapping file).
    Status applyTo(RecordImportSession& session) const;

    static Result<QHash<QString, ColumnMapping>> readMappingFile(const QString& path);
    static Result<QPair<QString, ColumnMapping>> parseMap(const QString& argument);
    struct FileArgument
    {
        QString path;
        QString sheet; // empty: the file (a workbook: its sheets of a known kind)
    };
    // "book.xlsx:Payroll" -> (book.xlsx, Payroll) when book.xlsx is a workbook that exists.
    static FileArgument splitSheet(const QString& argument);
    // "[FILE_NAME=]VALUE" -> (file name or empty for every file, value).
    static QPair<QString, QString> splitFileValue(const QString& argument);
};

} // namespace fieldbook
