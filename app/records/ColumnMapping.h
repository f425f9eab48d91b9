#pragma once

#include "database/Result.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace fieldbook {

// One column a record file kind knows (formats.md section 1).
struct ColumnSpec
{
    QString name; // canonical header, e.g. "worker_id"
    bool required = false;
    bool personal = false; // personal data (formats.md): previews and issues mask it
};

// Finds a file's columns by header name: case-insensitive, surrounding spaces ignored.
// For files whose headers differ, a user mapping (canonical name -> the file's header) is
// tried first; it is what the column-mapping step of the UI saves per facility. A column mapped
// to an empty header is deliberately left out (the auditor said "not in this file"), even when
// the file has a header of the canonical name.
class ColumnMapping
{
public:
    ColumnMapping() = default;
    explicit ColumnMapping(QHash<QString, QString> userMapping) : m_user(std::move(userMapping))
    {}

    // Resolves the header row against the columns of a file kind. The result has one index per
    // spec (-1 when the column is absent). Fails when a required column is missing, naming it
    // and the headers the file does have.
    Result<std::vector<int>> resolve(const std::vector<QByteArrayView>& header, const std::vector<ColumnSpec>& columns,
                                     const QString& fileName) const;
    // The same, failing with the reason alone (no "file:1:" in front), for issues that carry the place.
    Result<std::vector<int>> resolve(const std::vector<QByteArrayView>& header,
                                     const std::vector<ColumnSpec>& columns) const;

    const QHash<QString, QString>& userMapping() const
    {
        return m_user;
    }
    bool isEmpty() const
    {
        return m_user.isEmpty();
    }
    QJsonObject toJson() const;
    static ColumnMapping fromJson(const QJsonObject& json);

    static QString normalized(QByteArrayView header);
    // "required column(s) missing: date, time_in (the header has: ...)"
    static QString missingColumnsReason(const QStringList& missing, const QStringList& headers);

private:
    QHash<QString, QString> m_user;
};

} // namespace fieldbook
