#include "ui/DemoLauncher.h"

#include "app/fieldwork/AuditSetup.h"
#include "app/fieldwork/AuditTeamStore.h"
#include "app/fieldwork/SampleChecklist.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QDate>

namespace fieldbook {

Result<qint64> DemoLauncher::ensureDemoAudit(Database& db)
{
    Result<QVariant> existing = db.scalar(QStringLiteral("SELECT id FROM audits ORDER BY id LIMIT 1"));
    if (!existing) {
        return Result<qint64>::failure(existing.error());
    }
    if (existing->isValid()) {
        if (Result<int> added = SampleChecklist::addIfEmpty(db, existing->toLongLong()); !added) {
            return Result<qint64>::failure(added.error());
        }
        return existing->toLongLong();
    }
    // A small stand-in until the full synthetic demo factory (app/demo) is part of this build.
    Facility facility;
    facility.name = QStringLiteral("Demo Garments Ltd.");
    facility.country = QStringLiteral("BD");
    facility.city = QStringLiteral("Gazipur");
    facility.headcount = 400;
    facility.profile.insert(QStringLiteral("dormitory"), true);
    facility.profile.insert(QStringLiteral("night_shifts"), true);
    Audit audit;
    audit.title = QCoreApplication::translate("DemoLauncher", "Demo audit");
    audit.codes = {QStringLiteral("sa8000"), QStringLiteral("wrap")};
    audit.country = QStringLiteral("BD");
    audit.startDate = QDate::currentDate().toString(Qt::ISODate);
    audit.endDate = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    Result<Audit> created =
        AuditSetup(db).create(facility, audit, QStringLiteral("brand"), QStringLiteral("semi_announced"));
    if (!created) {
        return Result<qint64>::failure(created.error());
    }
    AuditTeamStore team(db);
    team.add(created->id, QStringLiteral("A. Rahman"), QStringLiteral("lead"));
    team.add(created->id, QStringLiteral("S. Akter"), QStringLiteral("interviewer"));
    if (Result<int> added = SampleChecklist::addIfEmpty(db, created->id); !added) {
        return Result<qint64>::failure(added.error());
    }
    return created->id;
}

} // namespace fieldbook
