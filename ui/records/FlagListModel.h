#pragma once

#include "app/analysis/FlagStore.h"

#include <QAbstractTableModel>

namespace fieldbook {

// The audit's analysis flags, worst first, for the record-analysis page.
class FlagListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        CheckColumn,
        SummaryColumn,
        DispositionColumn,
        ColumnCount
    };
    enum Role
    {
        // The check's stable name (identical_punches...), whatever the display language.
        CheckNameRole = Qt::UserRole + 1,
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setFlags(QList<StoredFlag> flags);
    const StoredFlag* flagAt(int row) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString severityTitle(const QString& severity);
    // A short title of a check for people; the check's stable name (identical_punches...) is
    // the tooltip.
    static QString checkTitle(const QString& check);
    static QString dispositionTitle(FlagDisposition disposition);

private:
    QList<StoredFlag> m_flags;
};

} // namespace fieldbook
