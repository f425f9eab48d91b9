#pragma once

#include "ui/checklist/ChecklistModel.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace fieldbook {

class EvidenceStrip;
class WorkspaceContext;

// The selected question: what it asks, how to verify it, the answer, notes and evidence.
// Answers are saved at once; notes are saved 500 ms after the last keystroke and whenever the
// editor loses focus or another question is shown, so nothing typed is lost.
class QuestionPanel : public QWidget
{
    Q_OBJECT

public:
    QuestionPanel(WorkspaceContext& context, QWidget* parent = nullptr);
    ~QuestionPanel() override;

    void showQuestion(const ChecklistModel::Question* question);
    qint64 itemId() const
    {
        return m_itemId;
    }
    // Sets the answer (one of ChecklistAnswers::ids()) as an undoable edit.
    bool setAnswer(const QString& answer);
    // Writes notes typed but not yet saved.
    void flushNotes();
    QPlainTextEdit* notesEdit() const
    {
        return m_notes;
    }
    EvidenceStrip* evidenceStrip() const
    {
        return m_evidence;
    }

signals:
    void itemChanged(qint64 itemId);
    void raiseFindingRequested(qint64 itemId);
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onAnswerClicked(int id);
    void onNotesTextChanged();

    WorkspaceContext& m_context;
    qint64 m_itemId = 0;
    QString m_savedNotes;
    // Notes typed but not saved (the store was busy, the disk full): kept per question and shown
    // again with it, so moving on never throws typed text away; saved at the next attempt.
    QHash<qint64, QString> m_unsavedNotes;
    bool m_loading = false;
    QLabel* m_clauses = nullptr;
    QLabel* m_question = nullptr;
    QLabel* m_guidance = nullptr;
    QLabel* m_evidenceHint = nullptr;
    QLabel* m_methods = nullptr;
    QButtonGroup* m_answers = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QTimer* m_notesTimer = nullptr;
    EvidenceStrip* m_evidence = nullptr;
    QPushButton* m_addEvidence = nullptr;
    QPushButton* m_raiseFinding = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace fieldbook
