// Fuzz target: the punch-per-row CSV exports of time-attendance software (kind "punches",
// app/records/PunchFileParser), through RecordFileParser::parse and the shared punch pairing.
// The first byte picks the column mapping: even, the canonical headers (worker_id, timestamp,
// date, time, check_type); odd, the one ColumnSuggester finds in the header row (Emp No., Date
// Time, Check Type ...), as a folder given to `analyze --records` is read. The rest is the file.
#include "app/records/ColumnSuggester.h"
#include "app/records/CsvReader.h"
#include "app/records/PunchFileParser.h"
#include "tests/fuzz/FuzzLimits.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1 || size > fieldbook::fuzz::kMaxInputBytes) {
        return 0;
    }
    const QByteArrayView file(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    fieldbook::ColumnMapping mapping;
    if (data[0] % 2 == 1) {
        fieldbook::CsvReader header(file);
        if (header.readRecord()) {
            QStringList headers;
            for (const QByteArrayView field : header.fields()) {
                headers.append(QString::fromUtf8(field).trimmed());
            }
            QHash<QString, QString> suggested;
            for (const fieldbook::ColumnChoice& choice :
                 fieldbook::ColumnSuggester().suggest(QStringLiteral("punches"), headers)) {
                if (choice.isMapped()) {
                    suggested.insert(choice.spec.name, choice.header);
                }
            }
            mapping = fieldbook::ColumnMapping(suggested);
        }
    }
    const fieldbook::ParsedFile parsed =
        fieldbook::PunchFileParser().parse(file, QStringLiteral("punches.csv"), mapping);
    volatile qsizetype sink =
        parsed.rows + parsed.rejected + qsizetype(parsed.issues.size()) + qsizetype(parsed.records.timeRecords.size());
    for (const fieldbook::RecordIssue& issue : parsed.issues) {
        sink = sink + issue.toString().size() + issue.raw.size();
    }
    (void)sink;
    return 0;
}
