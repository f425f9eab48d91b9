#pragma once

#include <QByteArray>
#include <QMap>

namespace fieldbook {

// One sheet as the import reads it: UTF-8 CSV (comma separated, RFC 4180 quoting) with exactly one
// line per sheet row from row 1 to the last row holding a value, so that line N is row N (an empty
// row is an empty line). Trailing empty columns are left out; line breaks inside a cell are spaces.
struct SheetCsv
{
    QByteArray csv;
    int rows = 0;                 // lines in csv: the last row holding a value
    int errorCells = 0;           // #N/A, #DIV/0! ... written as empty cells
    int formulasWithoutValue = 0; // formulas never calculated by the program that saved the file: empty
    struct Rows
    {
        int first = 0;
        int last = 0;
    };
    QMap<int, Rows> formulaColumns; // 0-based column -> the first and last rows of such formulas in it
    bool truncated = false;         // stopped at the row limit asked for (a preview)
    bool cancelled = false;         // stopped by the cancel flag: csv is incomplete
};

} // namespace fieldbook
