#include "ui/records/RecordIssueModel.h"

#include <QFont>

namespace fieldbook {

void RecordIssueModel::setIssues(std::vector<RecordIssue> issues)
{
    beginResetModel();
    m_issues = std::move(issues);
    endResetModel();
}

int RecordIssueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int RecordIssueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordIssueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const RecordIssue& issue = m_issues[size_t(index.row())];
    if (role == Qt::FontRole && !issue.blocking) {
        QFont italic; // a notice: reported, does not stop the import
        italic.setItalic(true);
        return italic;
    }
    if (role == Qt::UserRole) {
        return issue.toString(); // what Copy puts on the clipboard
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case FileColumn:
        return issue.file;
    case LineColumn:
        return issue.line;
    case ColumnColumn:
        return issue.column;
    case ReasonColumn:
        if (role == Qt::ToolTipRole && !issue.raw.isEmpty()) {
            return tr("%1\nThe row: %2").arg(issue.reason, issue.raw);
        }
        return issue.blocking ? issue.reason : tr("%1 (notice: does not stop the import)").arg(issue.reason);
    default:
        return {};
    }
}

QVariant RecordIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace fieldbook
