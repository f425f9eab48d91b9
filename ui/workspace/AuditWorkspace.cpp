#include "ui/workspace/AuditWorkspace.h"
#include "app/core/Settings.h"

#include "app/fieldwork/PhaseProgressCalculator.h"
#include "database/AuditRepository.h"
#include "database/Database.h"
#include "database/FieldEditor.h"
#include "ui/workspace/PageFactory.h"
#include "ui/workspace/PhaseListDelegate.h"
#include "ui/workspace/WorkspaceContext.h"
#include "ui/workspace/WorkspacePage.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fieldbook {

AuditWorkspace::AuditWorkspace(Database& db, qint64 auditId, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent), m_db(db)
{
    AuditRepository repo(db);
    Result<Audit> audit = repo.audit(auditId);
    if (!audit) {
        m_error = audit.error();
        return;
    }
    Result<Facility> facility = repo.facility(audit->facilityId);
    m_context = new WorkspaceContext(db, auditId, audit->uuid, undoStack, this);
    build(*audit, facility ? facility->name : QString());
}

AuditWorkspace::AuditWorkspace(Database& db, WorkspaceContext* context, QWidget* parent) : QWidget(parent), m_db(db)
{
    AuditRepository repo(db);
    Result<Audit> audit = repo.audit(context->auditId());
    if (!audit) {
        m_error = audit.error();
        delete context;
        return;
    }
    Result<Facility> facility = repo.facility(audit->facilityId);
    context->setParent(this);
    m_context = context;
    build(*audit, facility ? facility->name : QString());
}

void AuditWorkspace::build(const Audit& audit, const QString& facilityName)
{
    m_auditId = audit.id;
    m_auditUuid = audit.uuid;
    m_title = audit.title;

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    m_phaseList = new QListWidget(splitter);
    m_phaseList->setObjectName(QStringLiteral("phaseList"));
    m_phaseList->setItemDelegate(new PhaseListDelegate(m_phaseList));
    m_phaseList->setAccessibleName(tr("Phases of the audit"));
    int number = 1;
    for (AuditPhase phase : allAuditPhases()) {
        auto* item = new QListWidgetItem(tr("%1. %2").arg(number++).arg(auditPhaseTitle(phase)), m_phaseList);
        item->setData(Qt::UserRole, int(phase));
        item->setToolTip(auditPhaseTitle(phase));
    }
    // Wide enough for the longest phase title of the interface language beside its percentage
    // ("Hallazgos y acciones correctivas  100 %"), never narrower than before.
    const QFontMetrics metrics(m_phaseList->font());
    int widest = 0;
    for (int row = 0; row < m_phaseList->count(); ++row) {
        widest = std::max(widest, metrics.horizontalAdvance(m_phaseList->item(row)->text()));
    }
    const int needed = widest + PhaseListDelegate::percentWidth(metrics) + 32;
    m_phaseList->setMinimumWidth(std::max(250, needed));
    m_phaseList->setMaximumWidth(std::max(280, needed + 20));

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 4, 4, 4);
    m_breadcrumb = new QLabel(right);
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setTextFormat(Qt::PlainText);
    QFont bold = m_breadcrumb->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_breadcrumb->setFont(bold);
    rightLayout->addWidget(m_breadcrumb);
    m_stack = new QStackedWidget(right);
    rightLayout->addWidget(m_stack, 1);
    splitter->addWidget(m_phaseList);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({255, 900});
    m_splitter = splitter;
    splitter->restoreState(Settings::value(Setting::WorkspaceSplitter).toByteArray());

    m_breadcrumb->setProperty("facility", facilityName);

    connect(m_phaseList, &QListWidget::currentRowChanged, this, &AuditWorkspace::onPhaseRowChanged);
    connect(m_context, &WorkspaceContext::auditDataChanged, this, [this](DataArea) { refreshProgress(); });

    refreshProgress();
    AuditPhase start = AuditPhase::Plan;
    auditPhaseFromId(audit.currentPhase, &start);
    showPhase(start);
}

AuditWorkspace::~AuditWorkspace()
{
    if (m_splitter) {
        Settings::setValue(Setting::WorkspaceSplitter, m_splitter->saveState());
        // Pages first: they save pending typing through the context, which is deleted after them.
        delete m_splitter;
    }
}

void AuditWorkspace::refreshProgress()
{
    const QHash<AuditPhase, PhaseProgress> progress = PhaseProgressCalculator(m_db, m_auditId).all();
    for (int row = 0; row < m_phaseList->count(); ++row) {
        QListWidgetItem* item = m_phaseList->item(row);
        const PhaseProgress p = progress.value(AuditPhase(item->data(Qt::UserRole).toInt()));
        item->setData(PhaseListDelegate::ProgressDoneRole, p.done);
        item->setData(PhaseListDelegate::ProgressTotalRole, p.total);
    }
}

WorkspacePage* AuditWorkspace::page(AuditPhase phase)
{
    if (WorkspacePage* existing = m_pages.value(phase)) {
        return existing;
    }
    WorkspacePage* created = PageFactory::create(phase, *m_context, m_stack);
    if (!created) {
        return nullptr;
    }
    created->setObjectName(QStringLiteral("page_") + auditPhaseId(phase));
    m_stack->addWidget(created);
    m_pages.insert(phase, created);
    connect(created, &WorkspacePage::progressChanged, this, &AuditWorkspace::refreshProgress);
    created->reload();
    if (const auto state = m_pendingViewState.constFind(phase); state != m_pendingViewState.constEnd()) {
        created->restoreViewState(*state);
        m_pendingViewState.erase(state);
    }
    return created;
}

void AuditWorkspace::flushEdits()
{
    // Focus-out is where editors save what was typed; then whatever still waits for a timer.
    if (QWidget* focus = QApplication::focusWidget(); focus && isAncestorOf(focus)) {
        focus->clearFocus();
    }
    for (WorkspacePage* p : std::as_const(m_pages)) {
        p->flushEdits();
    }
}

WorkspaceContext* AuditWorkspace::releaseContext()
{
    flushEdits();
    // Pages go first: they hold references to the context and save pending typing through it.
    if (m_splitter) {
        Settings::setValue(Setting::WorkspaceSplitter, m_splitter->saveState());
        delete m_splitter;
        m_splitter = nullptr;
    }
    m_pages.clear();
    WorkspaceContext* context = m_context;
    if (context) {
        context->setParent(nullptr);
    }
    m_context = nullptr;
    return context;
}

QHash<AuditPhase, QVariant> AuditWorkspace::viewState() const
{
    QHash<AuditPhase, QVariant> state = m_pendingViewState;
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        const QVariant v = it.value()->viewState();
        if (v.isValid()) {
            state.insert(it.key(), v);
        }
    }
    return state;
}

void AuditWorkspace::restoreViewState(const QHash<AuditPhase, QVariant>& state)
{
    for (auto it = state.constBegin(); it != state.constEnd(); ++it) {
        if (WorkspacePage* existing = m_pages.value(it.key())) {
            existing->restoreViewState(it.value());
        } else {
            m_pendingViewState.insert(it.key(), it.value());
        }
    }
}

void AuditWorkspace::showPhase(AuditPhase phase)
{
    const int row = int(allAuditPhases().indexOf(phase));
    if (m_phaseList->currentRow() != row) {
        m_phaseList->setCurrentRow(row); // comes back through onPhaseRowChanged
        return;
    }
    onPhaseRowChanged(row);
}

void AuditWorkspace::onPhaseRowChanged(int row)
{
    if (row < 0 || row >= allAuditPhases().size()) {
        return;
    }
    const AuditPhase phase = allAuditPhases().at(row);
    WorkspacePage* p = page(phase);
    if (!p) {
        return;
    }
    m_stack->setCurrentWidget(p);
    m_breadcrumb->setText(
        tr("%1  ›  %2  ›  %3").arg(m_breadcrumb->property("facility").toString(), m_title, auditPhaseTitle(phase)));
    if (phase != m_currentPhase) {
        m_currentPhase = phase;
        rememberPhase(phase);
    }
    emit phaseChanged(phase);
}

void AuditWorkspace::rememberPhase(AuditPhase phase)
{
    // Navigation is not an edit the auditor wants to undo; it goes straight to the store.
    FieldEditor(m_db).setValue(QStringLiteral("audits"), m_auditUuid, QStringLiteral("current_phase"),
                               auditPhaseId(phase));
}

} // namespace fieldbook
