// Fuzz target: CatalogParser::parse (app/codes/CatalogParser.h), a code catalog (docs/catalog-format.md),
// the file a user imports as a new catalog.
#include "app/codes/CatalogParser.h"
#include "tests/fuzz/FuzzLimits.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > fieldbook::fuzz::kMaxInputBytes) {
        return 0;
    }
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const fieldbook::Result<fieldbook::Catalog> catalog =
        fieldbook::CatalogParser::parse(bytes, QStringLiteral("fuzz.json"));
    volatile bool sink = catalog.ok();
    (void)sink;
    return 0;
}
