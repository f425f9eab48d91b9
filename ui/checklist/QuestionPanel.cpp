#include "ui/checklist/QuestionPanel.h"

#include "app/fieldwork/ChecklistAnswers.h"
#include "app/fieldwork/ChecklistResponses.h"
#include "database/FieldEditor.h"
#include "ui/checklist/EvidenceStrip.h"
#include "ui/undo/SetFieldCommand.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace fieldbook {

namespace {
constexpr int kNotesDelayMs = 500;

QLabel* wrappingLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

QuestionPanel::QuestionPanel(WorkspaceContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("Select a question on the left.\nF8 jumps to the next unanswered one."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_empty);

    m_content = new QWidget(this);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(6, 0, 0, 0);
    m_clauses = wrappingLabel(m_content);
    m_clauses->setObjectName(QStringLiteral("clausesLabel"));
    QPalette muted = m_clauses->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_clauses->setPalette(muted);
    m_question = wrappingLabel(m_content);
    m_question->setObjectName(QStringLiteral("questionLabel"));
    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_question->setFont(big);
    layout->addWidget(m_clauses);
    layout->addWidget(m_question);

    auto* howTo = new QGroupBox(tr("How to verify"), m_content);
    auto* howForm = new QFormLayout(howTo);
    howForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_guidance = wrappingLabel(howTo);
    m_evidenceHint = wrappingLabel(howTo);
    m_methods = wrappingLabel(howTo);
    howForm->addRow(tr("Guidance:"), m_guidance);
    howForm->addRow(tr("Look at:"), m_evidenceHint);
    howForm->addRow(tr("Methods:"), m_methods);
    layout->addWidget(howTo);

    auto* answerBox = new QGroupBox(tr("Answer (keys 1–5)"), m_content);
    // Two rows, so the panel stays narrow enough for the question tree on a small screen.
    auto* answerLayout = new QGridLayout(answerBox);
    m_answers = new QButtonGroup(this);
    m_answers->setExclusive(false); // lets a click on the chosen answer clear it
    const QStringList ids = ChecklistAnswers::ids();
    for (int i = 0; i < ids.size(); ++i) {
        auto* radio = new QRadioButton(tr("&%1 %2").arg(i + 1).arg(ChecklistAnswers::label(ids.at(i))), answerBox);
        radio->setObjectName(QStringLiteral("answer_") + ids.at(i));
        m_answers->addButton(radio, i);
        answerLayout->addWidget(radio, i / 3, i % 3);
    }
    layout->addWidget(answerBox);
    connect(m_answers, &QButtonGroup::idClicked, this, &QuestionPanel::onAnswerClicked);

    layout->addWidget(new QLabel(tr("&Notes (saved as you type):"), m_content));
    m_notes = new QPlainTextEdit(m_content);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What you saw, read or heard — with where and from whom."));
    m_notes->installEventFilter(this);
    m_notes->setMinimumHeight(70);
    qobject_cast<QLabel*>(layout->itemAt(layout->count() - 1)->widget())->setBuddy(m_notes);
    layout->addWidget(m_notes, 1);
    m_notesTimer = new QTimer(this);
    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(kNotesDelayMs);
    connect(m_notesTimer, &QTimer::timeout, this, &QuestionPanel::flushNotes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &QuestionPanel::onNotesTextChanged);

    auto* evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(new QLabel(tr("Evidence:"), m_content));
    evidenceRow->addStretch();
    m_addEvidence = new QPushButton(tr("&Add photo or document…"), m_content);
    m_addEvidence->setObjectName(QStringLiteral("addEvidenceButton"));
    evidenceRow->addWidget(m_addEvidence);
    m_raiseFinding = new QPushButton(tr("&Raise finding"), m_content);
    m_raiseFinding->setObjectName(QStringLiteral("raiseFindingButton"));
    m_raiseFinding->setToolTip(tr("Create a finding with this question's clauses and notes (Ctrl+R)"));
    evidenceRow->addWidget(m_raiseFinding);
    layout->addLayout(evidenceRow);
    m_evidence = new EvidenceStrip(context, m_content);
    layout->addWidget(m_evidence);
    connect(m_addEvidence, &QPushButton::clicked, m_evidence, &EvidenceStrip::chooseFiles);
    connect(m_evidence, &EvidenceStrip::errorOccurred, this, &QuestionPanel::errorOccurred);
    connect(m_raiseFinding, &QPushButton::clicked, this, [this] {
        if (m_itemId) {
            flushNotes();
            emit raiseFindingRequested(m_itemId);
        }
    });

    outer->addWidget(m_content);
    m_content->hide();
}

QuestionPanel::~QuestionPanel()
{
    // Last chance for typed text: written without an undo step (the stack is going away).
    if (m_itemId && m_notes->toPlainText() != m_savedNotes) {
        m_unsavedNotes.insert(m_itemId, m_notes->toPlainText());
    }
    for (auto it = m_unsavedNotes.constBegin(); it != m_unsavedNotes.constEnd(); ++it) {
        ChecklistResponses(m_context.database()).setNotes(it.key(), it.value());
    }
}

void QuestionPanel::showQuestion(const ChecklistModel::Question* question)
{
    flushNotes();
    m_loading = true;
    if (!question) {
        m_itemId = 0;
        m_content->hide();
        m_empty->show();
        m_evidence->setItem(0);
        m_loading = false;
        return;
    }
    m_empty->hide();
    m_content->show();
    const bool sameItem = question->itemId == m_itemId;
    m_itemId = question->itemId;
    m_clauses->setText(question->clauses.join(QStringLiteral("  ·  ")));
    m_question->setText(question->question);
    m_guidance->setText(question->guidance.isEmpty() ? tr("—") : question->guidance);
    m_evidenceHint->setText(question->evidence.isEmpty() ? tr("—") : question->evidence);
    QStringList methods;
    for (const QString& m : question->methods) {
        methods << ChecklistModel::methodText(m);
    }
    m_methods->setText(methods.isEmpty() ? tr("—") : methods.join(QStringLiteral(", ")));
    const int answerIndex = int(ChecklistAnswers::ids().indexOf(question->answer));
    for (QAbstractButton* b : m_answers->buttons()) {
        b->setChecked(m_answers->id(b) == answerIndex);
    }
    const auto unsaved = m_unsavedNotes.constFind(m_itemId);
    const QString shown = unsaved != m_unsavedNotes.constEnd() ? *unsaved : question->notes;
    // Keep the cursor where it is when the same question is refreshed after an undo.
    if (!sameItem || m_notes->toPlainText() != shown) {
        m_notes->setPlainText(shown);
    }
    m_savedNotes = question->notes;
    if (unsaved != m_unsavedNotes.constEnd()) {
        m_notesTimer->start(); // try again shortly
    }
    if (!sameItem) {
        m_evidence->setItem(m_itemId);
    }
    m_loading = false;
}

bool QuestionPanel::setAnswer(const QString& answer)
{
    if (!m_itemId) {
        return false;
    }
    flushNotes();
    Result<QString> uuid = ChecklistResponses(m_context.database()).ensureResponse(m_itemId);
    if (!uuid) {
        emit errorOccurred(uuid.error());
        return false;
    }
    const QString label = answer.isEmpty() ? tr("Clear answer") : tr("Answer: %1").arg(ChecklistAnswers::label(answer));
    Status s = SetFieldCommand::apply(m_context, QStringLiteral("checklist_responses"), *uuid, QStringLiteral("answer"),
                                      answer.isEmpty() ? QVariant() : QVariant(answer), DataArea::Checklist, label);
    if (!s) {
        emit errorOccurred(s.error());
        return false;
    }
    emit itemChanged(m_itemId);
    return true;
}

void QuestionPanel::onAnswerClicked(int id)
{
    if (m_loading) {
        return;
    }
    const QString answer = ChecklistAnswers::ids().value(id);
    QAbstractButton* clicked = m_answers->button(id);
    // Non-exclusive group: a click unchecks the chosen answer, which clears it.
    setAnswer(clicked->isChecked() ? answer : QString());
}

void QuestionPanel::onNotesTextChanged()
{
    if (!m_loading) {
        m_notesTimer->start();
    }
}

void QuestionPanel::flushNotes()
{
    m_notesTimer->stop();
    if (!m_itemId || m_loading) {
        return;
    }
    const QString text = m_notes->toPlainText();
    if (text == m_savedNotes) {
        return;
    }
    Result<QString> uuid = ChecklistResponses(m_context.database()).ensureResponse(m_itemId);
    if (!uuid) {
        m_unsavedNotes.insert(m_itemId, text);
        emit errorOccurred(uuid.error());
        return;
    }
    // Marked saved before the write: apply() announces the change, which refreshes this panel.
    const QString previous = m_savedNotes;
    m_savedNotes = text;
    m_unsavedNotes.insert(m_itemId, text);
    Status s = SetFieldCommand::apply(m_context, QStringLiteral("checklist_responses"), *uuid, QStringLiteral("notes"),
                                      text, DataArea::Checklist, tr("Edit notes"));
    if (!s) {
        m_savedNotes = previous;
        emit errorOccurred(s.error());
        return;
    }
    m_unsavedNotes.remove(m_itemId);
    emit itemChanged(m_itemId);
}

bool QuestionPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut) {
        flushNotes();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fieldbook
