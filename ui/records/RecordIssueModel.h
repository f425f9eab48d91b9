#pragma once

#include "app/records/RecordIssue.h"

#include <QAbstractTableModel>
#include <vector>

namespace fieldbook {

// Issues of an import check, one a row: file, line, column, reason, and whether it blocks.
// Sorted through a QSortFilterProxyModel (the line sorts as a number).
class RecordIssueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FileColumn,
        LineColumn,
        ColumnColumn,
        ReasonColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setIssues(std::vector<RecordIssue> issues);
    const std::vector<RecordIssue>& issues() const
    {
        return m_issues;
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<RecordIssue> m_issues;
};

} // namespace fieldbook
