// Fuzz target: the CSV record file parsers (workers, time_records, payroll, production, gate_log),
// through RecordKinds::createParser and RecordFileParser::parse, the entry that reads one file's
// bytes (with the default column mapping: the headers of the record-file contract).
// The first byte picks the kind: '0'..'4' in the order above, any other byte modulo 5; the rest
// of the input is the file.
#include "app/records/RecordFileParser.h"
#include "app/records/RecordKinds.h"
#include "tests/fuzz/FuzzLimits.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1 || size > fieldbook::fuzz::kMaxInputBytes) {
        return 0;
    }
    using fieldbook::RecordKinds;
    static const QString kinds[] = {RecordKinds::Workers, RecordKinds::TimeRecords, RecordKinds::Payroll,
                                    RecordKinds::Production, RecordKinds::GateLog};
    const unsigned selector = data[0] >= '0' && data[0] <= '4' ? unsigned(data[0] - '0') : unsigned(data[0]) % 5;
    std::unique_ptr<fieldbook::RecordFileParser> parser = RecordKinds::createParser(kinds[selector]);
    const QByteArrayView file(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const fieldbook::ParsedFile parsed = parser->parse(file, kinds[selector] + QStringLiteral(".csv"));
    volatile qsizetype sink = parsed.rows + parsed.rejected + qsizetype(parsed.issues.size());
    for (const fieldbook::RecordIssue& issue : parsed.issues) {
        sink = sink + issue.toString().size();
    }
    (void)sink;
    return 0;
}
