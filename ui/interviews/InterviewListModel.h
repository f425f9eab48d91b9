#pragma once

#include "app/interviews/InterviewStore.h"

#include <QAbstractTableModel>

namespace fieldbook {

// The interviews of one kind (worker or management) of an audit, one row each, named by
// pseudonym. Shows no personal data: whether notes exist, never what they say.
class InterviewListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        FormatColumn,
        WhoColumn, // department, or the manager's role
        AnswersColumn,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
    };

    explicit InterviewListModel(QObject* parent = nullptr);

    // `questions`: how many questions the form of an individual interview has.
    void setInterviews(const QString& kind, QList<InterviewRecord> interviews, int questions, int groupQuestions);
    const InterviewRecord* interview(int row) const;
    int rowOf(const QString& uuid) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_kind;
    QList<InterviewRecord> m_interviews;
    int m_questions = 0;
    int m_groupQuestions = 0;
};

} // namespace fieldbook
