#include "app/records/RecordFileHead.h"
#include "app/records/ColumnSuggester.h"
#include "app/records/CsvReader.h"
#include "app/records/FieldParsing.h"
#include "app/records/HeaderRowFinder.h"
#include "app/records/RecordFileParser.h"
#include "app/records/TextEncoding.h"

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

// A ZKTeco line: PIN <tab> YYYY-MM-DD HH:MM:SS <tab> state ...
bool isAttLogLine(QByteArrayView line)
{
    const qsizetype first = line.indexOf('\t');
    if (first <= 0) {
        return false;
    }
    const qsizetype second = line.sliced(first + 1).indexOf('\t');
    if (second < 0) {
        return false;
    }
    JulianDay date = 0;
    int seconds = 0;
    return fieldparsing::parseTimestamp(fieldparsing::trimmed(line.sliced(first + 1, second)), &date, &seconds);
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
    if (bytes.trimmed().isEmpty()) {
        head.problem.line = 1;
        head.problem.reason = QCoreApplication::translate("RecordFileHead", "the file is empty");
        return head;
    }
    qsizetype start = 0;
    while (start < bytes.size() && (bytes[start] == '\n' || bytes[start] == '\r')) {
        ++start;
    }
    const qsizetype lineEnd = bytes.indexOf('\n', start);
    head.looksLikeAttLog =
        isAttLogLine(QByteArrayView(bytes).sliced(start, (lineEnd < 0 ? bytes.size() : lineEnd) - start));
    if (!head.looksLikeAttLog) {
        // Titles and blank rows may stand above the header: keep the first rows to look for it in.
        CsvReader reader(bytes);
        for (int i = 0; i <= RecordFileParser::kMaxRowsAboveHeader + 1 && reader.readRecord(); ++i) {
            head.leadingRows.append(cells(reader));
            head.leadingLines.append(reader.line());
        }
        head.useHeaderRow(HeaderRowFinder::find(head.leadingRows, QString(), ColumnSuggester()).record);
    }
    head.bytes = std::move(bytes);
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
