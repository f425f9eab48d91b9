#pragma once

#include "app/records/ColumnMapping.h"
#include "app/records/RecordIssue.h"
#include "app/records/ValueForms.h"

#include <QByteArrayView>
#include <vector>

namespace fieldbook {

class CsvReader;

// What the auditor said about a file's local forms; Unknown: decide from the file.
struct ValueFormChoice
{
    DateOrder dateOrder = DateOrder::Unknown;
    DecimalMark decimalMark = DecimalMark::Unknown;
};

// What a file asks the auditor when its values cannot say their form (a file that mixes forms asks
// nothing: it must be corrected).
enum class ValueFormQuestion
{
    None,
    DateOrder,  // every numeric date could be day-first or month-first
    DecimalMark // an amount ("1,234") could hold a thousands separator or a decimal mark
};

// The local forms of one file, decided for the whole file before its rows are read.
struct ValueConventions
{
    DateOrder dateOrder = DateOrder::Unknown;
    std::vector<DecimalMark> decimalMarks; // one per column of the kind (Unknown: each value says it, or no mark)
    RecordIssue problem;                   // reason set: the file cannot be read without a choice, or mixes forms
    ValueFormQuestion question = ValueFormQuestion::None; // set with `problem` when a choice would answer it
    QString questionValue;                                // the first value that asks, as written

    DecimalMark decimalMark(int column) const
    {
        return column >= 0 && size_t(column) < decimalMarks.size() ? decimalMarks[size_t(column)]
                                                                   : DecimalMark::Unknown;
    }
};

// Decides day-first or month-first dates and the decimal mark of every number column from every
// data row of a file (never row by row): a first number above 12 proves day-first, a second one
// above 12 month-first; a file with both is refused naming a line of each, and a file whose every
// date could be either is refused with a request to choose. Numbers likewise: "1.234,56" proves a
// decimal comma, "1,234.56" a decimal point; a column of "1,234" alone takes the file's evident
// mark, else the auditor is asked.
class ValueConventionScan
{
public:
    // `reader` is positioned on the header record; every record after it is read.
    static ValueConventions decide(CsvReader& reader, const std::vector<ColumnSpec>& columns,
                                   const std::vector<int>& indexes, const ValueFormChoice& choice);
};

} // namespace fieldbook
