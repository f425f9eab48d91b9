#include "app/records/RecordPreviewReader.h"
#include "app/records/AttLogLine.h"
#include "app/records/AttLogParser.h"
#include "app/records/CsvReader.h"
#include "app/records/FieldParsing.h"
#include "app/records/RecordFileHead.h"
#include "app/records/RecordFileParser.h"
#include "app/records/RecordImportSession.h"
#include "app/records/RecordKinds.h"

#include <QCoreApplication>
#include <iterator>

namespace fieldbook {

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// named Tr::tr() would file these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordImportSession)
};

} // namespace

RecordPreview RecordPreviewReader::read(const RecordImportFile& f, int rows)
{
    RecordPreview preview;
    preview.fileName = f.fileName;
    preview.kind = f.kind;
    for (const ColumnChoice& choice : f.columns) {
        preview.columns.append(choice.spec.name);
        preview.personal.push_back(choice.spec.personal);
    }
    if (f.kind.isEmpty()) {
        preview.problem = Tr::tr("Choose what kind of records the file holds to see how it will be read.");
        return preview;
    }
    const RecordFileHead head =
        f.sheet.isEmpty() ? RecordFileHead::read(f.path, f.encoding) : RecordFileHead::readSheet(f.path, f.sheet);
    if (!head.problem.reason.isEmpty()) {
        preview.problem = head.problem.line > 0 ? Tr::tr("line %1: %2").arg(head.problem.line).arg(head.problem.reason)
                                                : head.problem.reason;
        return preview;
    }
    const qsizetype columnCount = preview.columns.size();
    auto newRow = [&](int line) {
        RecordPreviewRow row;
        row.line = line;
        for (qsizetype c = 0; c < columnCount; ++c) {
            row.cells.append(QString());
            row.problems.append(QString());
        }
        return row;
    };
    qsizetype sliceEnd = 0;
    if (f.kind == RecordKinds::AttLog) {
        const QByteArray& bytes = head.bytes;
        qsizetype pos = 0;
        int line = 0;
        while (pos < bytes.size()) {
            ++line;
            qsizetype end = bytes.indexOf('\n', pos);
            if (end < 0) {
                end = bytes.size();
            }
            QByteArrayView text = QByteArrayView(bytes).sliced(pos, end - pos);
            pos = end + 1;
            if (fieldparsing::trimmed(text).isEmpty()) {
                continue;
            }
            if (int(preview.rows.size()) == rows) {
                preview.moreRows = true;
                break;
            }
            RecordPreviewRow row = newRow(line);
            if (text.endsWith('\r')) {
                text.chop(1);
            }
            // The fields as the parser splits them (tabs, '|' or spaces); a line that does not read
            // shows what was read of it, and the parser's issue below says why.
            AttLogLine fields;
            AttLogLine::read(text, &fields);
            const QByteArrayView values[] = {fields.pin, fields.timestamp, fields.state};
            for (qsizetype c = 0; c < columnCount && c < qsizetype(std::size(values)); ++c) {
                // simplified(): a date and a time given as two fields show as one date-time.
                row.cells[c] = QString::fromUtf8(values[c]).simplified();
            }
            preview.rows.push_back(row);
            sliceEnd = qMin(pos, bytes.size());
        }
        ParsedFile parsed = AttLogParser().parse(QByteArrayView(bytes).first(sliceEnd), f.fileName);
        for (RecordIssue& issue : parsed.issues) {
            // A punch's pair may lie after the rows shown: only the bad rows are the preview's business.
            if (issue.blocking) {
                preview.issues.push_back(std::move(issue));
            }
        }
    } else {
        CsvReader reader(head.bytes);
        for (int record = 0; record <= f.headerRecord; ++record) { // titles above the header, then the header
            if (!reader.readRecord()) {
                preview.problem = reader.hasError() ? reader.errorMessage() : Tr::tr("the file is empty");
                return preview;
            }
        }
        std::vector<qsizetype> positions;
        for (const ColumnChoice& choice : f.columns) {
            positions.push_back(choice.isMapped() ? f.headers.indexOf(choice.header) : -1);
        }
        while (reader.readRecord()) {
            if (int(preview.rows.size()) == rows) {
                preview.moreRows = true;
                break;
            }
            RecordPreviewRow row = newRow(reader.line());
            for (qsizetype c = 0; c < columnCount; ++c) {
                if (positions[size_t(c)] >= 0) {
                    const QString value =
                        QString::fromUtf8(fieldparsing::trimmed(reader.field(int(positions[size_t(c)]))));
                    row.cells[c] =
                        preview.personal[size_t(c)] && !value.isEmpty() ? RecordImportSession::personalMask() : value;
                }
            }
            preview.rows.push_back(row);
            sliceEnd = reader.rawRecord().data() + reader.rawRecord().size() - head.bytes.constData();
        }
        if (reader.hasError() && int(preview.rows.size()) < rows) {
            preview.problem = Tr::tr("line %1: %2").arg(reader.errorLine()).arg(reader.errorMessage());
        }
        if (!head.wholeFile) {
            preview.moreRows = true;
        }
        // The real parser on exactly the rows shown: the problems marked are the ones the import finds.
        std::unique_ptr<RecordFileParser> parser = RecordKinds::createParser(f.kind);
        ParsedFile parsed = parser->parse(QByteArrayView(head.bytes).first(sliceEnd), f.fileName, f.mapping(), f.forms);
        if (!parsed.fatalError.isEmpty() && preview.problem.isEmpty()) {
            preview.problem = parsed.fatal.reason;
        }
        preview.issues = std::move(parsed.issues);
    }
    for (const RecordIssue& issue : preview.issues) {
        for (RecordPreviewRow& row : preview.rows) {
            if (row.line != issue.line) {
                continue;
            }
            const qsizetype c = preview.columns.indexOf(issue.column);
            if (c >= 0) {
                row.problems[c] = issue.reason;
            } else {
                row.rowProblem = issue.reason;
            }
            row.blocking = row.blocking || issue.blocking;
        }
    }
    return preview;
}

} // namespace fieldbook
