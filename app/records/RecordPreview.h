#pragma once

#include "app/records/RecordIssue.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace fieldbook {

// One row of a preview: the cells as they will be read, by canonical column.
struct RecordPreviewRow
{
    int line = 0;
    QStringList cells;    // one per RecordPreview::columns; personal cells masked
    QStringList problems; // one per column: why the cell is refused, empty when it is fine
    QString rowProblem;   // a problem of the whole row (a punch without a pair ...), empty when none
    bool blocking = false;

    bool hasProblem() const
    {
        return !rowProblem.isEmpty() || !problems.join(QString()).isEmpty();
    }
};

// The first rows of a file as the import will read them, with the problems the real parser finds.
struct RecordPreview
{
    QString fileName;
    QString kind;
    QStringList columns;        // canonical names
    std::vector<bool> personal; // per column: the cells are masked
    std::vector<RecordPreviewRow> rows;
    std::vector<RecordIssue> issues; // those of the rows shown
    QString problem;                 // no preview: the file cannot be read (why)
    bool moreRows = false;           // the file goes on after the rows shown
};

} // namespace fieldbook
