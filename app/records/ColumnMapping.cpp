#include "app/records/ColumnMapping.h"

#include <QCoreApplication>

namespace fieldbook {

QString ColumnMapping::normalized(QByteArrayView header)
{
    return QString::fromUtf8(header).trimmed().toLower();
}

QString ColumnMapping::missingColumnsReason(const QStringList& missing, const QStringList& headers)
{
    return QCoreApplication::translate("ColumnMapping", "required column(s) missing: %1 (the header has: %2)")
        .arg(missing.join(QStringLiteral(", ")), headers.join(QStringLiteral(", ")));
}

Result<std::vector<int>> ColumnMapping::resolve(const std::vector<QByteArrayView>& header,
                                                const std::vector<ColumnSpec>& columns, const QString& fileName) const
{
    Result<std::vector<int>> indexes = resolve(header, columns);
    if (!indexes) {
        return Result<std::vector<int>>::failure(fileName + QStringLiteral(":1: ") + indexes.error());
    }
    return indexes;
}

Result<std::vector<int>> ColumnMapping::resolve(const std::vector<QByteArrayView>& header,
                                                const std::vector<ColumnSpec>& columns) const
{
    QHash<QString, int> byName;
    QStringList present;
    for (size_t i = 0; i < header.size(); ++i) {
        const QString name = normalized(header[i]);
        present.append(name);
        if (!byName.contains(name)) {
            byName.insert(name, int(i));
        }
    }
    std::vector<int> indexes;
    indexes.reserve(columns.size());
    QStringList missing;
    for (const ColumnSpec& spec : columns) {
        int index = -1;
        const auto user = m_user.constFind(spec.name);
        if (user != m_user.constEnd()) {
            if (user.value().trimmed().isEmpty()) {
                if (spec.required) {
                    missing.append(spec.name);
                }
                indexes.push_back(-1);
                continue;
            }
            index = byName.value(user.value().trimmed().toLower(), -1);
        }
        if (index < 0) {
            index = byName.value(spec.name, -1);
        }
        if (index < 0 && spec.required) {
            missing.append(spec.name);
        }
        indexes.push_back(index);
    }
    if (!missing.isEmpty()) {
        return Result<std::vector<int>>::failure(missingColumnsReason(missing, present));
    }
    return indexes;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject json;
    for (auto it = m_user.constBegin(); it != m_user.constEnd(); ++it) {
        json.insert(it.key(), it.value());
    }
    return json;
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject& json)
{
    QHash<QString, QString> mapping;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.value().isString()) {
            mapping.insert(it.key().trimmed().toLower(), it.value().toString());
        }
    }
    return ColumnMapping(mapping);
}

} // namespace fieldbook
