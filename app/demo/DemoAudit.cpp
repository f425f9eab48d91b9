#include "app/demo/DemoAudit.h"
#include "app/codes/ChecklistStore.h"
#include "app/demo/DemoInterviews.h"
#include "app/demo/DemoParams.h"
#include "app/demo/PatternPlanter.h"
#include "app/demo/RecordWriter.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cmath>

namespace fieldbook {

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// would put these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoAudit)
};

// A few planted problems, by the analysis side's PatternPlanter (the ground truth the quality
// tests use): cards filled in by one hand, weekly hours over the limit, an under-age worker, one ID
// number on two workers and output no recorded hours could make; plus made-up deductions (below).
// The rest of the factory is compliant. Each gives the record-analysis page a flag to show, and
// together they show every kind of chart it draws.
const char* const kPlantedChecks[] = {"identical_punches", "excessive_hours", "underage_worker", "duplicate_identity",
                                      "production_hours_mismatch"};

// Deductions written up by hand: first digits 5 to 9 equally often, from a few yuan to a few
// hundred (so benford_deviation tests them), at most a fifth of the period's pay: PatternPlanter's
// wider amounts would turn net pay negative in a demo meant to look like a real payroll.
void plantMadeUpDeductions(GeneratedFactory& f, QStringList* planted)
{
    QRandomGenerator random{quint32(DemoAudit::kSeed)};
    for (PayrollRecord& r : f.records.payroll) {
        const double gross = r.regularPay + r.overtimePay + r.bonus;
        double made = (5 + random.bounded(5)) * std::pow(10.0, random.bounded(3)) + random.bounded(100) / 100.0;
        // A tenth as much, same first digit, until it is at most a fifth of the pay (short periods).
        while (made > gross / 5 && made >= 0.5) {
            made /= 10;
        }
        made = std::round(made * 100) / 100;
        r.netPay = std::round((r.netPay + r.deductions - made) * 100) / 100;
        r.deductions = made;
        r.hasDeductions = true;
    }
    if (planted) {
        planted->append(QStringLiteral("benford_deviation: deductions"));
    }
}

void plantProblems(GeneratedFactory& f, QStringList* planted)
{
    PatternPlanter planter(f.params, quint32(DemoAudit::kSeed));
    for (const char* check : kPlantedChecks) {
        const QList<PlantedPattern> truth = planter.plant(QString::fromLatin1(check), f.records);
        for (const PlantedPattern& p : truth) {
            if (planted) {
                planted->append(p.check + QStringLiteral(": ") + p.workers.join(QStringLiteral(", ")));
            }
        }
    }
    plantMadeUpDeductions(f, planted);
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
    // The register says who came from another province (the factory declares migrant workers) and
    // that nobody is an agency worker. From a hash of the id, so the generator's draws are untouched.
    for (WorkerRecord& w : f.records.workers) {
        const QByteArray id = f.records.workerId(w.worker).toUtf8();
        quint32 h = 2166136261u;
        for (const char c : id) {
            h = (h ^ quint8(c)) * 16777619u;
        }
        w.migrant = h % 100 < 45 ? 1 : 0;
        w.agency = 0;
    }
    return f;
}

Result<DemoAuditResult> DemoAudit::createOrRefresh(const Database& db, const PersonalDataProtector* protector)
{
    using R = Result<DemoAuditResult>;
    DemoAuditResult result;
    const GeneratedFactory f = factory(&result.plantedProblems);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return R::failure(Tr::tr("cannot create a temporary folder: %1").arg(dir.errorString()));
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
        audit.title = Tr::tr("Golden Thread Garments: SA8000 + WRAP initial audit");
        audit.codes = {QStringLiteral("sa8000"), QStringLiteral("wrap")};
        audit.currency = QStringLiteral("CNY");
        audit.status = QStringLiteral("in_progress");
        audit.startDate = QStringLiteral("2026-03-16");
        audit.endDate = QStringLiteral("2026-03-18");
        audit.periodStart = f.start.toString(Qt::ISODate);
        audit.periodEnd = f.end.toString(Qt::ISODate);
        audit.scope = Tr::tr("Whole site: production, warehouse, dormitory and canteen");
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
    if (result.created) {
        // Interviews need the register (the sample) and the records (what the workers' statements are
        // set against), so they come after the import.
        if (Status interviews = DemoInterviews::add(db, result.audit.id); !interviews) {
            return R::failure(interviews.error());
        }
    }
    if (Status committed = tx.commit(); !committed) {
        return R::failure(committed.error());
    }
    return result;
}

} // namespace fieldbook
