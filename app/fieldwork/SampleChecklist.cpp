#include "app/fieldwork/SampleChecklist.h"

#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

namespace fieldbook {

namespace {
struct SampleQuestion
{
    const char* key;
    const char* section;
    const char* question;
    const char* guidance;
    const char* evidence;
    const char* methods;
    const char* severity;
    const char* clauses; // comma separated
};

// Paraphrased from the elements' subject matter; clause numbers per SA8000:2014 and the WRAP principles.
const SampleQuestion kQuestions[] = {
    {"child.age_verification", "Child labour", "Does the factory check the age of every worker before hiring?",
     "Compare birth dates in the register with ID copies; look for workers who look younger than recorded.",
     "Personnel files, ID copies, hiring procedure", "[\"document_review\",\"observation\"]", "critical",
     "sa8000:1.1,wrap:3"},
    {"child.young_workers", "Child labour",
     "Are young workers (under 18) kept from night work, hazardous work and long hours?",
     "List workers under 18; check their shifts and tasks against the time records.",
     "Register of young workers, time records, job assignments", "[\"document_review\",\"worker_interview\"]", "major",
     "sa8000:1.3,wrap:3"},
    {"forced.deposits", "Forced labour",
     "Do workers keep their own identity documents and pay no deposits or recruitment fees?",
     "Ask where ID papers are kept; look for deposits or fee deductions in payroll.",
     "Payroll deductions, recruitment contracts, locker checks", "[\"worker_interview\",\"document_review\"]",
     "critical", "sa8000:2.1,wrap:2"},
    {"forced.freedom_to_leave", "Forced labour",
     "Can workers leave the premises after their shift and resign with reasonable notice?",
     "Check gate rules, dormitory curfews and resignation procedure.", "Gate log, resignation records",
     "[\"observation\",\"worker_interview\"]", "major", "sa8000:2.3,wrap:2"},
    {"hs.exits", "Health and safety", "Are emergency exits unlocked, marked and free of obstruction on every floor?",
     "Walk every floor during working hours; try the exit doors.", "Exit doors, evacuation plans, drill records",
     "[\"observation\"]", "critical", "sa8000:3.1,wrap:8"},
    {"hs.machine_guards", "Health and safety",
     "Are machines fitted with guards and are workers given protective equipment they use?",
     "Observe cutting, sewing and pressing areas; note missing needle and pulley guards.",
     "Machines, PPE issue records", "[\"observation\"]", "major", "sa8000:3.2,wrap:8"},
    {"hs.chemicals", "Health and safety", "Are chemicals labelled, stored safely and covered by safety data sheets?",
     "Visit the chemical store; check labels, secondary containment and SDS in the local language.",
     "Chemical inventory, SDS, storage area", "[\"observation\",\"document_review\"]", "major", "sa8000:3.3,wrap:8"},
    {"hs.dormitory", "Health and safety",
     "Is the dormitory clean, safe, separate from production and with enough space?",
     "Visit the dormitory; count beds per room and check exits and fire equipment.", "Dormitory rooms",
     "[\"observation\"]", "minor", "sa8000:3.8,wrap:8"},
    {"hours.regular_week", "Working hours",
     "Is the regular working week within the legal limit and never above 48 hours?",
     "Sample time records of several departments and months, including peak season.", "Time records, shift schedules",
     "[\"document_review\"]", "major", "sa8000:7.1,wrap:6"},
    {"hours.rest_day", "Working hours", "Do workers get at least one day off after six consecutive working days?",
     "Look for runs of seven or more working days in the time records.", "Time records, gate log",
     "[\"document_review\",\"worker_interview\"]", "major", "sa8000:7.2,wrap:6"},
    {"hours.overtime_voluntary", "Working hours",
     "Is overtime voluntary, at most 12 hours a week and not a regular practice?",
     "Compare overtime hours per week with the limit; ask workers whether they can refuse overtime.",
     "Time records, overtime requests, interviews", "[\"document_review\",\"worker_interview\"]", "major",
     "sa8000:7.3,wrap:6"},
    {"hours.records_genuine", "Working hours", "Do the time records match the gate log and production output?",
     "Check for identical punch times, round numbers and output on days with no recorded work.",
     "Time records, gate log, production records", "[\"document_review\"]", "critical", "sa8000:9.1,wrap:1"},
    {"pay.minimum_wage", "Remuneration", "Are all workers paid at least the legal minimum wage for regular hours?",
     "Compute the hourly rate of regular pay for each sampled worker.", "Payroll, minimum wage notice",
     "[\"document_review\"]", "critical", "sa8000:8.1,wrap:5"},
    {"pay.overtime_premium", "Remuneration", "Is overtime paid at the legal premium rate?",
     "Compare overtime pay with overtime hours times the premium rate.", "Payroll, time records",
     "[\"document_review\"]", "major", "sa8000:8.4,wrap:5"},
    {"pay.deductions", "Remuneration",
     "Are deductions lawful, explained on the pay slip and never used as a punishment?",
     "List the deduction types; ask workers what they are for.", "Pay slips, payroll, disciplinary records",
     "[\"document_review\",\"worker_interview\"]", "major", "sa8000:8.2,wrap:5"},
    {"mgmt.grievance", "Management system", "Can workers raise complaints anonymously and are complaints followed up?",
     "Look at the complaint box, its log and the answers given.", "Complaint log, suggestion box",
     "[\"management_interview\",\"worker_interview\",\"observation\"]", "minor", "sa8000:9.6"},
};
} // namespace

Result<int> SampleChecklist::addIfEmpty(const Database& db, qint64 auditId)
{
    Result<QVariant> existing =
        db.scalar(QStringLiteral("SELECT count(*) FROM checklist_items WHERE audit_id = ?1"), {auditId});
    if (!existing) {
        return Result<int>::failure(existing.error());
    }
    if (existing->toInt() > 0) {
        return 0;
    }
    Result<QVariant> auditUuid = db.scalar(QStringLiteral("SELECT uuid FROM audits WHERE id = ?1"), {auditId});
    if (!auditUuid || !auditUuid->isValid()) {
        return Result<int>::failure(QStringLiteral("Audit %1 does not exist.").arg(auditId));
    }
    Transaction tx(db);
    Result<Statement> item = db.prepare(QStringLiteral(
        "INSERT INTO checklist_items (uuid, audit_id, question_key, catalog_version, section, question, guidance, "
        "evidence, methods_json, default_severity, sort_order) VALUES (?1, ?2, ?3, 'sample:1', ?4, ?5, ?6, ?7, ?8, ?9, "
        "?10)"));
    Result<Statement> clause =
        db.prepare(QStringLiteral("INSERT INTO checklist_item_clauses (item_id, clause) VALUES (?1, ?2)"));
    if (!item || !clause) {
        return Result<int>::failure(item ? clause.error() : item.error());
    }
    int order = 0;
    for (const SampleQuestion& q : kQuestions) {
        item->bind(1, newUuid())
            .bind(2, auditId)
            .bind(3, QLatin1String(q.key))
            .bind(4, QLatin1String(q.section))
            .bind(5, QLatin1String(q.question))
            .bind(6, QLatin1String(q.guidance))
            .bind(7, QLatin1String(q.evidence))
            .bind(8, QLatin1String(q.methods))
            .bind(9, QLatin1String(q.severity))
            .bind(10, order++);
        if (!item->exec()) {
            return Result<int>::failure(item->errorMessage());
        }
        item->reset();
        const qint64 id = db.lastInsertRowId();
        for (const QString& c : QString::fromLatin1(q.clauses).split(QLatin1Char(','))) {
            clause->bind(1, id).bind(2, c);
            if (!clause->exec()) {
                return Result<int>::failure(clause->errorMessage());
            }
            clause->reset();
        }
    }
    AuditTrailEntry entry;
    entry.actor = db.actor();
    entry.auditUuid = auditUuid->toString();
    entry.entity = QStringLiteral("checklist_items");
    entry.entityUuid = auditUuid->toString();
    entry.action = QStringLiteral("insert");
    entry.field = QStringLiteral("catalog_version");
    entry.newValue = QStringLiteral("sample:1");
    if (Status s = AuditTrail::record(db, entry); !s) {
        return Result<int>::failure(s.error());
    }
    if (Status s = tx.commit(); !s) {
        return Result<int>::failure(s.error());
    }
    return order;
}

} // namespace fieldbook
