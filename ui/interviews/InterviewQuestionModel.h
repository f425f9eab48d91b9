#pragma once

#include "app/interviews/InterviewQuestions.h"
#include "app/interviews/InterviewStore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QVector>

namespace fieldbook {

// The questions of one interview's form as a two-level tree (checklist section, question) with
// the structured answer given and whether a note was written (never the note itself).
class InterviewQuestionModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        QuestionColumn,
        AnswerColumn,
        ColumnCount
    };
    enum Role
    {
        QuestionKeyRole = Qt::UserRole + 1,
        IsSectionRole,
    };

    explicit InterviewQuestionModel(QObject* parent = nullptr);

    void setQuestions(QList<InterviewQuestion> questions, const QList<InterviewAnswer>& answers);
    // Refreshes answers in place (after an edit, undo or redo), keeping the view's state.
    void setAnswers(const QList<InterviewAnswer>& answers);

    const InterviewQuestion* question(const QModelIndex& index) const;
    QString answerOf(const QString& questionKey) const;
    QString answerUuidOf(const QString& questionKey) const;
    QModelIndex indexOfKey(const QString& questionKey, int column = 0) const;
    // The first unanswered question after `from` (wrapping), or an invalid index.
    QModelIndex nextUnanswered(const QModelIndex& from) const;
    QModelIndex nextQuestion(const QModelIndex& from) const;
    int questionCount() const
    {
        return int(m_questions.size());
    }
    int answeredCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Section
    {
        QString title;
        QVector<int> questions;
    };
    static constexpr quintptr kSectionId = quintptr(-1);

    QVector<Section> m_sections;
    QList<InterviewQuestion> m_questions;
    QVector<int> m_sectionOf;
    QVector<int> m_rowInSection;
    QHash<QString, InterviewAnswer> m_answers; // by question key
};

} // namespace fieldbook
