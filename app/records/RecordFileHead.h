#pragma once

#include "app/records/RecordIssue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fieldbook {

class Workbook;

// The beginning of a record file, read without loading the whole file: enough to show its header,
// guess its kind, preview its first rows and catch a wrong encoding early. Always ends at a line
// end, so no record (and no multi-byte character) is cut in half.
struct RecordFileHead
{
    QByteArray bytes;               // UTF-8 (converted when an encoding was given), BOM removed
    bool wholeFile = false;         // bytes hold the entire file
    QStringList headers;            // the header row, trimmed: the first record, or one below titles
    QStringList firstRow;           // the record after the header row, trimmed
    int headerRecord = 0;           // index of the header row among the records (blank lines skipped)
    int headerLine = 1;             // its line in the file
    QList<QStringList> leadingRows; // the first records, where the header row is looked for
    QList<int> leadingLines;        // their lines
    bool looksLikeAttLog = false;   // its first lines read as ZKTeco punches (AttLogLine)
    bool notUtf8 = false;           // the bytes are not UTF-8 (problem says where); an encoding may be chosen
    RecordIssue problem;            // cannot be read / empty / not UTF-8 (reason empty: none)

    static constexpr qsizetype kDefaultBytes = 256 * 1024;

    // Problems name the file by its name, without the folder. The header row is the first row that
    // holds every required column of some kind (HeaderRowFinder), else the first row.
    static RecordFileHead read(const QString& path, const QString& encoding = {}, qsizetype maxBytes = kDefaultBytes);
    // The same for one sheet of an Excel workbook, read as CSV (UTF-8 by construction): problems
    // name it "book.xlsx [Sheet]". Only the first rows are read.
    static RecordFileHead readSheet(const QString& path, const QString& sheet, qsizetype maxBytes = kDefaultBytes);
    // The same from a workbook already open (the sheets of one workbook are inspected together).
    static RecordFileHead readSheet(const Workbook& book, int index, const QString& fileName,
                                    qsizetype maxBytes = kDefaultBytes);
    // Takes record `record` of leadingRows as the header row (the session knows the kind).
    void useHeaderRow(int record);

private:
    // The part shared by files and sheets: header, first row and the time-clock guess from UTF-8 bytes.
    void takeLines(QByteArray text);
};

} // namespace fieldbook
