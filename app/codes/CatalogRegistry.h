#pragma once

#include "app/codes/Catalog.h"
#include "database/Result.h"

#include <QList>

namespace fieldbook {

class Database;

// The codes Fieldbook knows: the built-in catalogs (compiled-in resources) and codes the user
// imported into the store (table custom_catalogs). Looks codes up by id or alias ("eicc" = "rba").
class CatalogRegistry
{
public:
    // The built-in catalogs only. Fails loudly if a compiled-in catalog is invalid.
    static const CatalogRegistry& builtIn();
    // Built-in plus the codes imported into this store.
    static Result<CatalogRegistry> withStore(const Database& db);

    const QList<Catalog>& catalogs() const
    {
        return m_catalogs;
    }
    const Catalog* find(const QString& idOrAlias) const;
    // Canonical id for an id or alias, empty when unknown.
    QString canonicalId(const QString& idOrAlias) const;

    // Validates a catalog file and stores it in the store (replacing an imported code of the
    // same id). A built-in id or alias cannot be replaced. All or nothing.
    static Result<Catalog> importInto(const Database& db, const QByteArray& json, const QString& fileName);

private:
    QList<Catalog> m_catalogs;
};

} // namespace fieldbook
