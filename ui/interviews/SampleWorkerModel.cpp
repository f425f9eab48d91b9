#include "ui/interviews/SampleWorkerModel.h"

#include "app/interviews/InterviewVocabulary.h"

#include <QFont>
#include <QPalette>

namespace fieldbook {

namespace {
// The stored stratum joins the register's codes ("Sewing 1 · F · day"); gender and shift are
// shown as words in the interface language. The department is the factory's own name and stays.
QString readableStratum(const QString& stratum)
{
    const QString dot = QStringLiteral(" · ");
    QStringList parts = stratum.split(dot);
    if (parts.size() < 3) {
        return stratum;
    }
    QString& gender = parts[parts.size() - 2];
    QString& shift = parts[parts.size() - 1];
    static const QStringList genders{QStringLiteral("F"), QStringLiteral("M"), QStringLiteral("X")};
    if (genders.contains(gender)) {
        gender = InterviewVocabulary::genderText(gender);
    }
    if (InterviewVocabulary::shifts().contains(shift)) {
        shift = InterviewVocabulary::shiftText(shift);
    }
    return parts.join(dot);
}
} // namespace

SampleWorkerModel::SampleWorkerModel(QObject* parent) : QAbstractTableModel(parent)
{}

void SampleWorkerModel::setWorkers(QList<PlannedWorker> workers)
{
    beginResetModel();
    m_workers = std::move(workers);
    endResetModel();
}

const PlannedWorker* SampleWorkerModel::worker(int row) const
{
    return row >= 0 && row < m_workers.size() ? &m_workers.at(row) : nullptr;
}

int SampleWorkerModel::rowOf(const QString& workerId) const
{
    for (int i = 0; i < m_workers.size(); ++i) {
        if (m_workers.at(i).workerId == workerId) {
            return i;
        }
    }
    return -1;
}

int SampleWorkerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_workers.size());
}

int SampleWorkerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleWorkerModel::data(const QModelIndex& index, int role) const
{
    const PlannedWorker* w = worker(index.row());
    if (!w) {
        return {};
    }
    const bool excluded = w->status == QLatin1String("excluded");
    switch (role) {
    case WorkerIdRole:
        return w->workerId;
    case ExcludedRole:
        return excluded;
    case Qt::FontRole:
        if (excluded) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case WorkerColumn:
            return w->workerId;
        case InterviewColumn:
            return w->format == QLatin1String("group") ? tr("group %1").arg(w->groupNumber)
                                                       : InterviewVocabulary::formatText(w->format);
        case GroupColumn:
            return readableStratum(w->stratum);
        case WhyColumn:
            return excluded ? tr("left out: %1").arg(InterviewVocabulary::exclusionReasonText(w->exclusionReason))
                            : InterviewVocabulary::reasonText(w->reason);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SampleWorkerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case WorkerColumn:
        return tr("Employee no.");
    case InterviewColumn:
        return tr("Interview");
    case GroupColumn:
        return tr("Department · gender · shift");
    case WhyColumn:
        return tr("Why chosen");
    default:
        return {};
    }
}

} // namespace fieldbook
