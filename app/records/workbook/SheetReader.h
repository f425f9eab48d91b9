#pragma once

#include "app/records/workbook/CellStyles.h"
#include "app/records/workbook/SharedStrings.h"
#include "app/records/workbook/SheetCsv.h"
#include "app/records/workbook/ZipArchive.h"

#include <atomic>

namespace fieldbook {

// Streams one worksheet part (xl/worksheets/sheetN.xml) into SheetCsv. Rows and cells may be
// sparse or lack their `r`; empty rows cost an empty line only when a value follows them.
class SheetReader
{
public:
    static constexpr qint64 kMaxPartBytes = 256 * 1024 * 1024;
    // More columns than a record file may have (CsvReader::kMaxFields): the sheet is refused.
    static constexpr int kMaxValueColumns = 512;

    struct Context
    {
        const SharedStrings* strings = nullptr;
        const CellStyles* styles = nullptr;
        bool date1904 = false;
        const std::atomic<bool>* cancel = nullptr; // set: reading stops (SheetCsv::cancelled)
    };

    // maxRows > 0: stop after that many rows (the head of a sheet, for kind detection and previews).
    static Result<SheetCsv> read(const ZipArchive& archive, const QString& part, const Context& context,
                                 int maxRows = 0);
};

} // namespace fieldbook
