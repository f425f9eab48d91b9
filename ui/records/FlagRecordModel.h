#pragma once

#include "app/analysis/FlagRecordTable.h"

#include <QAbstractTableModel>

namespace fieldbook {

// The records behind a flag (FlagRecordTable) as a table: the table's columns, then the source
// file and line. SortRole holds the typed value (dates, seconds, numbers) so a
// QSortFilterProxyModel sorts each column as what it is.
class FlagRecordModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole;
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(FlagRecordTable table);
    const FlagRecordTable& table() const
    {
        return m_table;
    }
    int fileColumn() const
    {
        return int(m_table.columns.size());
    }
    int lineColumn() const
    {
        return int(m_table.columns.size()) + 1;
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    FlagRecordTable m_table;
};

} // namespace fieldbook
