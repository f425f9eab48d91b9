#include "app/demo/DemoLauncher.h"
#include "app/analysis/AuditAnalysis.h"

#include "app/demo/DemoAudit.h"
#include "app/demo/DemoFieldwork.h"
#include "app/fieldwork/AuditSetup.h"
#include "database/AuditRepository.h"
#include "database/Database.h"
#include "database/FieldEditor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fieldbook {

Result<qint64> DemoLauncher::ensureDemoAudit(Database& db)
{
    AuditRepository audits(db);
    Result<Audit> existing = audits.auditByUuid(DemoAudit::demoAuditUuid());
    if (existing) {
        return prepare(db, existing->id);
    }
    // First start: the synthetic factory and its records (a few seconds, once).
    Result<DemoAuditResult> created = DemoAudit::createOrRefresh(db);
    if (!created) {
        return Result<qint64>::failure(created.error());
    }
    return prepare(db, created->audit.id);
}

Result<qint64> DemoLauncher::prepare(Database& db, qint64 auditId)
{
    AuditRepository audits(db);
    Result<Audit> audit = audits.audit(auditId);
    if (!audit) {
        return Result<qint64>::failure(audit.error());
    }
    // The demo factory's profile decides which questions apply.
    Result<Facility> facility = audits.facility(audit->facilityId);
    if (facility && facility->profile.isEmpty()) {
        QJsonObject profile;
        for (const char* flag : {"dormitory", "canteen", "chemicals", "migrant_workers", "night_shifts"}) {
            profile.insert(QLatin1String(flag), true);
        }
        FieldEditor(db).setValue(QStringLiteral("facilities"), facility->uuid, QStringLiteral("profile_json"),
                                 QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact)));
    }
    if (Status derived = AuditSetup(db).deriveChecklist(auditId); !derived) {
        return Result<qint64>::failure(derived.error());
    }
    if (Status progress = DemoFieldwork::addProgress(db, auditId); !progress) {
        return Result<qint64>::failure(progress.error());
    }
    // The demo opens with its records analysed once, so the flags are there to look at.
    Result<QVariant> runs =
        db.scalar(QStringLiteral("SELECT count(*) FROM analysis_runs WHERE audit_id = ?1"), {auditId});
    if (runs && runs->toInt() == 0) {
        Result<AuditAnalysisSummary> analysed = AuditAnalysis::run(db.path(), DemoAudit::demoAuditUuid());
        if (!analysed) {
            return Result<qint64>::failure(analysed.error());
        }
    }
    return auditId;
}

} // namespace fieldbook
