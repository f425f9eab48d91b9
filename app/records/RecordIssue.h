#pragma once

#include <QString>

namespace fieldbook {

// One problem found while reading a record file: where (file, line, column) and why.
// A blocking issue is a bad row (it fails an all-or-nothing import, or goes to quarantine);
// a warning (e.g. an unpaired ZKTeco punch) is reported but does not stop the import.
struct RecordIssue
{
    QString file;
    int line = 0;   // 1-based; 0 = the whole file
    QString column; // canonical column name, empty when not about one column
    QString reason;
    QString raw; // the offending line as read (may be truncated)
    bool blocking = true;

    // "time_records.csv:12: column time_in: not a time (HH:MM or HH:MM:SS): "7.58""
    QString toString() const
    {
        QString where = file;
        if (line > 0) {
            where += QLatin1Char(':') + QString::number(line);
        }
        if (!column.isEmpty()) {
            where += QStringLiteral(": column ") + column;
        }
        return where + QStringLiteral(": ") + reason;
    }
};

} // namespace fieldbook
