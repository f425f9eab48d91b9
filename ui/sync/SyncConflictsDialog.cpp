#include "ui/sync/SyncConflictsDialog.h"

#include "ui/sync/SyncConflictsPanel.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace fieldbook {

SyncConflictsDialog::SyncConflictsDialog(const Database& db, const QString& auditUuid,
                                         std::function<const PersonalDataProtector*()> protector, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("syncConflictsDialog"));
    setWindowTitle(tr("Sync conflicts"));
    auto* layout = new QVBoxLayout(this);
    m_panel = new SyncConflictsPanel(db, std::move(protector), this);
    m_panel->setAudit(auditUuid);
    layout->addWidget(m_panel, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 420);
}

} // namespace fieldbook
