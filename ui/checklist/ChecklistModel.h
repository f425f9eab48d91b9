#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace fieldbook {

class Database;

// The audit's checklist as a two-level tree: sections, and the questions in each, with the
// code clauses a question answers and its current answer. All rows come from one query
// (a few hundred questions load in milliseconds); single questions are refreshed after edits.
class ChecklistModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        QuestionColumn,
        ClauseColumn,
        AnswerColumn,
        ColumnCount
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1,
        AnswerRole,  // stored answer id (ChecklistAnswers), empty when unanswered
        MethodsRole, // QStringList of verification methods
        IsSectionRole,
        SearchTextRole, // question, clauses, guidance and notes, lower case
        SectionDoneRole,
        SectionTotalRole,
    };

    struct Question
    {
        qint64 itemId = 0;
        QString uuid;
        QString questionKey;
        QString question;        // in the interface language where the catalog has it
        QString englishQuestion; // the stored text, when `question` is a translation
        QString guidance;
        QString evidence;
        QStringList methods;
        QStringList clauses;
        QString defaultSeverity;
        bool applicable = true;
        QString answer;
        QString notes;
        int section = 0;
    };

    explicit ChecklistModel(QObject* parent = nullptr);

    QString load(const Database& db, qint64 auditId); // error message, empty on success
    void refreshItem(const Database& db, qint64 itemId);
    // Re-reads every answer and note in place (after undo/redo), keeping the view's state.
    void refreshAnswers(const Database& db, qint64 auditId);

    const Question* question(const QModelIndex& index) const;
    const Question* questionById(qint64 itemId) const;
    QModelIndex indexOfItem(qint64 itemId, int column = 0) const;
    int questionCount() const
    {
        return int(m_questions.size());
    }

    static QString methodText(const QString& method);

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
        QVector<int> questions; // indexes into m_questions
        int done = 0;
    };
    static constexpr quintptr kSectionId = quintptr(-1);
    void recount(int section);

    QVector<Section> m_sections;
    QVector<Question> m_questions;
    QVector<int> m_rowInSection; // per question
    QHash<qint64, int> m_byItemId;
};

} // namespace fieldbook
