// Fuzz target: AuditParams::fromJson (app/params/AuditParams.h), an audit's params.json. The
// bytes go through QJsonDocument as the file reader does; a top-level object is read, and what is
// read is written back and asked for the minimum wage of a day (the schedule look-up).
#include "app/params/AuditParams.h"
#include "tests/fuzz/FuzzLimits.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > fieldbook::fuzz::kMaxInputBytes) {
        return 0;
    }
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject()) {
        return 0;
    }
    const fieldbook::Result<fieldbook::AuditParams> params = fieldbook::AuditParams::fromJson(document.object());
    if (params.ok()) {
        volatile double sink =
            params.value().minimumWageHourlyOn(QDate(2026, 1, 15)) + double(params.value().toJson().size());
        (void)sink;
    }
    return 0;
}
