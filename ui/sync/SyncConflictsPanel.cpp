#include "ui/sync/SyncConflictsPanel.h"

#include "app/sync/SyncConflicts.h"
#include "ui/sync/SyncConflictModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fieldbook {

SyncConflictsPanel::SyncConflictsPanel(const Database& db, std::function<const PersonalDataProtector*()> protector,
                                       QWidget* parent)
    : QWidget(parent), m_db(db)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText); // names come from keys and packages: never markup
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_model = new SyncConflictModel(std::move(protector), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setAccessibleName(tr("Conflicts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_keepLocal = new QPushButton(tr("&Keep the value here"), this);
    m_keepLocal->setObjectName(QStringLiteral("keepLocalButton"));
    m_takeIncoming = new QPushButton(tr("&Take the package's value"), this);
    m_takeIncoming->setObjectName(QStringLiteral("takeIncomingButton"));
    buttons->addStretch();
    buttons->addWidget(m_keepLocal);
    buttons->addWidget(m_takeIncoming);
    layout->addLayout(buttons);
    connect(m_keepLocal, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(m_takeIncoming, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SyncConflictsPanel::updateButtons);
    updateButtons();
}

void SyncConflictsPanel::setAudit(const QString& auditUuid)
{
    m_auditUuid = auditUuid;
    reload();
}

void SyncConflictsPanel::reload()
{
    const QString error = m_model->reload(m_db, m_auditUuid);
    const int n = m_model->rowCount();
    m_summary->setText(!error.isEmpty() ? error
                       : n == 0         ? tr("No open conflicts: every edit is merged.")
                                        : tr("Conflicting edits to resolve: %1. Until you choose, the value here "
                                                     "stays; nothing from the package is dropped.")
                                      .arg(n));
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 210));
    }
    if (n > 0) {
        m_table->selectRow(0);
    }
    updateButtons();
}

void SyncConflictsPanel::updateButtons()
{
    const bool selected = m_table->currentIndex().isValid() && m_model->rowCount() > 0;
    m_keepLocal->setEnabled(selected);
    m_takeIncoming->setEnabled(selected);
}

void SyncConflictsPanel::resolveSelected(bool takeIncoming)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const SyncConflict c = m_model->conflict(current.row());
    if (Status s = SyncConflicts::resolve(m_db, c.uuid,
                                          takeIncoming ? ConflictChoice::TakeIncoming : ConflictChoice::KeepLocal);
        !s) {
        QMessageBox::warning(this, tr("Resolve conflict"), s.error());
        return;
    }
    reload();
    emit resolved();
}

} // namespace fieldbook
