#pragma once

#include "app/interviews/InterviewSampler.h"

#include <QAbstractTableModel>

namespace fieldbook {

// The strata of an interview sample: the workforce by department, gender and shift, each with
// its size, its proportional share of the sample and how many were drawn from it.
class SampleStrataModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DepartmentColumn,
        GenderColumn,
        ShiftColumn,
        WorkersColumn,
        ShareColumn,
        DrawnColumn,
        ColumnCount
    };

    explicit SampleStrataModel(QObject* parent = nullptr);
    void setStrata(QList<SampleStratum> strata);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SampleStratum> m_strata;
};

} // namespace fieldbook
