#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace fieldbook {

class InterviewForm;
class InterviewListModel;
class WorkspaceContext;
struct RegisterWorker;

// The interviews of one kind (worker or management): the list on the left, the selected
// interview's form on the right, and the buttons (and shortcuts) that start a new one.
class InterviewsPanel : public QWidget
{
    Q_OBJECT

public:
    InterviewsPanel(WorkspaceContext& context, const QString& kind, QWidget* parent = nullptr);

    void reload();
    // Creates an interview, selects it and puts the cursor in its first field; empty on failure.
    // `worker` (from the sample) pre-fills who was interviewed.
    QString newInterview(const QString& format, const RegisterWorker* worker = nullptr);
    bool selectInterview(const QString& uuid);
    int interviewCount() const;
    int participantCount() const;
    int answeredCount() const;

    InterviewForm* form() const
    {
        return m_form;
    }
    QTableView* list() const
    {
        return m_list;
    }

signals:
    void changed();
    void message(const QString& text);

private:
    void deleteInterview(const QString& uuid);
    void onSelectionChanged();

    WorkspaceContext& m_context;
    QString m_kind;
    InterviewListModel* m_model = nullptr;
    QTableView* m_list = nullptr;
    InterviewForm* m_form = nullptr;
    QLabel* m_summary = nullptr;
    int m_questions = 0;
    int m_groupQuestions = 0;
    int m_answered = 0;
    int m_participants = 0;
    bool m_firstLoad = true;
};

} // namespace fieldbook
