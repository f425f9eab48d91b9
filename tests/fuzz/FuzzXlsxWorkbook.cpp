// Fuzz target: Excel workbooks (.xlsx): the zip archive with its limits, the workbook's parts
// (relationships, workbook.xml, shared strings, styles) and every sheet read into CSV, then the
// sheets' kinds found as a folder read finds them. The input is the workbook file itself; libzip
// opens files by name, so it is written to a temporary file first.
#include "app/records/workbook/SheetRecordFile.h"
#include "app/records/workbook/Workbook.h"
#include "tests/fuzz/FuzzLimits.h"

#include <QCoreApplication>
#include <QDir>
#include <fstream>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > fieldbook::fuzz::kMaxInputBytes) {
        return 0;
    }
    static const QString path =
        QDir::temp().filePath(QStringLiteral("fieldbook-fuzz-%1.xlsx").arg(QCoreApplication::applicationPid()));
    {
        std::ofstream out(QFile::encodeName(path).toStdString(), std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
    }
    volatile qsizetype sink = 0;
    fieldbook::Result<fieldbook::Workbook> book = fieldbook::Workbook::open(path);
    if (book) {
        for (int i = 0; i < int(book->sheets().size()); ++i) {
            fieldbook::Result<fieldbook::SheetCsv> sheet = book->readSheet(i);
            sink = sink + (sheet ? sheet->csv.size() + sheet->rows : sheet.error().size());
        }
    } else {
        sink = sink + book.error().size();
    }
    fieldbook::Result<std::vector<fieldbook::RecordSource>> sources = fieldbook::sheetrecordfile::sources(path);
    sink = sink + (sources ? qsizetype(sources->size()) : sources.error().size());
    (void)sink;
    return 0;
}
