#include "ui/checklist/ChecklistWidget.h"
#include "ui/widgets/SplitterMemory.h"

#include "app/fieldwork/ChecklistAnswers.h"
#include "app/fieldwork/FindingStore.h"
#include "ui/checklist/ChecklistFilterModel.h"
#include "ui/checklist/ChecklistModel.h"
#include "ui/checklist/QuestionPanel.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace fieldbook {

ChecklistWidget::ChecklistWidget(WorkspaceContext& context, const QString& method, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    m_model = new ChecklistModel(this);
    m_filter = new ChecklistFilterModel(this);
    m_filter->setSourceModel(m_model);
    // Answering a question must not make it vanish under the cursor: filters apply on demand.
    m_filter->setDynamicSortFilter(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search questions"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setToolTip(tr("Search questions, clauses, guidance and notes"));
    m_search->setMinimumWidth(120);
    m_search->setClearButtonEnabled(true);
    m_answerFilter = new QComboBox(left);
    m_answerFilter->setObjectName(QStringLiteral("answerFilter"));
    m_answerFilter->setAccessibleName(tr("Answer filter"));
    m_answerFilter->addItem(tr("All questions"), int(ChecklistFilterModel::AnswerFilter::All));
    m_answerFilter->addItem(tr("Unanswered"), int(ChecklistFilterModel::AnswerFilter::Unanswered));
    m_answerFilter->addItem(tr("Non-compliant"), int(ChecklistFilterModel::AnswerFilter::NonCompliant));
    m_methodFilter = new QComboBox(left);
    m_methodFilter->setObjectName(QStringLiteral("methodFilter"));
    m_methodFilter->setAccessibleName(tr("Method filter"));
    m_methodFilter->addItem(tr("All methods"), QString());
    for (const QString& m : {QStringLiteral("document_review"), QStringLiteral("observation"),
                             QStringLiteral("worker_interview"), QStringLiteral("management_interview")}) {
        m_methodFilter->addItem(ChecklistModel::methodText(m), m);
    }
    m_methodFilter->setCurrentIndex(std::max(0, m_methodFilter->findData(method)));
    filters->addWidget(m_search, 1);
    filters->addWidget(m_answerFilter);
    filters->addWidget(m_methodFilter);
    leftLayout->addLayout(filters);

    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("checklistTree"));
    m_tree->setAccessibleName(tr("Questions"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ChecklistModel::QuestionColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ChecklistModel::ClauseColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(ChecklistModel::AnswerColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(ChecklistModel::ClauseColumn, 90);
    m_tree->header()->resizeSection(ChecklistModel::AnswerColumn, 110);
    leftLayout->addWidget(m_tree, 1);
    m_summary = new QLabel(left);
    m_summary->setObjectName(QStringLiteral("checklistSummary"));
    leftLayout->addWidget(m_summary);

    m_panel = new QuestionPanel(context, splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 440});
    // One remembered layout for every checklist page.
    rememberSplitterSizes(splitter, Setting::ChecklistSplitter);

    connect(m_search, &QLineEdit::textChanged, this, &ChecklistWidget::applyFilters);
    connect(m_answerFilter, &QComboBox::currentIndexChanged, this, &ChecklistWidget::applyFilters);
    connect(m_methodFilter, &QComboBox::currentIndexChanged, this, &ChecklistWidget::applyFilters);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_panel, &QuestionPanel::itemChanged, this, [this](qint64 itemId) {
        m_model->refreshItem(m_context.database(), itemId);
        updateSummary();
    });
    connect(m_panel, &QuestionPanel::raiseFindingRequested, this, [this](qint64) { raiseFinding(); });
    connect(m_panel, &QuestionPanel::errorOccurred, this, &ChecklistWidget::message);
    connect(&m_context, &WorkspaceContext::auditDataChanged, this, &ChecklistWidget::onDataChanged);

    // Plain keys 1–5 answer while the tree or the answer buttons have the focus; the notes
    // editor keeps them as text (text editors take printable keys before shortcuts).
    for (int key = 1; key <= 5; ++key) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::Key(Qt::Key_0 + key)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, key] { answerCurrent(key); });
    }
    for (const QKeySequence& seq : {QKeySequence(Qt::Key_F8), QKeySequence(Qt::CTRL | Qt::Key_J)}) {
        auto* shortcut = new QShortcut(seq, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (!nextUnanswered()) {
                emit message(tr("Every question shown is answered."));
            }
        });
    }
    auto* raise = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    raise->setContext(Qt::WidgetWithChildrenShortcut);
    connect(raise, &QShortcut::activated, this, &ChecklistWidget::raiseFinding);
}

void ChecklistWidget::reload()
{
    const qint64 current = m_panel->itemId();
    const QString error = m_model->load(m_context.database(), m_context.auditId());
    if (!error.isEmpty()) {
        emit message(tr("The checklist could not be read: %1").arg(error));
    }
    m_loaded = true;
    applyFilters();
    // Start on the first question so the keys work at once.
    if (!current || !selectItem(current)) {
        const QModelIndex firstSection = m_filter->index(0, 0);
        const QModelIndex first = m_filter->index(0, 0, firstSection);
        if (first.isValid()) {
            m_tree->setCurrentIndex(first);
        } else {
            m_panel->showQuestion(nullptr);
        }
    }
}

void ChecklistWidget::applyFilters()
{
    m_filter->setSearchText(m_search->text());
    m_filter->setAnswerFilter(ChecklistFilterModel::AnswerFilter(m_answerFilter->currentData().toInt()));
    m_filter->setMethod(m_methodFilter->currentData().toString());
    m_filter->invalidate();
    // Expanding a few dozen sections is cheap; collapsing them would hide the work.
    m_tree->expandAll();
    updateSummary();
}

void ChecklistWidget::updateSummary()
{
    int shown = 0, answered = 0;
    for (int s = 0; s < m_filter->rowCount(); ++s) {
        const QModelIndex section = m_filter->index(s, 0);
        for (int r = 0; r < m_filter->rowCount(section); ++r) {
            ++shown;
            answered += m_filter->index(r, 0, section).data(ChecklistModel::AnswerRole).toString().isEmpty() ? 0 : 1;
        }
    }
    if (m_model->questionCount() == 0) {
        m_summary->setText(tr("This audit has no checklist yet: it is derived from the codes chosen in the plan."));
    } else {
        m_summary->setText(tr("%1 of %2 questions shown are answered.").arg(answered).arg(shown));
    }
}

void ChecklistWidget::onCurrentChanged(const QModelIndex& current)
{
    m_panel->showQuestion(m_model->question(m_filter->mapToSource(current.siblingAtColumn(0))));
}

void ChecklistWidget::onDataChanged(DataArea area)
{
    if (!m_loaded || area != DataArea::Checklist) {
        return;
    }
    m_model->refreshAnswers(m_context.database(), m_context.auditId());
    m_panel->showQuestion(m_model->questionById(m_panel->itemId()));
    updateSummary();
}

void ChecklistWidget::flushEdits()
{
    m_panel->flushNotes();
}

QVariantMap ChecklistWidget::viewState() const
{
    return {{QStringLiteral("item"), m_panel->itemId()},
            {QStringLiteral("search"), m_search->text()},
            {QStringLiteral("answerFilter"), m_answerFilter->currentIndex()},
            {QStringLiteral("methodFilter"), m_methodFilter->currentIndex()}};
}

void ChecklistWidget::restoreViewState(const QVariantMap& state)
{
    m_search->setText(state.value(QStringLiteral("search")).toString());
    m_answerFilter->setCurrentIndex(state.value(QStringLiteral("answerFilter"), 0).toInt());
    m_methodFilter->setCurrentIndex(state.value(QStringLiteral("methodFilter"), 0).toInt());
    applyFilters();
    if (const qint64 item = state.value(QStringLiteral("item")).toLongLong()) {
        selectItem(item);
    }
}

bool ChecklistWidget::selectItem(qint64 itemId)
{
    const QModelIndex proxy = m_filter->mapFromSource(m_model->indexOfItem(itemId));
    if (!proxy.isValid()) {
        return false;
    }
    m_tree->setCurrentIndex(proxy);
    m_tree->scrollTo(proxy);
    return true;
}

bool ChecklistWidget::nextUnanswered()
{
    // Questions in view order, starting after the current one.
    QList<QModelIndex> order;
    int start = -1;
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    for (int s = 0; s < m_filter->rowCount(); ++s) {
        const QModelIndex section = m_filter->index(s, 0);
        if (section == current) {
            start = int(order.size()) - 1;
        }
        for (int r = 0; r < m_filter->rowCount(section); ++r) {
            const QModelIndex q = m_filter->index(r, 0, section);
            if (q == current) {
                start = int(order.size());
            }
            order << q;
        }
    }
    for (int i = 1; i <= order.size(); ++i) {
        const QModelIndex q = order.at((start + i + order.size()) % order.size());
        if (q.data(ChecklistModel::AnswerRole).toString().isEmpty()) {
            m_tree->setCurrentIndex(q);
            m_tree->scrollTo(q);
            return true;
        }
    }
    return false;
}

bool ChecklistWidget::answerCurrent(int key)
{
    const QString answer = ChecklistAnswers::ids().value(key - 1);
    return !answer.isEmpty() && m_panel->setAnswer(answer);
}

bool ChecklistWidget::raiseFinding()
{
    const qint64 itemId = m_panel->itemId();
    if (!itemId) {
        return false;
    }
    m_panel->flushNotes();
    Result<FindingRecord> finding = FindingStore(m_context.database()).createFromQuestion(itemId);
    if (!finding) {
        emit message(tr("The finding could not be created: %1").arg(finding.error()));
        return false;
    }
    emit m_context.auditDataChanged(DataArea::Findings);
    emit message(tr("Finding raised: %1 — complete it under Findings (Ctrl+8).").arg(finding->title));
    return true;
}

} // namespace fieldbook
