// Fuzz target: AttLogParser (app/records/AttLogParser.h), ZKTeco terminals' *_attlog.dat punch
// logs: tab-separated, no header, punches paired into shifts.
#include "app/records/AttLogParser.h"
#include "tests/fuzz/FuzzLimits.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > fieldbook::fuzz::kMaxInputBytes) {
        return 0;
    }
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const fieldbook::ParsedFile parsed = fieldbook::AttLogParser().parse(bytes, QStringLiteral("1_attlog.dat"));
    volatile qsizetype sink = parsed.rows + parsed.rejected + qsizetype(parsed.issues.size());
    for (const fieldbook::RecordIssue& issue : parsed.issues) {
        sink = sink + issue.toString().size();
    }
    (void)sink;
    return 0;
}
