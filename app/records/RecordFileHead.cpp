#include "app/records/RecordFileHead.h"
#include "app/records/AttLogLine.h"
#include "app/records/ColumnSuggester.h"
#include "app/records/CsvReader.h"
#include "app/records/FieldParsing.h"
#include "app/records/HeaderRowFinder.h"
#include "app/records/RecordFileParser.h"
#include "app/records/TextEncoding.h"
#include "app/records/workbook/Workbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace fieldbook {

namespace {

QStringList cells(const CsvReader& reader)
{
    QStringList out;
    for (const QByteArrayView field : reader.fields()) {
        out.append(QString::fromUtf8(fieldparsing::trimmed(field)));
    }
    return out;
}

// A ZKTeco log: its first lines (up to kLinesLooked, at least one) all read as punches (AttLogLine:
// tabs, '|' or spaces between PIN, date-time and state). One line alone could be chance; a CSV
// header, a title or a row with commas never reads as a punch.
bool readsAsAttLog(QByteArrayView bytes)
{
    constexpr int kLinesLooked = 5;
    int looked = 0;
    qsizetype pos = 0;
    while (pos < bytes.size() && looked < kLinesLooked) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0) {
            end = bytes.size();
        }
        QByteArrayView line = bytes.sliced(pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (fieldparsing::trimmed(line).isEmpty()) {
            continue;
        }
        if (!AttLogLine::looksLikePunch(line)) {
            return false;
        }
        ++looked;
    }
    return looked > 0;
}

} // namespace

RecordFileHead RecordFileHead::read(const QString& path, const QString& encoding, qsizetype maxBytes)
{
    RecordFileHead head;
    head.problem.file = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        head.problem.reason = QCoreApplication::translate("RecordFileHead", "cannot open: %1").arg(file.errorString());
        return head;
    }
    QByteArray bytes = file.read(maxBytes);
    head.wholeFile = file.atEnd();
    if (!head.wholeFile) {
        const qsizetype lastLineEnd = bytes.lastIndexOf('\n');
        bytes.truncate(lastLineEnd < 0 ? 0 : lastLineEnd + 1);
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    if (!TextEncoding::isUtf8Name(encoding)) {
        Result<QByteArray> utf8 = TextEncoding::toUtf8(bytes, encoding, head.problem.file);
        if (!utf8) {
            head.problem.reason = utf8.error();
            return head;
        }
        bytes = utf8.take();
    } else if (const std::optional<Utf8Error> bad = TextEncoding::firstInvalidUtf8(bytes)) {
        head.problem.line = bad->line;
        head.problem.reason = TextEncoding::reason(*bad, bytes);
        head.notUtf8 = true;
        // The header is still shown so the auditor sees which file this is: decoded as it probably
        // is (so its kind can be found), else lossily. Nothing is read from it until an encoding is chosen.
        if (Result<QByteArray> guessed = TextEncoding::toUtf8(bytes, TextEncoding::guess(bytes), head.problem.file)) {
            bytes = guessed.take();
        }
    }
    head.takeLines(std::move(bytes));
    return head;
}

void RecordFileHead::takeLines(QByteArray text)
{
    if (text.trimmed().isEmpty()) {
        problem.line = 1;
        problem.reason = QCoreApplication::translate("RecordFileHead", "the file is empty");
        return;
    }
    looksLikeAttLog = readsAsAttLog(text);
    if (!looksLikeAttLog) {
        // Titles and blank rows may stand above the header: keep the first rows to look for it in.
        CsvReader reader(text);
        for (int i = 0; i <= RecordFileParser::kMaxRowsAboveHeader + 1 && reader.readRecord(); ++i) {
            leadingRows.append(cells(reader));
            leadingLines.append(reader.line());
        }
        useHeaderRow(HeaderRowFinder::find(leadingRows, QString(), ColumnSuggester()).record);
    }
    bytes = std::move(text);
}

RecordFileHead RecordFileHead::readSheet(const QString& path, const QString& sheet, qsizetype maxBytes)
{
    const QString fileName = QFileInfo(path).fileName();
    Result<Workbook> book = Workbook::open(path);
    const int index = book ? book->indexOfSheet(sheet) : -1;
    if (index < 0) {
        RecordFileHead head;
        head.problem.file = Workbook::sheetFileName(fileName, sheet);
        head.problem.reason =
            book ? QCoreApplication::translate("Workbook", "the workbook has no sheet named \"%1\"").arg(sheet)
                 : book.error();
        return head;
    }
    return readSheet(*book, index, fileName, maxBytes);
}

RecordFileHead RecordFileHead::readSheet(const Workbook& book, int index, const QString& fileName, qsizetype maxBytes)
{
    RecordFileHead head;
    head.problem.file = Workbook::sheetFileName(fileName, book.sheets()[size_t(index)].name);
    // Enough rows for titles above the header and a preview, never the whole of a large sheet.
    constexpr int kHeadRows = 200;
    Result<SheetCsv> rows = book.readSheet(index, kHeadRows);
    if (!rows) {
        head.problem.reason = rows.error();
        return head;
    }
    QByteArray text = std::move(rows->csv);
    head.wholeFile = !rows->truncated && text.size() <= maxBytes;
    if (text.size() > maxBytes) {
        const qsizetype lastLineEnd = text.lastIndexOf('\n', maxBytes - 1);
        text.truncate(lastLineEnd < 0 ? 0 : lastLineEnd + 1);
    }
    head.takeLines(std::move(text));
    return head;
}

void RecordFileHead::useHeaderRow(int record)
{
    if (record < 0 || record >= leadingRows.size()) {
        return;
    }
    headerRecord = record;
    headerLine = leadingLines.at(record);
    headers = leadingRows.at(record);
    firstRow = record + 1 < leadingRows.size() ? leadingRows.at(record + 1) : QStringList();
}

} // namespace fieldbook
