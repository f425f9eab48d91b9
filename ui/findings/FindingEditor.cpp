#include "ui/findings/FindingEditor.h"

#include "app/fieldwork/CorrectiveActionStore.h"
#include "app/fieldwork/FindingStore.h"
#include "ui/checklist/EvidenceStrip.h"
#include "ui/findings/FindingListModel.h"
#include "ui/widgets/AccessibleNames.h"
#include "ui/workspace/FieldBinding.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fieldbook {

FindingEditor::FindingEditor(WorkspaceContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto bind = [this](QWidget* editor, const char* column, const QString& undo) {
        auto* b = new FieldBinding(m_context, editor, QStringLiteral("findings"), QLatin1String(column),
                                   DataArea::Findings, undo);
        connect(b, &FieldBinding::errorOccurred, this, &FindingEditor::errorOccurred);
        connect(b, &FieldBinding::saved, this, &FindingEditor::changed);
        m_bindings << b;
    };
    auto* title = new QLineEdit(this);
    title->setObjectName(QStringLiteral("findingTitle"));
    bind(title, "title", tr("Edit finding title"));
    auto* severity = new QComboBox(this);
    severity->setObjectName(QStringLiteral("findingSeverity"));
    // Both share the row "Severity, status:", which has no buddy; each gets its own name.
    severity->setAccessibleName(tr("Severity"));
    for (const QString& s : FindingStore::severities()) {
        severity->addItem(FindingListModel::severityText(s), s);
    }
    bind(severity, "severity", tr("Change severity"));
    auto* status = new QComboBox(this);
    status->setObjectName(QStringLiteral("findingStatus"));
    status->setAccessibleName(tr("Status"));
    for (const QString& s : {QStringLiteral("open"), QStringLiteral("closed"), QStringLiteral("withdrawn")}) {
        status->addItem(FindingListModel::statusText(s), s);
    }
    bind(status, "status", tr("Change finding status"));
    auto* row = new QHBoxLayout;
    row->addWidget(severity);
    row->addWidget(status);
    m_clauses = new QLineEdit(this);
    m_clauses->setObjectName(QStringLiteral("findingClauses"));
    m_clauses->setPlaceholderText(tr("code:clause, separated by commas — e.g. sa8000:7.1, wrap:6"));
    connect(m_clauses, &QLineEdit::editingFinished, this, &FindingEditor::saveClauses);
    auto text = [this](const char* name, const QString& placeholder) {
        auto* e = new QPlainTextEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setTabChangesFocus(true);
        e->setPlaceholderText(placeholder);
        e->setMinimumHeight(44);
        return e;
    };
    auto* description = text("findingDescription", tr("What was found, in plain words."));
    bind(description, "description", tr("Edit description"));
    auto* evidence = text("findingEvidence", tr("Documents, records, interviews and observations that show it."));
    bind(evidence, "evidence_text", tr("Edit evidence"));
    auto* rootCause = text("findingRootCause", tr("Why it happened (policy, system, training, pressure...)."));
    bind(rootCause, "root_cause", tr("Edit root cause"));
    form->addRow(tr("Title:"), title);
    form->addRow(tr("Severity, status:"), row);
    form->addRow(tr("Clauses:"), m_clauses);
    form->addRow(tr("Description:"), description);
    form->addRow(tr("Evidence:"), evidence);
    form->addRow(tr("Root cause:"), rootCause);
    auto* evidenceRow = new QHBoxLayout;
    m_evidence = new EvidenceStrip(m_context, this);
    m_evidence->setFixedHeight(96);
    m_evidence->setIconSize(QSize(56, 56));
    m_evidence->setGridSize(QSize(80, 80));
    connect(m_evidence, &EvidenceStrip::errorOccurred, this, &FindingEditor::errorOccurred);
    auto* addEvidence = new QPushButton(tr("Add…"), this);
    addEvidence->setToolTip(tr("Attach a photo or document to this finding (or drag files onto the strip)"));
    connect(addEvidence, &QPushButton::clicked, m_evidence, &EvidenceStrip::chooseFiles);
    evidenceRow->addWidget(m_evidence, 1);
    evidenceRow->addWidget(addEvidence, 0, Qt::AlignTop);
    form->addRow(tr("Files:"), evidenceRow);
    layout->addLayout(form, 3);

    auto* actionsBox = new QGroupBox(tr("Corrective actions"), this);
    auto* actionsLayout = new QVBoxLayout(actionsBox);
    m_actions = new QTableWidget(0, 4, actionsBox);
    m_actions->setObjectName(QStringLiteral("actionsTable"));
    m_actions->setAccessibleName(actionsBox->title());
    m_actions->setHorizontalHeaderLabels({tr("Action"), tr("Responsible"), tr("Due"), tr("Status")});
    m_actions->verticalHeader()->hide();
    m_actions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_actions->horizontalHeader()->resizeSection(1, 130);
    m_actions->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_actions->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_actions->setSelectionBehavior(QAbstractItemView::SelectRows);
    actionsLayout->addWidget(m_actions);
    auto* buttons = new QHBoxLayout;
    m_addAction = new QPushButton(tr("Add corrective action"), actionsBox);
    m_addAction->setObjectName(QStringLiteral("addActionButton"));
    m_removeAction = new QPushButton(tr("Remove"), actionsBox);
    buttons->addWidget(m_addAction);
    buttons->addWidget(m_removeAction);
    buttons->addStretch();
    actionsLayout->addLayout(buttons);
    layout->addWidget(actionsBox, 2);
    connect(m_addAction, &QPushButton::clicked, this, [this] { addCorrectiveAction(); });
    connect(m_removeAction, &QPushButton::clicked, this, [this] {
        const int selected = m_actions->currentRow();
        if (selected < 0 || !m_actions->item(selected, 0)) {
            return;
        }
        if (Status s = CorrectiveActionStore(m_context.database())
                           .remove(m_actions->item(selected, 0)->data(Qt::UserRole).toString());
            !s) {
            emit errorOccurred(s.error());
        }
        reloadActions();
        emit m_context.auditDataChanged(DataArea::Findings);
        emit changed();
    });
    setEnabled(false);
}

void FindingEditor::setFinding(const QString& uuid)
{
    m_uuid = uuid;
    m_findingId = 0;
    for (FieldBinding* b : std::as_const(m_bindings)) {
        b->setUuid(uuid);
    }
    Result<FindingRecord> f =
        uuid.isEmpty() ? Result<FindingRecord>::failure({}) : FindingStore(m_context.database()).finding(uuid);
    if (f) {
        m_findingId = f->id;
        m_clauses->setText(f->clauses.join(QStringLiteral(", ")));
    } else {
        m_clauses->clear();
    }
    setEnabled(m_findingId != 0);
    m_evidence->setFinding(m_findingId);
    reloadActions();
}

void FindingEditor::saveClauses()
{
    if (m_uuid.isEmpty()) {
        return;
    }
    const QStringList clauses = m_clauses->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (Status s = FindingStore(m_context.database()).setClauses(m_uuid, clauses); !s) {
        emit errorOccurred(s.error());
        return;
    }
    emit changed();
}

QString FindingEditor::addCorrectiveAction()
{
    if (!m_findingId) {
        return {};
    }
    Result<CorrectiveAction> added = CorrectiveActionStore(m_context.database()).add(m_findingId);
    if (!added) {
        emit errorOccurred(added.error());
        return {};
    }
    reloadActions();
    emit m_context.auditDataChanged(DataArea::Findings);
    emit changed();
    if (QWidget* editor = m_actions->cellWidget(m_actions->rowCount() - 1, 0)) {
        editor->setFocus();
    }
    return added->uuid;
}

void FindingEditor::reloadActions()
{
    m_actions->setRowCount(0);
    if (!m_findingId) {
        return;
    }
    Result<QList<CorrectiveAction>> list = CorrectiveActionStore(m_context.database()).list(m_findingId);
    if (!list) {
        emit errorOccurred(list.error());
        return;
    }
    for (const CorrectiveAction& ca : *list) {
        const int row = m_actions->rowCount();
        m_actions->insertRow(row);
        auto* marker = new QTableWidgetItem;
        marker->setData(Qt::UserRole, ca.uuid);
        m_actions->setItem(row, 0, marker);
        auto* action = new QLineEdit(m_actions);
        action->setFrame(false);
        action->setPlaceholderText(tr("What the factory will do"));
        auto* responsible = new QLineEdit(m_actions);
        responsible->setFrame(false);
        responsible->setPlaceholderText(tr("Who"));
        auto* due = new QDateEdit(m_actions);
        due->setCalendarPopup(true);
        due->setMinimumDate(QDate(2000, 1, 1));
        due->setSpecialValueText(tr("not set"));
        due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        auto* status = new QComboBox(m_actions);
        for (const QString& s : CorrectiveActionStore::statuses()) {
            status->addItem(FindingListModel::actionStatusText(s), s);
        }
        const QList<QPair<QWidget*, QString>> cells = {{action, QStringLiteral("corrective_action")},
                                                       {responsible, QStringLiteral("responsible")},
                                                       {due, QStringLiteral("due_date")},
                                                       {status, QStringLiteral("status")}};
        for (int c = 0; c < cells.size(); ++c) {
            setNamedCellWidget(m_actions, row, c, cells[c].first);
            auto* b = new FieldBinding(m_context, cells[c].first, QStringLiteral("corrective_actions"), cells[c].second,
                                       DataArea::CorrectiveActions, tr("Edit corrective action"));
            connect(b, &FieldBinding::errorOccurred, this, &FindingEditor::errorOccurred);
            b->setUuid(ca.uuid);
        }
    }
}

} // namespace fieldbook
