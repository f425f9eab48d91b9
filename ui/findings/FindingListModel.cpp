#include "ui/findings/FindingListModel.h"

#include <QColor>

namespace fieldbook {

FindingListModel::FindingListModel(QObject* parent) : QAbstractTableModel(parent)
{}

QString FindingListModel::load(const Database& db, qint64 auditId)
{
    beginResetModel();
    Result<QList<FindingRecord>> list = FindingStore(db).list(auditId);
    m_rows = list ? list.take() : QList<FindingRecord>();
    endResetModel();
    return list ? QString() : list.error();
}

const FindingRecord* FindingListModel::finding(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int FindingListModel::rowOfUuid(const QString& uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).uuid == uuid) {
            return i;
        }
    }
    return -1;
}

QString FindingListModel::severityText(const QString& s)
{
    if (s == QLatin1String("observation"))
        return tr("Observation");
    if (s == QLatin1String("minor"))
        return tr("Minor");
    if (s == QLatin1String("major"))
        return tr("Major");
    if (s == QLatin1String("priority"))
        return tr("Priority");
    if (s == QLatin1String("critical"))
        return tr("Critical");
    return s;
}

QString FindingListModel::statusText(const QString& s)
{
    if (s == QLatin1String("open"))
        return tr("Open");
    if (s == QLatin1String("closed"))
        return tr("Closed");
    if (s == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    return s;
}

QString FindingListModel::actionStatusText(const QString& s)
{
    if (s == QLatin1String("open"))
        return tr("Open", "corrective action status");
    if (s == QLatin1String("in_progress"))
        return tr("In progress");
    if (s == QLatin1String("completed"))
        return tr("Completed");
    if (s == QLatin1String("verified"))
        return tr("Verified");
    if (s == QLatin1String("overdue"))
        return tr("Overdue");
    if (s.isEmpty())
        return tr("No action");
    return s;
}

int FindingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingListModel::data(const QModelIndex& index, int role) const
{
    const FindingRecord* f = finding(index.row());
    if (!f) {
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TitleColumn:
            return f->title;
        case SeverityColumn:
            return severityText(f->severity);
        case ClausesColumn:
            return f->clauses.join(QStringLiteral(", "));
        case StatusColumn:
            return statusText(f->status);
        case ActionsColumn:
            return f->correctiveActionCount;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn &&
        (f->severity == QLatin1String("critical") || f->severity == QLatin1String("priority"))) {
        return QColor(200, 40, 40);
    }
    if (role == Qt::UserRole) {
        return f->uuid;
    }
    return {};
}

QVariant FindingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return tr("Finding");
    case SeverityColumn:
        return tr("Severity");
    case ClausesColumn:
        return tr("Clauses");
    case StatusColumn:
        return tr("Status");
    case ActionsColumn:
        return tr("Actions");
    }
    return {};
}

} // namespace fieldbook
