#include "app/records/RecordFileHead.h"
#include "app/records/AttLogLine.h"
#include "app/records/CsvReader.h"
#include "app/records/FieldParsing.h"
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
        // The header is still shown (lossily) so the auditor sees which file this is.
    }
    if (bytes.trimmed().isEmpty()) {
        head.problem.line = 1;
        head.problem.reason = QCoreApplication::translate("RecordFileHead", "the file is empty");
        return head;
    }
    head.looksLikeAttLog = readsAsAttLog(bytes);
    if (!head.looksLikeAttLog) {
        CsvReader reader(bytes);
        if (reader.readRecord()) {
            head.headers = cells(reader);
            if (reader.readRecord()) {
                head.firstRow = cells(reader);
            }
        }
    }
    head.bytes = std::move(bytes);
    return head;
}

} // namespace fieldbook
