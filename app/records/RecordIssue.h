#pragma once

#include <QString>

namespace fieldbook {

// One problem found while reading a record file: where it is and why it is wrong.
// Blocking issues are bad rows (they fail an all-or-nothing import, or are quarantined);
// non-blocking ones are reported but keep nothing out (an unpaired time-clock punch).
struct RecordIssue
{
    QString file;   // file name, without the folder
    int line = 0;   // 1-based line of the record's first line
    QString column; // canonical column name, or empty when the whole row is concerned
    QString reason;
    QString raw; // the record as it stands in the file (truncated when very long)
    bool blocking = true;

    // "time_records.csv:12: time_in: unparseable time '7:6x'" ("file: reason" for the file as a whole)
    QString toString() const
    {
        QString text = file;
        text += line > 0 ? QStringLiteral(":%1: ").arg(line) : QStringLiteral(": ");
        if (!column.isEmpty()) {
            text += column + QStringLiteral(": ");
        }
        return text + reason;
    }
};

} // namespace fieldbook
