// Fuzz target: PackageContainer::parse (app/sync/PackageContainer.h), the .fieldbook container
// (magic line, JSON manifest, entries). Its signature is checked before parsing in the app, but
// the parser must hold against any bytes (a package signed by a trusted yet careless key).
#include "app/sync/PackageContainer.h"
#include "tests/fuzz/FuzzLimits.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > fieldbook::fuzz::kMaxInputBytes) {
        return 0;
    }
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const fieldbook::Result<fieldbook::PackageContainer> container = fieldbook::PackageContainer::parse(bytes);
    if (container.ok()) {
        volatile qsizetype sink = container.value().entries.size();
        const fieldbook::PackageEntry* audit = container.value().entry(QStringLiteral("audit.json"));
        if (audit) {
            sink = sink + audit->data.size();
        }
        sink = sink + container.value().serialize().size();
        (void)sink;
    }
    return 0;
}
