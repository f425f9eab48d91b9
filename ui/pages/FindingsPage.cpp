#include "ui/pages/FindingsPage.h"
#include "ui/widgets/SplitterMemory.h"

#include "app/fieldwork/FindingStore.h"
#include "ui/findings/ComplianceDashboard.h"
#include "ui/findings/FindingEditor.h"
#include "ui/findings/FindingListModel.h"
#include "ui/widgets/AccessibleNames.h"
#include "ui/workspace/StatusMessage.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fieldbook {

FindingsPage::FindingsPage(WorkspaceContext& context, QWidget* parent) : WorkspacePage(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);

    auto* findingsTab = new QSplitter(Qt::Horizontal, m_tabs);
    findingsTab->setChildrenCollapsible(false);
    auto* left = new QWidget(findingsTab);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 4, 0, 0);
    m_model = new FindingListModel(this);
    m_list = new QTableView(left);
    m_list->setObjectName(QStringLiteral("findingsList"));
    m_list->setAccessibleName(withoutMnemonic(tr("&Findings"))); // as its tab
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->setShowGrid(false);
    m_list->setAlternatingRowColors(true);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(FindingListModel::TitleColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionHidden(FindingListModel::ClausesColumn, true);
    leftLayout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&New finding"), left);
    add->setObjectName(QStringLiteral("newFindingButton"));
    auto* remove = new QPushButton(tr("Delete…"), left);
    buttons->addWidget(add);
    buttons->addStretch();
    buttons->addWidget(remove);
    leftLayout->addLayout(buttons);
    m_editor = new FindingEditor(context, findingsTab);
    findingsTab->addWidget(left);
    findingsTab->addWidget(m_editor);
    findingsTab->setStretchFactor(0, 2);
    findingsTab->setStretchFactor(1, 3);
    rememberSplitterSizes(findingsTab, Setting::FindingsSplitter);
    m_tabs->addTab(findingsTab, tr("&Findings"));

    m_dashboard = new ComplianceDashboard(context, m_tabs);
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));

    connect(add, &QPushButton::clicked, this, [this] { newFinding(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const FindingRecord* f = m_model->finding(m_list->currentIndex().row());
        if (!f || QMessageBox::question(this, tr("Delete finding"),
                                        tr("Delete the finding \"%1\" and its corrective actions?").arg(f->title)) !=
                      QMessageBox::Yes) {
            return;
        }
        if (Status s = FindingStore(this->context().database()).remove(f->uuid); !s) {
            showStatusMessage(this, s.error());
        }
        emit this->context().auditDataChanged(DataArea::Findings);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FindingsPage::onCurrentRowChanged);
    connect(m_editor, &FindingEditor::errorOccurred, this, [this](const QString& e) { showStatusMessage(this, e); });
    connect(m_editor, &FindingEditor::changed, this, [this] {
        // Refresh list text and counts without re-binding the editor.
        const QString current = m_editor->findingUuid();
        reloadList();
        selectFinding(current);
        m_dashboardStale = true;
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_dashboard && m_dashboardStale) {
            m_dashboard->reload();
            m_dashboardStale = false;
        }
    });
    connect(&context, &WorkspaceContext::auditDataChanged, this, [this](DataArea area) {
        m_dashboardStale = true;
        if (area == DataArea::Findings || area == DataArea::CorrectiveActions || area == DataArea::Checklist) {
            if (area != DataArea::Checklist) {
                const QString current = m_editor->findingUuid();
                reloadList();
                selectFinding(current);
                emit progressChanged();
            }
            if (m_tabs->currentWidget() == m_dashboard && isVisible()) {
                m_dashboard->reload();
                m_dashboardStale = false;
            }
        }
    });
}

void FindingsPage::reloadList()
{
    const QString error = m_model->load(context().database(), context().auditId());
    if (!error.isEmpty()) {
        showStatusMessage(this, tr("The findings could not be read: %1").arg(error));
    }
}

void FindingsPage::reload()
{
    reloadList();
    if (m_model->rowCount() > 0) {
        m_list->selectRow(0);
    } else {
        m_editor->setFinding(QString());
    }
    m_dashboardStale = true;
    if (m_tabs->currentWidget() == m_dashboard) {
        m_dashboard->reload();
        m_dashboardStale = false;
    }
}

QVariant FindingsPage::viewState() const
{
    return QVariantMap{{QStringLiteral("finding"), m_editor->findingUuid()},
                       {QStringLiteral("tab"), m_tabs->currentIndex()}};
}

void FindingsPage::restoreViewState(const QVariant& state)
{
    const QVariantMap map = state.toMap();
    selectFinding(map.value(QStringLiteral("finding")).toString());
    m_tabs->setCurrentIndex(map.value(QStringLiteral("tab"), 0).toInt());
}

bool FindingsPage::selectFinding(const QString& uuid)
{
    const int row = m_model->rowOfUuid(uuid);
    if (row < 0) {
        if (!m_editor->findingUuid().isEmpty() && m_model->rowOfUuid(m_editor->findingUuid()) < 0) {
            m_editor->setFinding(QString()); // it was deleted
        }
        return false;
    }
    m_list->selectRow(row);
    return true;
}

void FindingsPage::onCurrentRowChanged()
{
    const FindingRecord* f = m_model->finding(m_list->currentIndex().row());
    const QString uuid = f ? f->uuid : QString();
    if (uuid != m_editor->findingUuid()) {
        m_editor->setFinding(uuid);
    }
}

QString FindingsPage::newFinding()
{
    Result<FindingRecord> created =
        FindingStore(context().database()).createBlank(context().auditId(), tr("New finding"));
    if (!created) {
        showStatusMessage(this, created.error());
        return {};
    }
    m_tabs->setCurrentIndex(0);
    emit context().auditDataChanged(DataArea::Findings);
    selectFinding(created->uuid);
    return created->uuid;
}

} // namespace fieldbook
