#include "ui/interviews/SampleStrataModel.h"

#include "app/interviews/InterviewVocabulary.h"

namespace fieldbook {

SampleStrataModel::SampleStrataModel(QObject* parent) : QAbstractTableModel(parent)
{}

void SampleStrataModel::setStrata(QList<SampleStratum> strata)
{
    beginResetModel();
    m_strata = std::move(strata);
    endResetModel();
}

int SampleStrataModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_strata.size());
}

int SampleStrataModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleStrataModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_strata.size()) {
        return {};
    }
    const SampleStratum& s = m_strata.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= WorkersColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == ShareColumn) {
        return tr("Proportional share of the sample: sample size × workers in this group ÷ all workers");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case DepartmentColumn:
        return s.department.isEmpty() ? tr("(none)") : s.department;
    case GenderColumn:
        return InterviewVocabulary::genderText(s.gender);
    case ShiftColumn:
        return InterviewVocabulary::shiftText(s.shift);
    case WorkersColumn:
        return s.workers;
    case ShareColumn:
        return QString::number(s.quota, 'f', 1);
    case DrawnColumn:
        return s.planned;
    default:
        return {};
    }
}

QVariant SampleStrataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DepartmentColumn:
        return tr("Department");
    case GenderColumn:
        return tr("Gender");
    case ShiftColumn:
        return tr("Shift");
    case WorkersColumn:
        return tr("Workers");
    case ShareColumn:
        return tr("Share");
    case DrawnColumn:
        return tr("Drawn");
    default:
        return {};
    }
}

} // namespace fieldbook
