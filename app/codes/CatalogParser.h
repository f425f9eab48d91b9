#pragma once

#include "app/codes/Catalog.h"
#include "database/Result.h"

#include <QByteArray>

namespace fieldbook {

// Reads and validates a catalog file (docs/catalog-format.md). Any problem fails the whole file
// with file name, JSON path and what is wrong: an invalid catalog never half-loads.
class CatalogParser
{
public:
    static Result<Catalog> parse(const QByteArray& json, const QString& fileName);
    static Result<Catalog> parseFile(const QString& path);
    static QStringList verificationMethods();
    static QStringList severities();
};

} // namespace fieldbook
