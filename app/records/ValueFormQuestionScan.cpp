#include "app/records/ValueFormQuestionScan.h"
#include "app/records/CsvReader.h"
#include "app/records/RecordFileHead.h"
#include "app/records/RecordImportFile.h"
#include "app/records/RecordKinds.h"
#include "app/records/workbook/SheetReader.h"
#include "app/records/workbook/Workbook.h"

#include <optional>

namespace fieldbook {

namespace {

// As far as a whole file is read to find its question: the largest sheet a workbook may hold.
constexpr qsizetype kMaxScanBytes = SheetReader::kMaxPartBytes;

ValueConventions scan(const RecordImportFile& file, QByteArrayView bytes)
{
    CsvReader reader(bytes);
    for (int record = 0; record <= file.headerRecord; ++record) { // titles above the header, then the header
        if (!reader.readRecord()) {
            return {};
        }
    }
    std::vector<ColumnSpec> columns;
    std::vector<int> indexes;
    for (const ColumnChoice& choice : file.columns) {
        columns.push_back(choice.spec);
        indexes.push_back(choice.isMapped() ? int(file.headers.indexOf(choice.header)) : -1);
    }
    return ValueConventionScan::decide(reader, columns, indexes, file.forms);
}

// The whole file as the parser gets it (a sheet as CSV); nullopt when it cannot be read (the
// import then reports why).
std::optional<QByteArray> readWhole(const RecordImportFile& file)
{
    if (file.sheet.isEmpty()) {
        RecordFileHead whole = RecordFileHead::read(file.path, file.encoding, kMaxScanBytes);
        return whole.problem.reason.isEmpty() ? std::optional<QByteArray>(std::move(whole.bytes)) : std::nullopt;
    }
    // RecordFileHead reads a sheet's first rows only.
    const Result<Workbook> book = Workbook::open(file.path);
    const int index = book ? book->indexOfSheet(file.sheet) : -1;
    if (index < 0) {
        return std::nullopt;
    }
    Result<SheetCsv> rows = book->readSheet(index);
    return rows ? std::optional<QByteArray>(std::move(rows->csv)) : std::nullopt;
}

} // namespace

void ValueFormQuestionScan::update(RecordImportFile& file, const RecordFileHead& head)
{
    file.question = ValueFormQuestion::None;
    file.questionAt = RecordIssue();
    // Punch exports read year-first dates only and time-clock logs have no local forms: they ask nothing.
    if (!RecordKinds::isCsv(file.kind) || file.kind == RecordKinds::Punches || file.hasProblem() ||
        !head.problem.reason.isEmpty()) {
        return;
    }
    ValueConventions found = scan(file, head.bytes);
    if (found.question != ValueFormQuestion::None && !head.wholeFile) {
        const std::optional<QByteArray> whole = readWhole(file);
        if (!whole) {
            return; // the import reports it
        }
        found = scan(file, *whole);
    }
    if (found.question == ValueFormQuestion::None) {
        return;
    }
    file.question = found.question;
    file.questionAt.file = file.fileName;
    file.questionAt.line = found.problem.line;
    file.questionAt.column = found.problem.column;
    file.questionAt.reason = found.questionValue;
}

void ValueFormQuestionScan::update(RecordImportFile& file)
{
    if (!RecordKinds::isCsv(file.kind) || file.kind == RecordKinds::Punches || file.hasProblem()) {
        file.question = ValueFormQuestion::None;
        file.questionAt = RecordIssue();
        return;
    }
    update(file, file.sheet.isEmpty() ? RecordFileHead::read(file.path, file.encoding)
                                      : RecordFileHead::readSheet(file.path, file.sheet));
}

} // namespace fieldbook
