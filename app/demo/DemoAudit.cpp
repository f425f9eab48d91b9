#include "app/demo/DemoAudit.h"
#include "app/codes/ChecklistStore.h"
#include "app/demo/DemoParams.h"
#include "app/demo/RecordWriter.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>

namespace fieldbook {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DemoAudit", text);
}

// Planted until the analysis side's PatternPlanter is wired in here:
//  1. identical_punches: the whole of Sewing 1 punches in at 07:58:00 and out at 18:00:00 for
//     the week starting 2026-01-12 (cards filled in by one hand);
//  2. underage_worker: one Packing worker born so that they are 15 during the whole period;
//  3. duplicate_identity: two workers in different departments carry the same ID number.
void plantProblems(GeneratedFactory& f, QStringList* planted)
{
    RecordSet& r = f.records;
    const JulianDay weekStart = QDate(2026, 1, 12).toJulianDay();
    for (TimeRecord& t : r.timeRecords) {
        if (t.date >= weekStart && t.date < weekStart + 6 &&
            r.workers[size_t(t.worker)].department == QStringLiteral("Sewing 1") &&
            !f.workers[size_t(t.worker)].nightShift) {
            t.timeIn = 7 * 3600 + 58 * 60;
            t.timeOut = 18 * 3600;
            t.breakMinutes = 60;
        }
    }
    if (planted) {
        planted->append(tr("identical_punches: Sewing 1 punched in at 07:58 and out at 18:00, week of 2026-01-12"));
    }
    for (WorkerRecord& w : r.workers) {
        if (w.department == QStringLiteral("Packing") && w.terminationDate == kNoDate) {
            w.birthDate = f.start.addYears(-15).addDays(40).toJulianDay();
            w.hireDate = f.start.addDays(-30).toJulianDay();
            if (planted) {
                planted->append(tr("underage_worker: %1 (Packing) is 15 during the period").arg(r.workerId(w.worker)));
            }
            break;
        }
    }
    auto cutter = std::find_if(r.workers.begin(), r.workers.end(),
                               [](const WorkerRecord& w) { return w.department == QStringLiteral("Cutting"); });
    auto packer = std::find_if(r.workers.rbegin(), r.workers.rend(),
                               [](const WorkerRecord& w) { return w.department == QStringLiteral("Warehouse"); });
    if (cutter != r.workers.end() && packer != r.workers.rend()) {
        packer->idNumber = cutter->idNumber;
        if (planted) {
            planted->append(tr("duplicate_identity: %1 and %2 share one ID number")
                                .arg(r.workerId(cutter->worker), r.workerId(packer->worker)));
        }
    }
}

Status addTeam(const Database& db, qint64 auditId)
{
    struct Member
    {
        const char* name;
        const char* role;
        const char* gender;
        int years;
    };
    const Member team[] = {
        {"Mei Lin Chow", "lead", "F", 11}, {"Daniel Okafor", "auditor", "M", 4}, {"Hu Xiaoyan", "interviewer", "F", 6}};
    for (const Member& m : team) {
        Result<Statement> st = db.prepare(QStringLiteral(
            "INSERT INTO audit_team (uuid, audit_id, name, role, gender, years_experience, updated_at) VALUES "
            "(?,?,?,?,?,?,?)"));
        if (!st) {
            return Status::failure(st.error());
        }
        st->bind(1, newUuid())
            .bind(2, auditId)
            .bind(3, QString::fromUtf8(m.name))
            .bind(4, QString::fromLatin1(m.role))
            .bind(5, QString::fromLatin1(m.gender))
            .bind(6, m.years)
            .bind(7, nowUtc());
        if (!st->exec()) {
            return Status::failure(st->errorMessage());
        }
    }
    return Status::success();
}

} // namespace

QString DemoAudit::demoAuditUuid()
{
    return QUuid::createUuidV5(QUuid(QStringLiteral("{6f2b0e38-3d7e-4c4a-9a53-4e1f0c2d7b11}")),
                               QStringLiteral("fieldbook-demo-audit"))
        .toString(QUuid::WithoutBraces);
}

GeneratedFactory DemoAudit::factory(QStringList* plantedProblems)
{
    FactoryProfile profile;
    profile.workers = 400;
    profile.days = 91;
    profile.seed = kSeed;
    profile.start = QDate(2025, 12, 1);
    GeneratedFactory f = FactoryGenerator::generate(profile, demoParams());
    plantProblems(f, plantedProblems);
    return f;
}

Result<DemoAuditResult> DemoAudit::createOrRefresh(const Database& db, const PersonalDataProtector* protector)
{
    using R = Result<DemoAuditResult>;
    DemoAuditResult result;
    const GeneratedFactory f = factory(&result.plantedProblems);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return R::failure(tr("cannot create a temporary folder: %1").arg(dir.errorString()));
    }
    RecordWriterOptions options;
    options.params = &f.params;
    if (Status written = RecordWriter::write(f.records, dir.path(), options); !written) {
        return R::failure(written.error());
    }

    AuditRepository audits(db);
    Transaction tx(db);
    if (!tx.isActive()) {
        return R::failure(tx.error());
    }
    Result<Audit> existing = audits.auditByUuid(demoAuditUuid());
    if (existing) {
        result.audit = existing.value();
    } else {
        Facility facility;
        facility.name = QStringLiteral("Golden Thread Garments Co., Ltd.");
        facility.country = QStringLiteral("CN");
        facility.city = QStringLiteral("Dongguan");
        facility.address = QStringLiteral("Humen Town, Dongguan, Guangdong");
        facility.industry = QStringLiteral("Apparel (cut, make, trim)");
        facility.headcount = int(f.records.workers.size());
        // What the demo factory declares: dormitory, canteen, chemicals, night shifts, migrants;
        // no young workers (the planted under-age worker is exactly what it does not declare).
        facility.profile =
            QJsonObject{{QStringLiteral("dormitory"), true},       {QStringLiteral("canteen"), true},
                        {QStringLiteral("chemicals"), true},       {QStringLiteral("night_shifts"), true},
                        {QStringLiteral("migrant_workers"), true}, {QStringLiteral("young_workers"), false},
                        {QStringLiteral("agency_workers"), false}, {QStringLiteral("subcontractors"), false}};
        Audit audit;
        audit.uuid = demoAuditUuid();
        audit.title = tr("Golden Thread Garments: SA8000 + WRAP initial audit");
        audit.codes = {QStringLiteral("sa8000"), QStringLiteral("wrap")};
        audit.currency = QStringLiteral("CNY");
        audit.status = QStringLiteral("in_progress");
        audit.startDate = QStringLiteral("2026-03-16");
        audit.endDate = QStringLiteral("2026-03-18");
        audit.periodStart = f.start.toString(Qt::ISODate);
        audit.periodEnd = f.end.toString(Qt::ISODate);
        audit.scope = tr("Whole site: production, warehouse, dormitory and canteen");
        audit.params = f.params.toJson();
        Result<Audit> created = audits.createAudit(facility, audit);
        if (!created) {
            return R::failure(created.error());
        }
        result.audit = created.value();
        result.created = true;
        if (Status team = addTeam(db, result.audit.id); !team) {
            return R::failure(team.error());
        }
        // The checklist from the catalogs, frozen into the audit like any other.
        Result<DerivedChecklist> checklist = ChecklistStore::deriveForAudit(db, result.audit.uuid);
        if (!checklist) {
            return R::failure(checklist.error());
        }
    }
    Result<RecordImportOutcome> imported = RecordStore(db, protector).importDirectory(result.audit.id, dir.path());
    if (!imported) {
        return R::failure(imported.error());
    }
    result.import = imported.take();
    if (Status committed = tx.commit(); !committed) {
        return R::failure(committed.error());
    }
    return result;
}

} // namespace fieldbook
