#include "ui/records/RecordPreviewModel.h"

#include <QBrush>

namespace fieldbook {

namespace {
const QColor kRefused(0xFF, 0xD6, 0xD6);
const QColor kNotice(0xFF, 0xF1, 0xC7);
} // namespace

void RecordPreviewModel::setPreview(RecordPreview preview)
{
    beginResetModel();
    m_preview = std::move(preview);
    endResetModel();
}

int RecordPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int RecordPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_preview.columns.size());
}

QVariant RecordPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const RecordPreviewRow& row = m_preview.rows[size_t(index.row())];
    if (index.column() == 0) {
        if (role == Qt::DisplayRole) {
            return row.line;
        }
        if (role == Qt::ToolTipRole && !row.rowProblem.isEmpty()) {
            return row.rowProblem;
        }
        if (role == Qt::BackgroundRole && !row.rowProblem.isEmpty()) {
            return QBrush(row.blocking ? kRefused : kNotice);
        }
        if (role == Qt::ForegroundRole && !row.rowProblem.isEmpty()) {
            return QBrush(Qt::black);
        }
        return {};
    }
    const qsizetype c = index.column() - 1;
    const QString& problem = row.problems.at(c);
    switch (role) {
    case Qt::DisplayRole:
        return row.cells.at(c);
    case Qt::ToolTipRole:
        return problem.isEmpty() ? row.rowProblem : problem;
    case Qt::BackgroundRole:
        if (!problem.isEmpty()) {
            return QBrush(kRefused);
        }
        break;
    case Qt::ForegroundRole:
        if (!problem.isEmpty()) {
            return QBrush(Qt::black);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RecordPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    if (section == 0) {
        return tr("Line");
    }
    return section - 1 < m_preview.columns.size() ? m_preview.columns.at(section - 1) : QVariant();
}

} // namespace fieldbook
