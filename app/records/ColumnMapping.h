#pragma once

#include "app/records/RecordKind.h"
#include "database/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <string_view>
#include <vector>

namespace fieldbook {

class Database;

// How a file's headers map onto formats.md's columns. By default a column is found by its own
// name (case-insensitive, surrounding spaces ignored); a factory whose export says "Emp No." for
// worker_id gets a mapping {"worker_id": "Emp No."}, remembered per facility.
class ColumnMapping
{
public:
    ColumnMapping() = default;
    explicit ColumnMapping(QHash<QString, QString> sourceHeaderFor) : m_source(std::move(sourceHeaderFor))
    {}

    void setSource(const QString& column, const QString& header)
    {
        m_source.insert(column, header);
    }
    QString sourceFor(const QString& column) const
    {
        return m_source.value(column, column);
    }
    bool isEmpty() const
    {
        return m_source.isEmpty();
    }
    QJsonObject toJson() const;
    static ColumnMapping fromJson(const QJsonObject& json);

    // Index of each canonical column of `kind` in the header row (-1 when absent). Fails when a
    // required column is missing, naming it, the file and the headers that were found.
    Result<std::vector<int>> resolve(RecordKind kind, const std::vector<std::string_view>& header,
                                     const QString& fileName) const;

    // Remembered per facility (table column_mappings).
    static Result<ColumnMapping> load(const Database& db, qint64 facilityId, RecordKind kind);
    static Status save(const Database& db, qint64 facilityId, RecordKind kind, const ColumnMapping& mapping);

private:
    QHash<QString, QString> m_source; // canonical column -> header in the file
};

} // namespace fieldbook
