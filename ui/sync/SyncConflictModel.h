#pragma once

#include "app/sync/SyncConflicts.h"

#include <QAbstractTableModel>
#include <functional>

namespace fieldbook {

class Database;
class PersonalDataProtector;

// The open sync conflicts of an audit: field, local value, incoming value, who changed each when.
// Personal values show in clear only with the session's unlocked protector, else as locked.
class SyncConflictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FieldColumn,
        LocalColumn,
        IncomingColumn,
        LocalByColumn,
        IncomingByColumn,
        ColumnCount
    };

    explicit SyncConflictModel(std::function<const PersonalDataProtector*()> protector, QObject* parent = nullptr);
    QString reload(const Database& db, const QString& auditUuid);
    const SyncConflict& conflict(int row) const
    {
        return m_conflicts.at(row);
    }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::function<const PersonalDataProtector*()> m_protector;
    QList<SyncConflict> m_conflicts;
};

} // namespace fieldbook
