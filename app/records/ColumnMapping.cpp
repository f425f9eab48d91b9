#include "app/records/ColumnMapping.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace fieldbook {

namespace {

QString normalised(std::string_view header)
{
    return QString::fromUtf8(header.data(), qsizetype(header.size())).trimmed().toLower();
}

} // namespace

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject o;
    for (auto it = m_source.constBegin(); it != m_source.constEnd(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject& json)
{
    QHash<QString, QString> source;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.value().isString()) {
            source.insert(it.key(), it.value().toString());
        }
    }
    return ColumnMapping(source);
}

Result<std::vector<int>> ColumnMapping::resolve(RecordKind kind, const std::vector<std::string_view>& header,
                                                const QString& fileName) const
{
    QHash<QString, int> position;
    QStringList found;
    for (size_t i = 0; i < header.size(); ++i) {
        const QString name = normalised(header[i]);
        found << name;
        if (!position.contains(name)) {
            position.insert(name, int(i));
        }
    }
    const QList<ColumnSpec> columns = recordKindColumns(kind);
    std::vector<int> indexes(size_t(columns.size()), -1);
    QStringList missing;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QString wanted = sourceFor(columns.at(c).name).trimmed().toLower();
        indexes[size_t(c)] = position.value(wanted, -1);
        if (indexes[size_t(c)] < 0 && columns.at(c).required) {
            missing << columns.at(c).name;
        }
    }
    if (!missing.isEmpty()) {
        return Result<std::vector<int>>::failure(
            QCoreApplication::translate("Records", "%1:1: required column(s) %2 not found (the header has: %3)")
                .arg(fileName, missing.join(QStringLiteral(", ")), found.join(QStringLiteral(", "))));
    }
    return indexes;
}

Result<ColumnMapping> ColumnMapping::load(const Database& db, qint64 facilityId, RecordKind kind)
{
    Result<QVariant> json =
        db.scalar(QStringLiteral("SELECT mapping_json FROM column_mappings WHERE facility_id = ?1 AND kind = ?2"),
                  {facilityId, recordKindId(kind)});
    if (!json) {
        return Result<ColumnMapping>::failure(json.error());
    }
    if (json->isNull()) {
        return ColumnMapping();
    }
    return fromJson(QJsonDocument::fromJson(json->toString().toUtf8()).object());
}

Status ColumnMapping::save(const Database& db, qint64 facilityId, RecordKind kind, const ColumnMapping& mapping)
{
    Result<Statement> stmt = db.prepare(QStringLiteral(
        "INSERT INTO column_mappings (facility_id, kind, mapping_json, updated_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (facility_id, kind) DO UPDATE SET mapping_json = excluded.mapping_json, "
        "updated_at = excluded.updated_at"));
    if (!stmt) {
        return Status::failure(stmt.error());
    }
    stmt->bind(1, facilityId)
        .bind(2, recordKindId(kind))
        .bind(3, QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)))
        .bind(4, nowUtc());
    return stmt->exec() ? Status::success() : Status::failure(stmt->errorMessage());
}

} // namespace fieldbook
