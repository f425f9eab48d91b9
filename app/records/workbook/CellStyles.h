#pragma once

#include "app/records/workbook/ZipArchive.h"

#include <QHash>
#include <QString>
#include <vector>

namespace fieldbook {

// What a number format makes of a number: Excel stores dates and times as serial numbers and
// only the cell's format says which they are.
enum class NumberFormatKind
{
    Number,
    Date,
    Time,
    DateTime
};

// The workbook's cell formats (xl/styles.xml), reduced to what the import needs: for each cell
// style index (a cell's `s` attribute), whether its number format shows a date, a time or both.
class CellStyles
{
public:
    static constexpr qint64 kMaxPartBytes = 16 * 1024 * 1024;

    // An absent part: every cell is a plain number.
    static Result<CellStyles> read(const ZipArchive& archive, const QString& part);

    NumberFormatKind kindOfStyle(qint64 styleIndex) const
    {
        return styleIndex >= 0 && styleIndex < qint64(m_styles.size()) ? m_styles[size_t(styleIndex)]
                                                                       : NumberFormatKind::Number;
    }

    // Built-in formats 14-22 and 45-47 (and the East Asian built-ins 27-36, 50-58), or a custom
    // code: y, m, d outside quotes and brackets make a date, h and s (or an elapsed [h]) a time.
    static NumberFormatKind kindOfFormat(int numFmtId, const QString& customCode);
    static NumberFormatKind kindOfCode(const QString& code);

private:
    std::vector<NumberFormatKind> m_styles;
};

} // namespace fieldbook
