#include "ui/interviews/InterviewsPanel.h"
#include "ui/widgets/SplitterMemory.h"

#include "app/interviews/InterviewQuestions.h"
#include "app/interviews/InterviewStore.h"
#include "ui/interviews/InterviewForm.h"
#include "ui/interviews/InterviewListModel.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fieldbook {

InterviewsPanel::InterviewsPanel(WorkspaceContext& context, const QString& kind, QWidget* parent)
    : QWidget(parent), m_context(context), m_kind(kind)
{
    const bool worker = kind == QLatin1String("worker");
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&New interview"), left);
    add->setObjectName(QStringLiteral("newInterviewButton"));
    add->setToolTip(worker ? tr("Start an individual interview (Ctrl+Shift+N)")
                           : tr("Start an interview (Ctrl+Shift+N)"));
    buttons->addWidget(add);
    connect(add, &QPushButton::clicked, this, [this] { newInterview(QStringLiteral("individual")); });
    auto* individual = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    individual->setContext(Qt::WidgetWithChildrenShortcut);
    connect(individual, &QShortcut::activated, this, [this] { newInterview(QStringLiteral("individual")); });
    if (worker) {
        auto* group = new QPushButton(tr("New &group"), left);
        group->setObjectName(QStringLiteral("newGroupInterviewButton"));
        group->setToolTip(tr("Start a group interview (Ctrl+Shift+G). Pay and hours are not discussed in groups."));
        buttons->addWidget(group);
        connect(group, &QPushButton::clicked, this, [this] { newInterview(QStringLiteral("group")); });
        auto* groupKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), this);
        groupKey->setContext(Qt::WidgetWithChildrenShortcut);
        connect(groupKey, &QShortcut::activated, this, [this] { newInterview(QStringLiteral("group")); });
    }
    buttons->addStretch();
    leftLayout->addLayout(buttons);

    m_model = new InterviewListModel(this);
    m_list = new QTableView(left);
    m_list->setObjectName(QStringLiteral("interviewList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(InterviewListModel::WhoColumn, QHeaderView::Stretch);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setAccessibleName(worker ? tr("Worker interviews") : tr("Management interviews"));
    leftLayout->addWidget(m_list, 1);
    m_summary = new QLabel(left);
    m_summary->setObjectName(QStringLiteral("interviewSummary"));
    m_summary->setWordWrap(true);
    leftLayout->addWidget(m_summary);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InterviewsPanel::onSelectionChanged);

    m_form = new InterviewForm(context, kind, splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({300, 790});
    rememberSplitterSizes(splitter, worker ? Setting::WorkerInterviews : Setting::ManagementInterviews);

    connect(m_form, &InterviewForm::errorOccurred, this, &InterviewsPanel::message);
    connect(m_form, &InterviewForm::deleteRequested, this, &InterviewsPanel::deleteInterview);
    connect(&context, &WorkspaceContext::auditDataChanged, this, [this](DataArea area) {
        if (area == DataArea::Interviews || area == DataArea::Checklist || area == DataArea::Records) {
            reload();
        }
    });
}

void InterviewsPanel::reload()
{
    InterviewStore store(m_context.database());
    Result<QList<InterviewRecord>> interviews = store.list(m_context.auditId(), m_kind);
    if (!interviews) {
        emit message(interviews.error());
        return;
    }
    Result<QList<InterviewQuestion>> all =
        InterviewQuestions::forAudit(m_context.database(), m_context.auditId(), m_kind);
    Result<QList<InterviewQuestion>> group =
        InterviewQuestions::forAudit(m_context.database(), m_context.auditId(), m_kind, true);
    m_questions = all ? int(all->size()) : 0;
    m_groupQuestions = group ? int(group->size()) : 0;
    m_answered = 0;
    m_participants = 0;
    for (const InterviewRecord& r : *interviews) {
        m_answered += r.answered;
        m_participants += r.participants;
    }
    const QString selected = m_form->interviewUuid();
    m_model->setInterviews(m_kind, *interviews, m_questions, m_groupQuestions);
    const int row = m_model->rowOf(selected);
    if (row >= 0) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->selectRow(row);
    } else if (!selected.isEmpty()) {
        m_form->showInterview(QString());
    } else if (m_firstLoad && m_model->rowCount() > 0) {
        m_list->selectRow(0); // coming back to the page: the work is where it was, not an empty form
    }
    m_firstLoad = false;
    m_summary->setText(m_kind == QLatin1String("worker") // notr: interview kind
                           ? tr("%n interview(s) with %1 worker(s); %2 answers given.", "", int(interviews->size()))
                                 .arg(m_participants)
                                 .arg(m_answered)
                           : tr("%n interview(s); %1 answers given.", "", int(interviews->size())).arg(m_answered));
    emit changed();
}

int InterviewsPanel::interviewCount() const
{
    return m_model->rowCount();
}

int InterviewsPanel::participantCount() const
{
    return m_participants;
}

int InterviewsPanel::answeredCount() const
{
    return m_answered;
}

QString InterviewsPanel::newInterview(const QString& format, const RegisterWorker* worker)
{
    m_form->flush();
    InterviewStore store(m_context.database(), m_context.protector());
    Result<InterviewRecord> created = store.create(m_context.auditId(), m_kind, format, worker);
    if (!created) {
        emit message(created.error());
        return {};
    }
    if (worker && !store.canSeal()) {
        emit message(tr("%1 created. The link to the register was not stored: personal data is locked.")
                         .arg(created->pseudonym));
    } else {
        emit message(tr("%1 created: every field is saved as you type.").arg(created->pseudonym));
    }
    reload();
    emit m_context.auditDataChanged(DataArea::Interviews);
    selectInterview(created->uuid);
    m_form->focusFirstField();
    return created->uuid;
}

bool InterviewsPanel::selectInterview(const QString& uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0) {
        return false;
    }
    m_list->selectRow(row);
    if (m_form->interviewUuid() != uuid) {
        m_form->showInterview(uuid);
    }
    return true;
}

void InterviewsPanel::onSelectionChanged()
{
    const QModelIndex current = m_list->currentIndex();
    const InterviewRecord* r = m_model->interview(current.row());
    m_form->showInterview(r ? r->uuid : QString());
}

void InterviewsPanel::deleteInterview(const QString& uuid)
{
    const int row = m_model->rowOf(uuid);
    const InterviewRecord* r = m_model->interview(row);
    if (!r) {
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Delete interview"),
        tr("Delete interview %1 with its answers and notes? This cannot be undone.").arg(r->pseudonym),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    const QString pseudonym = r->pseudonym;
    m_form->showInterview(QString());
    if (Status s = InterviewStore(m_context.database()).remove(uuid); !s) {
        emit message(s.error());
        return;
    }
    emit message(tr("%1 deleted.").arg(pseudonym));
    emit m_context.auditDataChanged(DataArea::Interviews);
}

} // namespace fieldbook
