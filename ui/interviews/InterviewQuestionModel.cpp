#include "ui/interviews/InterviewQuestionModel.h"

#include "app/interviews/InterviewVocabulary.h"

#include <QFont>

namespace fieldbook {

InterviewQuestionModel::InterviewQuestionModel(QObject* parent) : QAbstractItemModel(parent)
{}

void InterviewQuestionModel::setQuestions(QList<InterviewQuestion> questions, const QList<InterviewAnswer>& answers)
{
    beginResetModel();
    m_questions = std::move(questions);
    m_sections.clear();
    m_sectionOf.clear();
    m_rowInSection.clear();
    for (int i = 0; i < m_questions.size(); ++i) {
        if (m_sections.isEmpty() || m_sections.last().title != m_questions.at(i).section) {
            m_sections.append({m_questions.at(i).section, {}});
        }
        m_sectionOf.append(int(m_sections.size()) - 1);
        m_rowInSection.append(int(m_sections.last().questions.size()));
        m_sections.last().questions.append(i);
    }
    m_answers.clear();
    for (const InterviewAnswer& a : answers) {
        m_answers.insert(a.questionKey, a);
    }
    endResetModel();
}

void InterviewQuestionModel::setAnswers(const QList<InterviewAnswer>& answers)
{
    m_answers.clear();
    for (const InterviewAnswer& a : answers) {
        m_answers.insert(a.questionKey, a);
    }
    for (int s = 0; s < m_sections.size(); ++s) {
        const QModelIndex parent = index(s, 0);
        emit dataChanged(index(0, 0, parent),
                         index(int(m_sections.at(s).questions.size()) - 1, ColumnCount - 1, parent));
        emit dataChanged(index(s, 0), index(s, ColumnCount - 1));
    }
}

const InterviewQuestion* InterviewQuestionModel::question(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kSectionId) {
        return nullptr;
    }
    const int section = int(index.internalId());
    if (section < 0 || section >= m_sections.size() || index.row() >= m_sections.at(section).questions.size()) {
        return nullptr;
    }
    return &m_questions.at(m_sections.at(section).questions.at(index.row()));
}

QString InterviewQuestionModel::answerOf(const QString& questionKey) const
{
    return m_answers.value(questionKey).answer;
}

QString InterviewQuestionModel::answerUuidOf(const QString& questionKey) const
{
    return m_answers.value(questionKey).uuid;
}

int InterviewQuestionModel::answeredCount() const
{
    int n = 0;
    for (const InterviewQuestion& q : m_questions) {
        n += m_answers.value(q.questionKey).answer.isEmpty() ? 0 : 1;
    }
    return n;
}

QModelIndex InterviewQuestionModel::indexOfKey(const QString& questionKey, int column) const
{
    for (int i = 0; i < m_questions.size(); ++i) {
        if (m_questions.at(i).questionKey == questionKey) {
            return createIndex(m_rowInSection.at(i), column, quintptr(m_sectionOf.at(i)));
        }
    }
    return {};
}

QModelIndex InterviewQuestionModel::nextQuestion(const QModelIndex& from) const
{
    if (m_questions.isEmpty()) {
        return {};
    }
    int start = -1;
    if (const InterviewQuestion* q = question(from)) {
        start = int(q - m_questions.constData());
    } else if (from.isValid() && from.internalId() == kSectionId && from.row() < m_sections.size()) {
        start = m_sections.at(from.row()).questions.first() - 1;
    }
    const int next = start + 1;
    if (next >= m_questions.size()) {
        return {};
    }
    return createIndex(m_rowInSection.at(next), 0, quintptr(m_sectionOf.at(next)));
}

QModelIndex InterviewQuestionModel::nextUnanswered(const QModelIndex& from) const
{
    const int n = int(m_questions.size());
    int start = -1;
    if (const InterviewQuestion* q = question(from)) {
        start = int(q - m_questions.constData());
    }
    for (int k = 1; k <= n; ++k) {
        const int i = (start + k + n) % n;
        if (m_answers.value(m_questions.at(i).questionKey).answer.isEmpty()) {
            return createIndex(m_rowInSection.at(i), 0, quintptr(m_sectionOf.at(i)));
        }
    }
    return {};
}

QModelIndex InterviewQuestionModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_sections.size() ? createIndex(row, column, kSectionId) : QModelIndex();
    }
    if (parent.internalId() != kSectionId || parent.row() >= m_sections.size() ||
        row >= m_sections.at(parent.row()).questions.size()) {
        return {};
    }
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex InterviewQuestionModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kSectionId) {
        return {};
    }
    return createIndex(int(child.internalId()), 0, kSectionId);
}

int InterviewQuestionModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return int(m_sections.size());
    }
    if (parent.internalId() == kSectionId && parent.column() == 0 && parent.row() < m_sections.size()) {
        return int(m_sections.at(parent.row()).questions.size());
    }
    return 0;
}

int InterviewQuestionModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant InterviewQuestionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    if (index.internalId() == kSectionId) {
        const Section& s = m_sections.at(index.row());
        if (role == IsSectionRole) {
            return true;
        }
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::DisplayRole) {
            if (index.column() == QuestionColumn) {
                return s.title;
            }
            int done = 0;
            for (const int i : s.questions) {
                done += m_answers.value(m_questions.at(i).questionKey).answer.isEmpty() ? 0 : 1;
            }
            return tr("%1/%2").arg(done).arg(s.questions.size());
        }
        return {};
    }
    const InterviewQuestion* q = question(index);
    if (!q) {
        return {};
    }
    const InterviewAnswer a = m_answers.value(q->questionKey);
    switch (role) {
    case QuestionKeyRole:
        return q->questionKey;
    case IsSectionRole:
        return false;
    case Qt::ToolTipRole:
        return q->question;
    case Qt::DisplayRole:
        if (index.column() == QuestionColumn) {
            return q->question;
        }
        if (a.answer.isEmpty()) {
            return a.hasNote ? tr("✎ note") : QString();
        }
        return a.hasNote ? tr("%1 ✎").arg(InterviewVocabulary::answerText(a.answer))
                         : InterviewVocabulary::answerText(a.answer);
    default:
        return {};
    }
}

QVariant InterviewQuestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == QuestionColumn ? tr("Question") : tr("Answer");
}

} // namespace fieldbook
