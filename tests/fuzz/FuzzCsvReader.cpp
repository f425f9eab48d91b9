// Fuzz target: CsvReader (app/records/CsvReader.h), the reader under every CSV record file.
// Each input is read twice, with ',' and with ';' as separator (both occur in factories' exports);
// every field of every record is read byte by byte so the sanitizers check the views it returns.
#include "app/records/CsvReader.h"
#include "tests/fuzz/FuzzLimits.h"

namespace {

unsigned readAll(QByteArrayView bytes, char separator)
{
    fieldbook::CsvReader reader(bytes, separator);
    unsigned sum = 0;
    while (reader.readRecord()) {
        for (const QByteArrayView field : reader.fields()) {
            for (const char c : field) {
                sum += static_cast<unsigned char>(c);
            }
        }
        sum += unsigned(reader.rawRecord().size()) + unsigned(reader.line());
    }
    if (reader.hasError()) {
        sum += unsigned(reader.errorMessage().size()) + unsigned(reader.errorLine());
    }
    return sum;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > fieldbook::fuzz::kMaxInputBytes) {
        return 0;
    }
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    volatile unsigned sink = readAll(bytes, ',') + readAll(bytes, ';');
    (void)sink;
    return 0;
}
