#include "ui/records/FlagRecordModel.h"

namespace fieldbook {

void FlagRecordModel::setTable(FlagRecordTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int FlagRecordModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int FlagRecordModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_table.columns.isEmpty() ? 0 : int(m_table.columns.size()) + 2;
}

QVariant FlagRecordModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size()) {
        return {};
    }
    const RecordRow& row = m_table.rows.at(index.row());
    const int column = index.column();
    if (column == fileColumn()) {
        return role == Qt::DisplayRole || role == SortRole ? QVariant(row.file) : QVariant();
    }
    if (column == lineColumn()) {
        if (role == Qt::DisplayRole) {
            return row.line > 0 ? QVariant(row.line) : QVariant();
        }
        if (role == SortRole) {
            return row.line;
        }
        return role == Qt::TextAlignmentRole ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (column < 0 || column >= m_table.columns.size()) {
        return {};
    }
    const RecordValueType type = m_table.columns.at(column).type;
    const QVariant value = row.values.value(column);
    switch (role) {
    case Qt::DisplayRole:
        return FlagRecordTable::displayText(value, type);
    case SortRole:
        return value;
    case Qt::TextAlignmentRole:
        return type == RecordValueType::Text || type == RecordValueType::Date || type == RecordValueType::Day
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant FlagRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    if (section == fileColumn()) {
        return tr("File");
    }
    if (section == lineColumn()) {
        return tr("Line");
    }
    return section >= 0 && section < m_table.columns.size() ? QVariant(m_table.columns.at(section).title) : QVariant();
}

} // namespace fieldbook
