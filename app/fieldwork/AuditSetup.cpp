#include "app/fieldwork/AuditSetup.h"

#include "app/codes/ChecklistStore.h"
#include "app/codes/FacilityProfile.h"
#include "database/Database.h"
#include "database/FieldEditor.h"

#include <QCoreApplication>

namespace fieldbook {

QList<ProfileFlag> facilityProfileFlags()
{
    // The flags the code catalogs know (a catalog question's "applies_if").
    QList<ProfileFlag> flags;
    for (const QString& flag : FacilityProfile::knownFlags()) {
        flags.append({flag, FacilityProfile::flagTitle(flag)});
    }
    return flags;
}

Result<Audit> AuditSetup::create(Facility facility, Audit audit, const QString& paidBy, const QString& announcement)
{
    Result<Audit> created = AuditRepository(m_db).createAudit(std::move(facility), std::move(audit));
    if (!created) {
        return created;
    }
    FieldEditor editor(m_db);
    if (!paidBy.isEmpty()) {
        editor.setValue(QStringLiteral("audits"), created->uuid, QStringLiteral("paid_by"), paidBy);
    }
    if (!announcement.isEmpty()) {
        editor.setValue(QStringLiteral("audits"), created->uuid, QStringLiteral("announcement"), announcement);
    }
    Status derived = deriveChecklist(created->id);
    if (!derived) {
        return Result<Audit>::failure(
            QCoreApplication::translate("AuditSetup",
                                        "The audit was created but its checklist could not be derived: %1")
                .arg(derived.error()));
    }
    return created;
}

Status AuditSetup::deriveChecklist(qint64 auditId)
{
    Result<int> existing = ChecklistStore::itemCount(m_db, auditId);
    if (!existing) {
        return Status::failure(existing.error());
    }
    if (*existing > 0) {
        return Status::success();
    }
    Result<QVariant> uuid = m_db.scalar(QStringLiteral("SELECT uuid FROM audits WHERE id = ?1"), {auditId});
    if (!uuid || !uuid->isValid()) {
        return Status::failure(QCoreApplication::translate("AuditSetup", "Audit %1 does not exist.").arg(auditId));
    }
    return Status::from(ChecklistStore::deriveForAudit(m_db, uuid->toString()));
}

} // namespace fieldbook
