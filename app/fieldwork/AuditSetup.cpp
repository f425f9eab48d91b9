#include "app/fieldwork/AuditSetup.h"

#include "database/Database.h"
#include "database/FieldEditor.h"

#include <QCoreApplication>

namespace fieldbook {

QList<ProfileFlag> facilityProfileFlags()
{
    auto t = [](const char* s) {
        return QCoreApplication::translate("AuditSetup", s);
    };
    return {
        {QStringLiteral("dormitory"), t("Dormitory for workers")},
        {QStringLiteral("canteen"), t("Canteen")},
        {QStringLiteral("chemicals"), t("Chemicals used or stored on site")},
        {QStringLiteral("young_workers"), t("Young workers (under 18) employed")},
        {QStringLiteral("migrant_workers"), t("Migrant workers")},
        {QStringLiteral("agency_workers"), t("Agency or contract workers")},
        {QStringLiteral("subcontractors"), t("Subcontractors or home workers")},
        {QStringLiteral("night_shifts"), t("Night shifts")},
        {QStringLiteral("piece_rate"), t("Piece-rate pay")},
        {QStringLiteral("security_guards"), t("Security guards")},
    };
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
    // The code catalogs (app/codes) provide the derivation; until they are part of this build
    // an audit starts with an empty checklist and is derived when it is opened again.
    Q_UNUSED(auditId);
    return Status::success();
}

} // namespace fieldbook
