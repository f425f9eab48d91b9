#pragma once

#include "app/interviews/InterviewPlanStore.h"

#include <QAbstractTableModel>

namespace fieldbook {

// The workers of the interview plan, by the factory's employee number (never a name): how each
// is to be interviewed, from which group, why they were chosen, and whether they were left out.
class SampleWorkerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WorkerColumn,
        InterviewColumn,
        GroupColumn,
        WhyColumn,
        ColumnCount
    };
    enum Role
    {
        WorkerIdRole = Qt::UserRole + 1,
        ExcludedRole,
    };

    explicit SampleWorkerModel(QObject* parent = nullptr);
    void setWorkers(QList<PlannedWorker> workers);
    const PlannedWorker* worker(int row) const;
    int rowOf(const QString& workerId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PlannedWorker> m_workers;
};

} // namespace fieldbook
