#pragma once

#include "app/records/ParsedFile.h"
#include "app/records/RecordDirectoryReader.h"

#include <vector>

namespace fieldbook {

// The sheets of Excel workbooks as record files: each sheet is read as the CSV file of its kind.
namespace sheetrecordfile {

// Reads source.sheet of the workbook at source.path and parses it as a file of source.kind. Names
// it "book.xlsx [Sheet]"; its sha256 is the workbook's. Formulas without a saved value in a column
// the kind reads make the sheet unusable (a fatal issue saying how to fix it).
ParsedFile parse(const RecordSource& source, const RecordReadOptions& options);

// The sheets of a workbook in a folder that hold records, each with its kind: from the sheet's
// name, else its header, else (for a workbook of a single sheet) the workbook's name. Empty sheets
// and sheets of no known kind are left out. Fails when the workbook cannot be read at all.
Result<std::vector<RecordSource>> sources(const QString& path);

} // namespace sheetrecordfile

} // namespace fieldbook
