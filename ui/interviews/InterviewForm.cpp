#include "ui/interviews/InterviewForm.h"
#include "ui/widgets/SplitterMemory.h"

#include "app/interviews/InterviewQuestions.h"
#include "app/interviews/InterviewSuggestions.h"
#include "app/interviews/InterviewVocabulary.h"
#include "database/Database.h"
#include "ui/interviews/InterviewQuestionModel.h"
#include "ui/interviews/SealedTextBinding.h"
#include "ui/undo/SetFieldCommand.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fieldbook {

namespace {
constexpr DataArea kArea = DataArea::Interviews;
const QString kTable = QStringLiteral("interviews");

QLabel* wrapping(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* stateLabel(QWidget* parent)
{
    auto* label = wrapping(QString(), parent);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    label->setPalette(muted);
    label->hide();
    return label;
}

void addCompleter(QLineEdit* edit, const QStringList& words)
{
    auto* completer = new QCompleter(words, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
}

Result<QVariant> convert(const QVariant& raw, int conversion)
{
    const QString text = raw.toString().trimmed();
    switch (conversion) {
    case 0: // Text
    case 2: // Choice
        return text.isEmpty() ? QVariant() : QVariant(text);
    case 1: { // Number: "52,5" and "52.5" alike, for auditors whose keyboards use a comma
        if (text.isEmpty()) {
            return QVariant();
        }
        bool ok = false;
        const double v = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok) {
            return Result<QVariant>::failure(
                QCoreApplication::translate("InterviewForm", "\"%1\" is not a number").arg(text));
        }
        return QVariant(v);
    }
    case 3: // Flag
        return text.isEmpty() ? QVariant() : QVariant(text.toInt());
    default: // Integer
        return QVariant(raw.toInt());
    }
}
} // namespace

InterviewForm::InterviewForm(WorkspaceContext& context, const QString& kind, QWidget* parent)
    : QWidget(parent), m_context(context), m_kind(kind)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(kind == QLatin1String("management") // notr: interview kind
                             ? tr("No interview selected.\nCtrl+Shift+N starts a new one.")
                             : tr("No interview selected.\nCtrl+Shift+N starts an individual interview, "
                                  "Ctrl+Shift+G a group interview."),
                         this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    outer->addWidget(m_empty);

    m_content = new QWidget(this);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("interviewTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    header->addWidget(m_title, 1);
    m_delete = new QPushButton(tr("Delete interview…"), m_content);
    m_delete->setObjectName(QStringLiteral("deleteInterviewButton"));
    m_delete->setToolTip(tr("Deletes this interview and its answers (cannot be undone)"));
    header->addWidget(m_delete);
    layout->addLayout(header);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!m_uuid.isEmpty()) {
            flush();
            emit deleteRequested(m_uuid);
        }
    });

    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("interviewTabs"));
    m_tabs->addTab(buildDetails(), tr("&Details"));
    m_tabs->addTab(buildQuestions(), tr("&Questions"));
    layout->addWidget(m_tabs, 1);
    outer->addWidget(m_content);
    m_content->hide();

    connect(&m_context, &WorkspaceContext::auditDataChanged, this, &InterviewForm::onDataChanged);
}

InterviewForm::~InterviewForm()
{
    // Nothing to flush here: announcing edits now would reach pages that are being destroyed.
    // The bindings' own destructors write typing not yet saved, without an undo step or a signal,
    // and their hooks capture only what outlives the form.
}

QComboBox* InterviewForm::choiceCombo(const QString& objectName, const QStringList& ids,
                                      QString (*text)(const QString&))
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->addItem(tr("not recorded"), QString());
    for (const QString& id : ids) {
        combo->addItem(text(id), id);
    }
    return combo;
}

QComboBox* InterviewForm::yesNoCombo(const QString& objectName)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->addItem(tr("not recorded"), QString());
    combo->addItem(tr("yes"), QStringLiteral("1"));
    combo->addItem(tr("no"), QStringLiteral("0"));
    return combo;
}

FieldBinding* InterviewForm::bind(QWidget* editor, const char* column, const QString& undoText, Conversion conversion)
{
    auto* binding = new FieldBinding(m_context, editor, kTable, QLatin1String(column), kArea, undoText);
    const Database* db = &m_context.database();
    const QString name = QLatin1String(column);
    const int how = int(conversion);
    // Captures only what outlives the form (the store) and the binding itself.
    binding->setConverter([db, binding, name, how](const QVariant& raw) -> Result<QVariant> {
        Result<QVariant> value = convert(raw, how);
        if (!value) {
            return value;
        }
        if (Status s = InterviewStore(*db).checkEdit(binding->uuid(), name, *value); !s) {
            return Result<QVariant>::failure(s.error());
        }
        return value;
    });
    connect(binding, &FieldBinding::errorOccurred, this, &InterviewForm::errorOccurred);
    connect(binding, &FieldBinding::saved, this, [this] { emit interviewChanged(m_uuid); });
    m_bindings.append(binding);
    return binding;
}

QWidget* InterviewForm::buildDetails()
{
    const bool worker = m_kind == QLatin1String("worker");
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    scroll->setWidget(page);
    auto* grid = new QGridLayout(page);
    grid->setContentsMargins(4, 4, 4, 4);

    const qint64 auditId = m_context.auditId();
    const Database& db = m_context.database();

    auto* held = new QGroupBox(tr("The interview"), page);
    auto* heldForm = new QFormLayout(held);
    heldForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_format = new QComboBox(held);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("Individual (one person)"), QStringLiteral("individual"));
    m_format->addItem(tr("Group"), QStringLiteral("group"));
    heldForm->addRow(tr("&Format:"), m_format);
    connect(m_format, &QComboBox::currentIndexChanged, this, &InterviewForm::onFormatChosen);
    m_participants = new QSpinBox(held);
    m_participants->setObjectName(QStringLiteral("participantsSpin"));
    m_participants->setRange(1, 50);
    heldForm->addRow(tr("&People:"), m_participants);
    bind(m_participants, "participants", tr("Change number of people"), Conversion::Integer);
    auto* location = new QComboBox(held);
    location->setObjectName(QStringLiteral("locationCombo"));
    location->addItem(InterviewVocabulary::locationText(QStringLiteral("on_site")), QStringLiteral("on_site"));
    location->addItem(InterviewVocabulary::locationText(QStringLiteral("off_site")), QStringLiteral("off_site"));
    heldForm->addRow(tr("&Where:"), location);
    bind(location, "location", tr("Change where the interview was held"), Conversion::Choice);
    auto* when = new QLineEdit(held);
    when->setObjectName(QStringLiteral("heldAtEdit"));
    when->setPlaceholderText(tr("YYYY-MM-DD HH:MM"));
    heldForm->addRow(tr("&When:"), when);
    bind(when, "held_at", tr("Change when the interview was held"), Conversion::Text);
    auto* interviewer = new QLineEdit(held);
    interviewer->setObjectName(QStringLiteral("interviewerEdit"));
    interviewer->setPlaceholderText(tr("who asked the questions"));
    addCompleter(interviewer, InterviewSuggestions::interviewers(db, auditId));
    heldForm->addRow(tr("Inter&viewer:"), interviewer);
    bind(interviewer, "interviewer", tr("Change interviewer"), Conversion::Text);
    if (worker) {
        auto* coached = new QCheckBox(tr("I think the answers were &coached"), held);
        coached->setObjectName(QStringLiteral("coachingCheck"));
        coached->setToolTip(tr("Tick when answers sounded learnt by heart, the same words as others, or when "
                               "the worker said they were told what to say."));
        heldForm->addRow(QString(), coached);
        bind(coached, "coaching_suspected", tr("Change coaching suspected"), Conversion::Integer);
    }
    grid->addWidget(held, 0, 0);

    auto* who = new QGroupBox(worker ? tr("Who was interviewed (no names)") : tr("Who was interviewed"), page);
    auto* whoForm = new QFormLayout(who);
    whoForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (!worker) {
        auto* role = choiceCombo(QStringLiteral("roleCombo"), InterviewVocabulary::managementRoles(),
                                 &InterviewVocabulary::managementRoleText);
        whoForm->addRow(tr("&Role:"), role);
        bind(role, "interviewee_role", tr("Change role"), Conversion::Choice);
    }
    auto* department = new QLineEdit(who);
    department->setObjectName(QStringLiteral("departmentEdit"));
    department->setPlaceholderText(tr("e.g. Sewing"));
    addCompleter(department, InterviewSuggestions::departments(db, auditId));
    whoForm->addRow(tr("De&partment:"), department);
    bind(department, "department", tr("Change department"), Conversion::Text);
    m_firstField = worker ? department : nullptr;
    if (worker) {
        auto* gender =
            choiceCombo(QStringLiteral("genderCombo"), {QStringLiteral("F"), QStringLiteral("M"), QStringLiteral("X")},
                        &InterviewVocabulary::genderText);
        whoForm->addRow(tr("&Gender:"), gender);
        bind(gender, "gender", tr("Change gender"), Conversion::Choice);
        auto* age = choiceCombo(QStringLiteral("ageBandCombo"), InterviewVocabulary::ageBands(),
                                &InterviewVocabulary::ageBandText);
        whoForm->addRow(tr("&Age:"), age);
        bind(age, "age_band", tr("Change age"), Conversion::Choice);
        auto* tenure = choiceCombo(QStringLiteral("tenureBandCombo"), InterviewVocabulary::tenureBands(),
                                   &InterviewVocabulary::tenureBandText);
        whoForm->addRow(tr("Wor&ked here:"), tenure);
        bind(tenure, "tenure_band", tr("Change time worked here"), Conversion::Choice);
        auto* shift =
            choiceCombo(QStringLiteral("shiftCombo"), InterviewVocabulary::shifts(), &InterviewVocabulary::shiftText);
        whoForm->addRow(tr("&Shift:"), shift);
        bind(shift, "shift", tr("Change shift"), Conversion::Choice);
        auto* migrant = yesNoCombo(QStringLiteral("migrantCombo"));
        whoForm->addRow(tr("&Migrant worker:"), migrant);
        bind(migrant, "migrant", tr("Change migrant worker"), Conversion::Flag);
        auto* agency = yesNoCombo(QStringLiteral("agencyCombo"));
        whoForm->addRow(tr("Agenc&y worker:"), agency);
        bind(agency, "agency", tr("Change agency worker"), Conversion::Flag);
        auto* link = new QLineEdit(who);
        link->setObjectName(QStringLiteral("workerRefEdit"));
        link->setPlaceholderText(tr("employee number, stored encrypted"));
        link->setToolTip(tr("Only used to compare what the worker said with their own records. Stored "
                            "encrypted; never shown in reports."));
        addCompleter(link, InterviewSuggestions::registerNumbers(db, auditId));
        auto* linkState = stateLabel(who);
        whoForm->addRow(tr("Re&gister no.:"), link);
        whoForm->addRow(QString(), linkState);
        auto* sealed = new SealedTextBinding(m_context, link, linkState, kTable, QStringLiteral("worker_ref"), kArea,
                                             tr("Change link to the register"));
        connect(sealed, &SealedTextBinding::errorOccurred, this, &InterviewForm::errorOccurred);
        connect(sealed, &SealedTextBinding::saved, this, [this] { emit interviewChanged(m_uuid); });
        m_sealed.append(sealed);
    }
    grid->addWidget(who, 0, 1);

    if (worker) {
        m_statements = new QGroupBox(tr("What the worker said about hours and pay"), page);
        m_statements->setObjectName(QStringLiteral("statementsBox"));
        // Two pairs a row: the box stays short enough for the notes below on a small screen.
        auto* said = new QGridLayout(m_statements);
        int cell = 0;
        const auto place = [&](const QString& label, QWidget* field) {
            auto* caption = new QLabel(label, m_statements);
            caption->setBuddy(field);
            said->addWidget(caption, cell / 2, (cell % 2) * 2);
            said->addWidget(field, cell / 2, (cell % 2) * 2 + 1);
            ++cell;
        };
        const auto number = [&](const QString& objectName, const QString& label, const QString& placeholder,
                                const char* column, const QString& undo) {
            auto* edit = new QLineEdit(m_statements);
            edit->setObjectName(objectName);
            edit->setPlaceholderText(placeholder);
            place(label, edit);
            bind(edit, column, undo, Conversion::Number);
            return edit;
        };
        number(QStringLiteral("statedHoursEdit"), tr("&Hours a week:"), tr("e.g. 60 (empty: not asked)"),
               "stated_weekly_hours", tr("Change stated weekly hours"));
        number(QStringLiteral("statedRestDaysEdit"), tr("&Days off a week:"), tr("e.g. 1"), "stated_rest_days_per_week",
               tr("Change stated days off"));
        number(QStringLiteral("statedPayEdit"), tr("Pa&y a month (net):"), tr("in the audit's currency"),
               "stated_monthly_pay", tr("Change stated monthly pay"));
        number(QStringLiteral("statedDeductionsEdit"), tr("D&eductions a month:"), tr("e.g. 150"), "stated_deductions",
               tr("Change stated deductions"));
        auto* voluntary = yesNoCombo(QStringLiteral("overtimeVoluntaryCombo"));
        voluntary->setItemText(0, tr("not asked"));
        place(tr("&Overtime is voluntary:"), voluntary);
        bind(voluntary, "stated_overtime_voluntary", tr("Change overtime voluntary"), Conversion::Flag);
        said->setColumnStretch(1, 1);
        said->setColumnStretch(3, 1);
        grid->addWidget(m_statements, 1, 0, 1, 2);
        m_groupNotice = wrapping(tr("Group interview: pay and hours are never discussed in group interviews. "
                                    "Ask about them in individual interviews."),
                                 page);
        m_groupNotice->setObjectName(QStringLiteral("groupNotice"));
        grid->addWidget(m_groupNotice, 1, 0, 1, 2);
    }

    auto* notesLabel = new QLabel(tr("&Notes (what was said, in the interviewee's words; stored encrypted):"), page);
    grid->addWidget(notesLabel, 2, 0, 1, 2);
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("interviewNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(70);
    m_notes->setPlaceholderText(tr("No names. Write what you heard and how it compares with the records."));
    notesLabel->setBuddy(m_notes);
    grid->addWidget(m_notes, 3, 0, 1, 2);
    auto* notesState = stateLabel(page);
    grid->addWidget(notesState, 4, 0, 1, 2);
    auto* notes = new SealedTextBinding(m_context, m_notes, notesState, kTable, QStringLiteral("notes"), kArea,
                                        tr("Edit interview notes"));
    connect(notes, &SealedTextBinding::errorOccurred, this, &InterviewForm::errorOccurred);
    connect(notes, &SealedTextBinding::saved, this, [this] { emit interviewChanged(m_uuid); });
    m_sealed.append(notes);
    grid->setRowStretch(3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    return scroll;
}

QWidget* InterviewForm::buildQuestions()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    m_questionGroupNotice = wrapping(tr("Group interview: the questions about pay and hours are left out."), page);
    m_questionGroupNotice->hide();
    layout->addWidget(m_questionGroupNotice);
    auto* splitter = new QSplitter(Qt::Vertical, page);
    splitter->setChildrenCollapsible(false);
    m_questions = new InterviewQuestionModel(this);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(QStringLiteral("interviewQuestionTree"));
    m_tree->setAccessibleName(tr("Interview questions"));
    m_tree->setModel(m_questions);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(InterviewQuestionModel::QuestionColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(InterviewQuestionModel::AnswerColumn, QHeaderView::ResizeToContents);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showQuestion(current); });

    auto* panel = new QWidget(splitter);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 4, 0, 0);
    m_questionText = wrapping(QString(), panel);
    m_questionText->setObjectName(QStringLiteral("interviewQuestionText"));
    QFont bold = m_questionText->font();
    bold.setBold(true);
    m_questionText->setFont(bold);
    panelLayout->addWidget(m_questionText);
    m_questionGuidance = wrapping(QString(), panel);
    QPalette muted = m_questionGuidance->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_questionGuidance->setPalette(muted);
    panelLayout->addWidget(m_questionGuidance);
    m_answerBox = new QWidget(panel);
    auto* answerRow = new QHBoxLayout(m_answerBox);
    answerRow->setContentsMargins(0, 0, 0, 0);
    answerRow->addWidget(new QLabel(tr("Answer:"), m_answerBox));
    m_answers = new QButtonGroup(this);
    m_answers->setExclusive(false); // a click on the chosen answer clears it
    const QStringList ids = InterviewVocabulary::structuredAnswers();
    for (int i = 0; i < ids.size(); ++i) {
        auto* radio =
            new QRadioButton(tr("%1 %2").arg(i + 1).arg(InterviewVocabulary::answerText(ids.at(i))), m_answerBox);
        radio->setObjectName(QStringLiteral("interviewAnswer_") + ids.at(i));
        m_answers->addButton(radio, i);
        answerRow->addWidget(radio);
    }
    auto* keys = new QLabel(tr("(keys 1, 2, 3; 0 clears; F8 next unanswered)"), m_answerBox);
    keys->setPalette(muted);
    answerRow->addWidget(keys);
    answerRow->addStretch();
    panelLayout->addWidget(m_answerBox);
    connect(m_answers, &QButtonGroup::idClicked, this, &InterviewForm::onAnswerClicked);
    auto* noteLabel = new QLabel(tr("N&ote on this answer (stored encrypted):"), panel);
    panelLayout->addWidget(noteLabel);
    m_answerNote = new QPlainTextEdit(panel);
    m_answerNote->setObjectName(QStringLiteral("answerNoteEdit"));
    m_answerNote->setTabChangesFocus(true);
    m_answerNote->setMinimumHeight(50);
    noteLabel->setBuddy(m_answerNote);
    panelLayout->addWidget(m_answerNote, 1);
    auto* noteState = stateLabel(panel);
    panelLayout->addWidget(noteState);
    m_answerNoteBinding = new SealedTextBinding(m_context, m_answerNote, noteState, QStringLiteral("interview_answers"),
                                                QStringLiteral("free_text"), kArea, tr("Edit note on an answer"));
    connect(m_answerNoteBinding, &SealedTextBinding::errorOccurred, this, &InterviewForm::errorOccurred);
    connect(m_answerNoteBinding, &SealedTextBinding::saved, this, [this] {
        if (Result<QList<InterviewAnswer>> a = InterviewStore(m_context.database()).answers(m_uuid)) {
            m_questions->setAnswers(*a);
        }
        emit interviewChanged(m_uuid);
    });
    splitter->addWidget(m_tree);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({330, 220});
    // One remembered layout for the worker and the management interview forms.
    rememberSplitterSizes(splitter, Setting::QuestionsSplitter);
    layout->addWidget(splitter, 1);

    // Plain keys answer while the tree or the answer buttons have the focus; the note editor
    // keeps them as text (text editors take printable keys before shortcuts).
    const QStringList answerKeys = {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("unclear")};
    for (int i = 0; i <= answerKeys.size(); ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::Key(Qt::Key_0 + i)), page);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        const QString answer = i == 0 ? QString() : answerKeys.at(i - 1);
        connect(shortcut, &QShortcut::activated, this, [this, answer] {
            if (answerCurrent(answer) && !answer.isEmpty()) {
                const QModelIndex next = m_questions->nextQuestion(m_tree->currentIndex());
                if (next.isValid()) {
                    m_tree->setCurrentIndex(next);
                }
            }
        });
    }
    for (const QKeySequence& seq : {QKeySequence(Qt::Key_F8), QKeySequence(Qt::CTRL | Qt::Key_J)}) {
        auto* shortcut = new QShortcut(seq, page);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (!selectNextUnanswered()) {
                emit errorOccurred(tr("Every question of this interview is answered."));
            }
        });
    }
    return page;
}

void InterviewForm::showInterview(const QString& uuid)
{
    flush();
    m_uuid = uuid;
    if (uuid.isEmpty()) {
        m_content->hide();
        m_empty->show();
        for (FieldBinding* b : m_bindings) {
            b->setUuid(QString());
        }
        for (SealedTextBinding* b : m_sealed) {
            b->setUuid(QString());
        }
        m_answerNoteBinding->setUuid(QString());
        return;
    }
    m_empty->hide();
    m_content->show();
    for (FieldBinding* b : m_bindings) {
        b->setUuid(uuid);
    }
    for (SealedTextBinding* b : m_sealed) {
        b->setUuid(uuid);
    }
    reloadRecord();
    reloadQuestions(true);
}

void InterviewForm::flush()
{
    for (FieldBinding* b : m_bindings) {
        b->flush();
    }
    for (SealedTextBinding* b : m_sealed) {
        b->flush();
    }
    if (m_answerNoteBinding) {
        m_answerNoteBinding->flush();
    }
}

void InterviewForm::focusFirstField()
{
    m_tabs->setCurrentIndex(0);
    if (m_firstField) {
        m_firstField->setFocus();
    } else {
        m_format->setFocus();
    }
}

void InterviewForm::reloadRecord()
{
    Result<InterviewRecord> r = InterviewStore(m_context.database()).interview(m_uuid);
    if (!r) {
        emit errorOccurred(r.error());
        return;
    }
    m_record = *r;
    m_loading = true;
    m_format->setCurrentIndex(std::max(0, m_format->findData(m_record.format)));
    m_loading = false;
    const bool group = m_record.format == QLatin1String("group");
    m_participants->setEnabled(group);
    if (m_statements) {
        m_statements->setVisible(!group);
        m_groupNotice->setVisible(group);
    }
    m_questionGroupNotice->setVisible(group);
    updateTitle();
}

void InterviewForm::updateTitle()
{
    QString title = m_record.pseudonym + QStringLiteral("  ·  ") +
                    (m_record.format == QLatin1String("group") ? tr("group of %1").arg(m_record.participants)
                                                               : InterviewVocabulary::formatText(m_record.format)) +
                    QStringLiteral("  ·  ") + InterviewVocabulary::locationText(m_record.location);
    title += QStringLiteral("  ·  ") + tr("%1 of %2 questions answered").arg(answeredCount()).arg(questionCount());
    m_title->setText(title);
    const int questionsTab = 1;
    m_tabs->setTabText(questionsTab, tr("&Questions (%1/%2)").arg(answeredCount()).arg(questionCount()));
}

void InterviewForm::reloadQuestions(bool rebuild)
{
    InterviewStore store(m_context.database());
    Result<QList<InterviewAnswer>> answers = store.answers(m_uuid);
    if (!answers) {
        emit errorOccurred(answers.error());
        return;
    }
    const bool group = m_record.format == QLatin1String("group");
    if (rebuild || group != m_questionsGroup) {
        Result<QList<InterviewQuestion>> questions =
            InterviewQuestions::forAudit(m_context.database(), m_context.auditId(), m_kind, group);
        if (!questions) {
            emit errorOccurred(questions.error());
            return;
        }
        const QString keep = m_questionKey;
        m_questions->setQuestions(*questions, *answers);
        m_questionsGroup = group;
        m_tree->expandAll();
        QModelIndex current = m_questions->indexOfKey(keep);
        if (!current.isValid()) {
            current = m_questions->nextUnanswered({});
        }
        if (!current.isValid() && m_questions->rowCount() > 0) {
            current = m_questions->index(0, 0, m_questions->index(0, 0));
        }
        m_tree->setCurrentIndex(current);
        showQuestion(current);
    } else {
        m_questions->setAnswers(*answers);
        showQuestion(m_tree->currentIndex());
    }
    updateTitle();
}

void InterviewForm::showQuestion(const QModelIndex& index)
{
    const InterviewQuestion* q = m_questions->question(index);
    if (!q) {
        m_answerNoteBinding->flush();
        m_questionKey.clear();
        m_questionItem = 0;
        m_questionText->setText(m_questions->questionCount() == 0
                                    ? tr("The checklist of this audit has no question for this kind of interview.")
                                    : tr("Select a question."));
        m_questionGuidance->clear();
        m_answerBox->setEnabled(false);
        m_answerNoteBinding->setEnsureRow({});
        m_answerNoteBinding->setUuid(QString());
        return;
    }
    const bool otherQuestion = q->questionKey != m_questionKey;
    if (otherQuestion) {
        m_answerNoteBinding->flush();
    }
    m_questionKey = q->questionKey;
    m_questionItem = q->itemId;
    m_questionText->setText(q->question);
    m_questionGuidance->setText(q->clauses.join(QStringLiteral("  ·  ")) +
                                (q->guidance.isEmpty() ? QString() : QStringLiteral("\n") + q->guidance));
    m_answerBox->setEnabled(true);
    const int chosen = int(InterviewVocabulary::structuredAnswers().indexOf(m_questions->answerOf(q->questionKey)));
    for (QAbstractButton* b : m_answers->buttons()) {
        b->setChecked(m_answers->id(b) == chosen);
    }
    // The answer row is created when the first answer or note is written; the hook captures
    // values, never this form, so it stays safe while the form is being destroyed.
    const Database* db = &m_context.database();
    const QString interview = m_uuid;
    const qint64 item = q->itemId;
    const QString key = q->questionKey;
    m_answerNoteBinding->setEnsureRow(
        [db, interview, item, key] { return InterviewStore(*db).ensureAnswer(interview, item, key); });
    // Only when the row changes: a refresh while the note is being typed must not touch it.
    const QString row = m_questions->answerUuidOf(key);
    if (row != m_answerNoteBinding->uuid()) {
        m_answerNoteBinding->setUuid(row);
    } else if (otherQuestion) {
        m_answerNoteBinding->reload();
    }
}

bool InterviewForm::answerCurrent(const QString& answer)
{
    if (m_uuid.isEmpty() || m_questionKey.isEmpty()) {
        return false;
    }
    m_answerNoteBinding->flush();
    InterviewStore store(m_context.database());
    if (Status s = store.checkAnswer(m_uuid, m_questionKey, answer); !s) {
        emit errorOccurred(s.error());
        return false;
    }
    Result<QString> row = store.ensureAnswer(m_uuid, m_questionItem, m_questionKey);
    if (!row) {
        emit errorOccurred(row.error());
        return false;
    }
    const QString label = answer.isEmpty()
                              ? tr("Clear answer")
                              : tr("Answer %1: %2").arg(m_record.pseudonym, InterviewVocabulary::answerText(answer));
    Status s = SetFieldCommand::apply(m_context, QStringLiteral("interview_answers"), *row, QStringLiteral("answer"),
                                      answer.isEmpty() ? QVariant() : QVariant(answer), kArea, label);
    if (!s) {
        emit errorOccurred(s.error());
        return false;
    }
    emit interviewChanged(m_uuid);
    return true;
}

bool InterviewForm::selectNextUnanswered()
{
    const QModelIndex next = m_questions->nextUnanswered(m_tree->currentIndex());
    if (!next.isValid()) {
        return false;
    }
    m_tabs->setCurrentIndex(1);
    m_tree->setCurrentIndex(next);
    m_tree->setFocus();
    return true;
}

int InterviewForm::answeredCount() const
{
    return m_questions ? m_questions->answeredCount() : 0;
}

int InterviewForm::questionCount() const
{
    return m_questions ? m_questions->questionCount() : 0;
}

void InterviewForm::onAnswerClicked(int id)
{
    const QString answer = InterviewVocabulary::structuredAnswers().value(id);
    QAbstractButton* clicked = m_answers->button(id);
    if (!answerCurrent(clicked->isChecked() ? answer : QString())) {
        showQuestion(m_tree->currentIndex()); // put the buttons back as stored
    }
}

void InterviewForm::onFormatChosen(int index)
{
    if (m_loading || m_uuid.isEmpty()) {
        return;
    }
    const QString format = m_format->itemData(index).toString();
    if (format == m_record.format) {
        return;
    }
    InterviewStore store(m_context.database());
    if (Status s = store.checkEdit(m_uuid, QStringLiteral("format"), format); !s) {
        emit errorOccurred(s.error());
        reloadRecord();
        return;
    }
    // Format and number of people change together: one undo step.
    QUndoStack* stack = m_context.undoStack();
    const bool group = format == QLatin1String("group");
    if (stack) {
        stack->beginMacro(group ? tr("Make it a group interview") : tr("Make it an individual interview"));
    }
    Status s = SetFieldCommand::apply(m_context, kTable, m_uuid, QStringLiteral("format"), format, kArea, QString());
    if (s && (group ? m_record.participants < 2 : m_record.participants != 1)) {
        s = SetFieldCommand::apply(m_context, kTable, m_uuid, QStringLiteral("participants"), group ? 2 : 1, kArea,
                                   QString());
    }
    if (stack) {
        stack->endMacro();
    }
    if (!s) {
        emit errorOccurred(s.error());
    }
    emit interviewChanged(m_uuid);
}

void InterviewForm::onDataChanged(DataArea area)
{
    if (area != kArea || m_uuid.isEmpty()) {
        return;
    }
    Result<InterviewRecord> exists = InterviewStore(m_context.database()).interview(m_uuid);
    if (!exists) {
        showInterview(QString()); // deleted
        return;
    }
    reloadRecord();
    reloadQuestions(false);
}

} // namespace fieldbook
