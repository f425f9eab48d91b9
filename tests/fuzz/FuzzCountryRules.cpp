// Fuzz target: CountryRules::parse (app/codes/CountryRules.h), a country's legal thresholds file
// (resources/countries/*.json, or one a user imports).
#include "app/codes/CountryRules.h"
#include "tests/fuzz/FuzzLimits.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > fieldbook::fuzz::kMaxInputBytes) {
        return 0;
    }
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const fieldbook::Result<fieldbook::CountryRules> rules =
        fieldbook::CountryRules::parse(bytes, QStringLiteral("xx.json"));
    volatile bool sink = rules.ok();
    (void)sink;
    return 0;
}
