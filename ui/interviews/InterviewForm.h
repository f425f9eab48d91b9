#pragma once

#include "app/interviews/InterviewStore.h"
#include "ui/workspace/DataArea.h"
#include "ui/workspace/FieldBinding.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeView;

namespace fieldbook {

class InterviewQuestionModel;
class SealedTextBinding;
class WorkspaceContext;

// The form of one interview: how it was held and with whom (groups only, never a name), what
// the worker said about hours and pay (individual worker interviews only), the checklist's
// interview questions with a yes / no / unclear answer and a note each, and general notes.
// Notes and the link to the register are sealed personal data (SealedTextBinding); every other
// field is a FieldBinding checked by InterviewStore's rules. Every edit is saved at once and is
// undoable. Keys on the Questions tab: 1 yes, 2 no, 3 unclear, 0 clear, F8 next unanswered.
class InterviewForm : public QWidget
{
    Q_OBJECT

public:
    InterviewForm(WorkspaceContext& context, const QString& kind, QWidget* parent = nullptr);
    ~InterviewForm() override;

    // Shows an interview (empty: none selected).
    void showInterview(const QString& uuid);
    QString interviewUuid() const
    {
        return m_uuid;
    }
    // Writes whatever is typed and not yet saved.
    void flush();
    // Answers the selected question (yes, no, unclear; empty clears) as an undoable edit.
    bool answerCurrent(const QString& answer);
    bool selectNextUnanswered();
    void focusFirstField();

    QTabWidget* tabs() const
    {
        return m_tabs;
    }
    QTreeView* questionTree() const
    {
        return m_tree;
    }
    QPlainTextEdit* notesEdit() const
    {
        return m_notes;
    }
    QPlainTextEdit* answerNoteEdit() const
    {
        return m_answerNote;
    }
    int answeredCount() const;
    int questionCount() const;

signals:
    // Something of the interview was saved (the list refreshes its row).
    void interviewChanged(const QString& uuid);
    void deleteRequested(const QString& uuid);
    void errorOccurred(const QString& message);

private:
    enum class Conversion
    {
        Text,
        Number,
        Choice,
        Flag,
        Integer
    };
    FieldBinding* bind(QWidget* editor, const char* column, const QString& undoText, Conversion conversion);
    QComboBox* choiceCombo(const QString& objectName, const QStringList& ids, QString (*text)(const QString&));
    QComboBox* yesNoCombo(const QString& objectName);
    QWidget* buildDetails();
    QWidget* buildQuestions();
    void reloadRecord();
    void reloadQuestions(bool rebuild);
    void showQuestion(const QModelIndex& index);
    void onFormatChosen(int index);
    void onAnswerClicked(int id);
    void onDataChanged(DataArea area);
    void updateTitle();

    WorkspaceContext& m_context;
    QString m_kind;
    QString m_uuid;
    InterviewRecord m_record;
    bool m_loading = false;
    QList<FieldBinding*> m_bindings;
    QList<SealedTextBinding*> m_sealed;

    QLabel* m_empty = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_title = nullptr;
    QPushButton* m_delete = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_format = nullptr;
    QSpinBox* m_participants = nullptr;
    QGroupBox* m_statements = nullptr;
    QLabel* m_groupNotice = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLineEdit* m_firstField = nullptr;

    InterviewQuestionModel* m_questions = nullptr;
    QTreeView* m_tree = nullptr;
    QLabel* m_questionGroupNotice = nullptr;
    QLabel* m_questionText = nullptr;
    QLabel* m_questionGuidance = nullptr;
    QButtonGroup* m_answers = nullptr;
    QWidget* m_answerBox = nullptr;
    QPlainTextEdit* m_answerNote = nullptr;
    SealedTextBinding* m_answerNoteBinding = nullptr;
    QString m_questionKey;
    qint64 m_questionItem = 0;
    bool m_questionsGroup = false;
};

} // namespace fieldbook
