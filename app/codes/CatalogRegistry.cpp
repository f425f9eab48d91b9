#include "app/codes/CatalogRegistry.h"
#include "app/codes/CatalogParser.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace fieldbook {

const CatalogRegistry& CatalogRegistry::builtIn()
{
    static const CatalogRegistry registry = [] {
        CatalogRegistry r;
        const QDir dir(QStringLiteral(":/codes"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            if (name == QLatin1String("crosswalk.json")) {
                continue;
            }
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                qFatal("Cannot read built-in catalog %s", qPrintable(name));
            }
            Result<Catalog> catalog = CatalogParser::parse(file.readAll(), name);
            if (!catalog) {
                // A broken compiled-in catalog is a build defect: tests catch it, users never see it.
                qFatal("%s", qPrintable(catalog.error()));
            }
            catalog->builtIn = true;
            r.m_catalogs.append(catalog.take());
        }
        // Most used first.
        const QStringList order = {QStringLiteral("sa8000"), QStringLiteral("rba"), QStringLiteral("wrap")};
        std::stable_sort(r.m_catalogs.begin(), r.m_catalogs.end(), [&order](const Catalog& a, const Catalog& b) {
            const qsizetype ia = order.indexOf(a.id);
            const qsizetype ib = order.indexOf(b.id);
            return (ia < 0 ? 99 : ia) < (ib < 0 ? 99 : ib);
        });
        return r;
    }();
    return registry;
}

Result<CatalogRegistry> CatalogRegistry::withStore(const Database& db)
{
    CatalogRegistry r = builtIn();
    Result<Statement> stmt = db.prepare(QStringLiteral("SELECT code_id, json FROM custom_catalogs ORDER BY code_id"));
    if (!stmt) {
        return Result<CatalogRegistry>::failure(stmt.error());
    }
    while (stmt->step()) {
        Result<Catalog> catalog = CatalogParser::parse(stmt->text(1).toUtf8(), stmt->text(0) + QStringLiteral(".json"));
        if (!catalog) {
            return Result<CatalogRegistry>::failure(catalog.error());
        }
        r.m_catalogs.append(catalog.take());
    }
    return r;
}

const Catalog* CatalogRegistry::find(const QString& idOrAlias) const
{
    const QString key = idOrAlias.trimmed().toLower();
    for (const Catalog& c : m_catalogs) {
        if (c.id == key || c.aliases.contains(key)) {
            return &c;
        }
    }
    return nullptr;
}

QString CatalogRegistry::canonicalId(const QString& idOrAlias) const
{
    const Catalog* c = find(idOrAlias);
    return c ? c->id : QString();
}

Result<Catalog> CatalogRegistry::importInto(const Database& db, const QByteArray& json, const QString& fileName)
{
    Result<Catalog> catalog = CatalogParser::parse(json, fileName);
    if (!catalog) {
        return catalog;
    }
    QStringList keys = catalog->aliases;
    keys << catalog->id;
    for (const QString& key : keys) {
        const Catalog* existing = builtIn().find(key);
        if (existing) {
            return Result<Catalog>::failure(
                QCoreApplication::translate("Catalog", "%1: $.id: \"%2\" is a built-in code and cannot be replaced")
                    .arg(fileName, key));
        }
    }
    Transaction tx(db);
    Result<Statement> stmt = db.prepare(QStringLiteral(
        "INSERT INTO custom_catalogs (uuid, code_id, version, json, imported_at) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT (code_id) DO UPDATE SET version = excluded.version, json = excluded.json, "
        "imported_at = excluded.imported_at"));
    if (!stmt) {
        return Result<Catalog>::failure(stmt.error());
    }
    stmt->bind(1, newUuid())
        .bind(2, catalog->id)
        .bind(3, catalog->version)
        .bind(4, QString::fromUtf8(json))
        .bind(5, nowUtc());
    if (!stmt->exec()) {
        return Result<Catalog>::failure(stmt->errorMessage());
    }
    if (Status s = AuditTrail::record(db, {0,
                                           {},
                                           {},
                                           {},
                                           QStringLiteral("custom_catalogs"),
                                           catalog->id,
                                           QStringLiteral("insert"),
                                           QStringLiteral("version"),
                                           {},
                                           catalog->version});
        !s) {
        return Result<Catalog>::failure(s.error());
    }
    if (Status s = tx.commit(); !s) {
        return Result<Catalog>::failure(s.error());
    }
    return catalog;
}

} // namespace fieldbook
