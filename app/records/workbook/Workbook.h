#pragma once

#include "app/records/workbook/CellStyles.h"
#include "app/records/workbook/SharedStrings.h"
#include "app/records/workbook/SheetCsv.h"
#include "app/records/workbook/ZipArchive.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <vector>

namespace fieldbook {

struct WorkbookSheet
{
    QString name; // as on its tab
    QString part; // the worksheet part in the archive, e.g. xl/worksheets/sheet1.xml
};

// An Excel workbook (.xlsx, Office Open XML, transitional) opened for reading its sheets as CSV.
// Anything else that reaches it is told apart with a message saying what to do: a legacy .xls, a
// password-protected workbook, an .xlsb, an OpenDocument spreadsheet, a Strict Open XML workbook,
// a damaged file. Messages are reasons without the file name: the caller names file and sheet.
class Workbook
{
public:
    static constexpr qint64 kMaxSmallPartBytes = 16 * 1024 * 1024; // workbook.xml, relationships

    static Result<Workbook> open(const QString& path);

    // .xlsx, .xlsm, and the forms only told apart to be refused (.xls, .xlsb, .ods).
    static bool isWorkbookFileName(const QString& fileName);
    // "book.xlsx [Payroll]": how issues, the store and the summaries name a sheet.
    static QString sheetFileName(const QString& fileName, const QString& sheet);

    const std::vector<WorkbookSheet>& sheets() const
    {
        return m_sheets;
    }
    int indexOfSheet(const QString& name) const;
    bool date1904() const
    {
        return m_date1904;
    }
    // The sheet's rows as CSV; maxRows > 0 stops after that many rows, a set cancel flag at once.
    Result<SheetCsv> readSheet(int index, int maxRows = 0, const std::atomic<bool>* cancel = nullptr) const;

private:
    explicit Workbook(ZipArchive archive) : m_archive(std::move(archive))
    {}

    ZipArchive m_archive;
    std::vector<WorkbookSheet> m_sheets;
    SharedStrings m_strings;
    CellStyles m_styles;
    bool m_date1904 = false;
};

} // namespace fieldbook
