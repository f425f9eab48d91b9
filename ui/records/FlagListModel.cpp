#include "ui/records/FlagListModel.h"

#include "app/analysis/CheckDescriptions.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>

namespace fieldbook {

void FlagListModel::setFlags(QList<StoredFlag> flags)
{
    beginResetModel();
    m_flags = std::move(flags);
    endResetModel();
}

const StoredFlag* FlagListModel::flagAt(int row) const
{
    return row >= 0 && row < m_flags.size() ? &m_flags.at(row) : nullptr;
}

int FlagListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_flags.size());
}

int FlagListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FlagListModel::severityTitle(const QString& severity)
{
    if (severity == QLatin1String("critical")) {
        return tr("Critical");
    }
    if (severity == QLatin1String("high")) {
        return tr("High");
    }
    if (severity == QLatin1String("medium")) {
        return tr("Medium");
    }
    if (severity == QLatin1String("low")) {
        return tr("Low");
    }
    return tr("Info");
}

QString FlagListModel::checkTitle(const QString& check)
{
    return CheckDescriptions::title(check);
}

QString FlagListModel::dispositionTitle(FlagDisposition disposition)
{
    switch (disposition) {
    case FlagDisposition::Confirmed:
        return tr("Confirmed");
    case FlagDisposition::Dismissed:
        return tr("Dismissed");
    case FlagDisposition::Open:
        break;
    }
    return tr("To review");
}

QVariant FlagListModel::data(const QModelIndex& index, int role) const
{
    const StoredFlag* f = flagAt(index.row());
    if (!f) {
        return {};
    }
    if (role == CheckNameRole) {
        return f->flag.check;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeverityColumn:
            return severityTitle(severityName(f->flag.severity));
        case CheckColumn:
            return checkTitle(f->flag.check);
        case SummaryColumn:
            return f->flag.summary;
        case DispositionColumn:
            return f->stale ? tr("%1 (not raised by the last run)").arg(dispositionTitle(f->disposition))
                            : dispositionTitle(f->disposition);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn) {
        return f->flag.summary;
    }
    if (role == Qt::ToolTipRole && index.column() == CheckColumn) {
        // The check's stable name, as in the CLI's JSON output and docs/checks.md.
        return tr("Check name: %1").arg(f->flag.check);
    }
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn &&
        (severityName(f->flag.severity) == QLatin1String("critical") ||
         severityName(f->flag.severity) == QLatin1String("high"))) {
        return QBrush(QColor(0xc0, 0x1c, 0x28));
    }
    if (role == Qt::FontRole && f->disposition == FlagDisposition::Open) {
        QFont bold;
        bold.setBold(true);
        return index.column() == SeverityColumn ? QVariant(bold) : QVariant();
    }
    return {};
}

QVariant FlagListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CheckColumn:
        return tr("Check");
    case SummaryColumn:
        return tr("What was found");
    case DispositionColumn:
        return tr("Your decision");
    }
    return {};
}

} // namespace fieldbook
