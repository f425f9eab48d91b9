#include "ui/interviews/InterviewListModel.h"

#include "app/interviews/InterviewVocabulary.h"

namespace fieldbook {

InterviewListModel::InterviewListModel(QObject* parent) : QAbstractTableModel(parent)
{}

void InterviewListModel::setInterviews(const QString& kind, QList<InterviewRecord> interviews, int questions,
                                       int groupQuestions)
{
    beginResetModel();
    m_kind = kind;
    m_interviews = std::move(interviews);
    m_questions = questions;
    m_groupQuestions = groupQuestions;
    endResetModel();
}

const InterviewRecord* InterviewListModel::interview(int row) const
{
    return row >= 0 && row < m_interviews.size() ? &m_interviews.at(row) : nullptr;
}

int InterviewListModel::rowOf(const QString& uuid) const
{
    for (int i = 0; i < m_interviews.size(); ++i) {
        if (m_interviews.at(i).uuid == uuid) {
            return i;
        }
    }
    return -1;
}

int InterviewListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_interviews.size());
}

int InterviewListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterviewListModel::data(const QModelIndex& index, int role) const
{
    const InterviewRecord* r = interview(index.row());
    if (!r) {
        return {};
    }
    if (role == UuidRole) {
        return r->uuid;
    }
    if (role == Qt::ToolTipRole) {
        QString tip = r->heldAt.isEmpty() ? tr("Not held yet") : tr("Held %1").arg(r->heldAt);
        if (r->format == QLatin1String("group")) {
            tip += QLatin1Char('\n') + tr("Group interview: pay and hours are not discussed");
        }
        return tip;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case CodeColumn:
        return r->pseudonym;
    case FormatColumn:
        return r->format == QLatin1String("group") ? tr("group of %1").arg(r->participants)
                                                   : InterviewVocabulary::formatText(r->format);
    case WhoColumn:
        if (r->kind == QLatin1String("management")) {
            return r->intervieweeRole.isEmpty() ? tr("—") : InterviewVocabulary::managementRoleText(r->intervieweeRole);
        }
        return r->department.isEmpty() ? tr("—") : r->department;
    case AnswersColumn: {
        const int total = r->format == QLatin1String("group") ? m_groupQuestions : m_questions;
        return tr("%1/%2").arg(r->answered).arg(total);
    }
    default:
        return {};
    }
}

QVariant InterviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case FormatColumn:
        return tr("Format");
    case WhoColumn:
        return m_kind == QLatin1String("management") ? tr("Role") : tr("Department");
    case AnswersColumn:
        return tr("Answered");
    default:
        return {};
    }
}

} // namespace fieldbook
