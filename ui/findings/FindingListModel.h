#pragma once

#include "app/fieldwork/FindingStore.h"

#include <QAbstractTableModel>

namespace fieldbook {

// The findings of an audit, one per row.
class FindingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        SeverityColumn,
        ClausesColumn,
        StatusColumn,
        ActionsColumn,
        ColumnCount
    };

    explicit FindingListModel(QObject* parent = nullptr);

    QString load(const Database& db, qint64 auditId);
    const FindingRecord* finding(int row) const;
    int rowOfUuid(const QString& uuid) const;

    static QString severityText(const QString& severity);
    static QString statusText(const QString& status);
    static QString actionStatusText(const QString& status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FindingRecord> m_rows;
};

} // namespace fieldbook
