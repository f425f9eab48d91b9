#include "app/records/workbook/SheetRecordFile.h"
#include "app/records/ColumnSuggester.h"
#include "app/records/CsvReader.h"
#include "app/records/RecordFileParser.h"
#include "app/records/RecordKinds.h"
#include "app/records/workbook/CellReference.h"
#include "app/records/workbook/SheetKinds.h"
#include "app/records/workbook/Workbook.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace fieldbook::sheetrecordfile {

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workbook)
};

QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly)) {
        hash.addData(&file);
    }
    return hash.result().toHex();
}

// The first column the kind reads that holds a formula without a saved value, as the issue's
// column (canonical name) and row; false when the formulas are all in columns the import ignores.
bool formulaInReadColumn(const SheetCsv& sheet, const QString& kind, const ColumnMapping& mapping, QString* column,
                         int* row)
{
    // The header is the first of the first rows that holds the kind's required columns (titles may
    // stand above it); with none, the parser reports the missing columns.
    constexpr int kHeaderSearchRows = 30;
    CsvReader reader(sheet.csv);
    const std::vector<ColumnSpec> specs = RecordKinds::columns(kind);
    Result<std::vector<int>> indexes = Result<std::vector<int>>::failure(QString());
    int headerLine = 0;
    for (int tried = 0; tried < kHeaderSearchRows && reader.readRecord(); ++tried) {
        indexes = mapping.resolve(reader.fields(), specs);
        if (indexes) {
            headerLine = reader.line();
            break;
        }
    }
    if (!indexes) {
        return false;
    }
    bool found = false;
    for (size_t i = 0; i < indexes->size(); ++i) {
        const auto at = sheet.formulaColumns.constFind(indexes.value()[i]);
        if (at == sheet.formulaColumns.constEnd() || at->last <= headerLine) {
            continue; // no such formula below the header in this column (one above it is a title)
        }
        const int first = at->first > headerLine ? at->first : at->last;
        if (!found || first < *row) {
            *column = specs[i].name;
            *row = first;
            found = true;
        }
    }
    return found;
}

} // namespace

ParsedFile parse(const RecordSource& source, const RecordReadOptions& options)
{
    ParsedFile parsed;
    parsed.fileName = Workbook::sheetFileName(QFileInfo(source.path).fileName(), source.sheet);
    parsed.kind = source.kind;
    // The workbook first: what is wrong with it (an .xls, a password) is what the auditor must hear.
    Result<Workbook> book = Workbook::open(source.path);
    if (!book) {
        parsed.setFatal(0, QString(), book.error());
        return parsed;
    }
    if (!RecordKinds::isCsv(source.kind)) {
        parsed.setFatal(0, QString(), Tr::tr("a sheet can hold records of a CSV kind only, not '%1'").arg(source.kind));
        return parsed;
    }
    // A workbook given without a sheet (`--file payroll=book.xlsx`) is read when it has only one.
    const int index = source.sheet.isEmpty() && book->sheets().size() == 1 ? 0 : book->indexOfSheet(source.sheet);
    if (index < 0) {
        parsed.setFatal(0, QString(),
                        source.sheet.isEmpty()
                            ? Tr::tr("the workbook has %1 sheets: choose the one to read").arg(book->sheets().size())
                            : Tr::tr("the workbook has no sheet named \"%1\"").arg(source.sheet));
        return parsed;
    }
    parsed.fileName = Workbook::sheetFileName(QFileInfo(source.path).fileName(), book->sheets()[size_t(index)].name);
    Result<SheetCsv> sheet = book->readSheet(index, 0, options.cancel);
    if (!sheet) {
        parsed.setFatal(0, QString(), sheet.error());
        return parsed;
    }
    if (sheet->cancelled) {
        parsed.cancelled = true;
        return parsed;
    }
    const ColumnMapping& mapping = source.mapping.isEmpty() ? options.mappings.value(source.kind) : source.mapping;
    QString column;
    int row = 0;
    if (sheet->formulasWithoutValue > 0 && formulaInReadColumn(*sheet, source.kind, mapping, &column, &row)) {
        // Empty cells where the sheet shows figures would be read as "not recorded": refused.
        parsed.setFatal(row, column,
                        Tr::tr("%n formula(s) have no saved value: open the workbook in Excel or LibreOffice and "
                               "save it again",
                               nullptr, sheet->formulasWithoutValue));
        return parsed;
    }
    std::unique_ptr<RecordFileParser> parser = RecordKinds::createParser(source.kind);
    parser->setCancelFlag(options.cancel);
    const QString name = parsed.fileName;
    parsed = parser->parse(sheet->csv, name, mapping);
    if (options.computeSha256) {
        parsed.sha256 = fileSha256(source.path); // the workbook as the factory handed it over
    }
    return parsed;
}

Result<std::vector<RecordSource>> sources(const QString& path)
{
    using R = Result<std::vector<RecordSource>>;
    const QString fileName = QFileInfo(path).fileName();
    Result<Workbook> book = Workbook::open(path);
    if (!book) {
        return R::failure(QStringLiteral("%1: %2").arg(fileName, book.error()));
    }
    // A sheet's kind needs its name or its first rows: titles and blank rows may come first.
    constexpr int kHeadRows = 30;
    std::vector<RecordSource> found;
    std::vector<QString> unknown; // non-empty sheets of no known kind
    const ColumnSuggester suggester;
    for (int i = 0; i < int(book->sheets().size()); ++i) {
        const QString sheetName = book->sheets()[size_t(i)].name;
        Result<SheetCsv> head = book->readSheet(i, kHeadRows);
        if (!head) {
            return R::failure(QStringLiteral("%1: %2").arg(Workbook::sheetFileName(fileName, sheetName), head.error()));
        }
        if (head->csv.trimmed().isEmpty()) {
            continue;
        }
        QString kind = sheetkinds::kindOfSheetName(sheetName);
        CsvReader reader(head->csv);
        while (kind.isEmpty() && reader.readRecord()) {
            QStringList headers;
            for (const QByteArrayView field : reader.fields()) {
                headers.append(QString::fromUtf8(field).trimmed());
            }
            kind = suggester.detectKind(headers);
        }
        if (kind.isEmpty()) {
            unknown.push_back(sheetName);
            continue;
        }
        RecordSource source;
        source.path = path;
        source.sheet = sheetName;
        source.kind = kind;
        found.push_back(std::move(source));
    }
    // "workers.xlsx" holding one sheet "Sheet1": the workbook's name says what the sheet is.
    const QString byBookName =
        RecordKinds::kindSuggestedByFileName(QFileInfo(path).completeBaseName() + QStringLiteral(".csv"));
    if (found.empty() && unknown.size() == 1 && RecordKinds::isCsv(byBookName)) {
        RecordSource source;
        source.path = path;
        source.sheet = unknown.front();
        source.kind = byBookName;
        found.push_back(std::move(source));
    }
    return found;
}

} // namespace fieldbook::sheetrecordfile
