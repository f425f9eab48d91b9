#include "app/fieldwork/ComplianceStats.h"

#include "database/Database.h"

namespace fieldbook {

namespace {
const char* kCountColumns =
    "sum(r.answer = 'compliant'), sum(r.answer = 'non_compliant'), sum(r.answer = 'observation'), "
    "sum(r.answer = 'not_applicable' OR i.applicable = 0), sum(r.answer = 'not_verified'), "
    "sum(r.answer IS NULL AND i.applicable = 1)";
}

Result<QList<ComplianceCount>> ComplianceStats::counts(const QString& sql) const
{
    Result<Statement> stmt = m_db.prepare(sql);
    if (!stmt) {
        return Result<QList<ComplianceCount>>::failure(stmt.error());
    }
    stmt->bind(1, m_auditId);
    QList<ComplianceCount> list;
    while (stmt->step()) {
        ComplianceCount c;
        c.group = stmt->text(0);
        c.compliant = stmt->integer(1);
        c.nonCompliant = stmt->integer(2);
        c.observation = stmt->integer(3);
        c.notApplicable = stmt->integer(4);
        c.notVerified = stmt->integer(5);
        c.unanswered = stmt->integer(6);
        list << c;
    }
    if (stmt->hasError()) {
        return Result<QList<ComplianceCount>>::failure(stmt->errorMessage());
    }
    return list;
}

Result<QList<ComplianceCount>> ComplianceStats::perSection() const
{
    return counts(QStringLiteral("SELECT i.section, %1 FROM checklist_items i "
                                 "LEFT JOIN checklist_responses r ON r.item_id = i.id WHERE i.audit_id = ?1 "
                                 "GROUP BY i.section ORDER BY min(i.sort_order)")
                      .arg(QLatin1String(kCountColumns)));
}

Result<QList<ComplianceCount>> ComplianceStats::perCode() const
{
    // An item shared by several codes (crosswalk) counts once for each of them.
    return counts(QStringLiteral("SELECT c.code, %1 FROM (SELECT DISTINCT item_id, "
                                 "substr(clause, 1, instr(clause, ':') - 1) AS code FROM checklist_item_clauses) c "
                                 "JOIN checklist_items i ON i.id = c.item_id "
                                 "LEFT JOIN checklist_responses r ON r.item_id = i.id WHERE i.audit_id = ?1 "
                                 "GROUP BY c.code ORDER BY c.code")
                      .arg(QLatin1String(kCountColumns)));
}

Result<QMap<QString, int>> ComplianceStats::findingsBySeverity() const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "SELECT severity, count(*) FROM findings WHERE audit_id = ?1 AND status <> 'withdrawn' GROUP BY severity"));
    if (!stmt) {
        return Result<QMap<QString, int>>::failure(stmt.error());
    }
    stmt->bind(1, m_auditId);
    QMap<QString, int> map;
    while (stmt->step()) {
        map.insert(stmt->text(0), stmt->integer(1));
    }
    if (stmt->hasError()) {
        return Result<QMap<QString, int>>::failure(stmt->errorMessage());
    }
    return map;
}

qint64 ComplianceStats::followUpOf() const
{
    Result<QVariant> v = m_db.scalar(QStringLiteral("SELECT follow_up_of FROM audits WHERE id = ?1"), {m_auditId});
    return v && v->isValid() ? v->toLongLong() : 0;
}

Result<QList<PreviousCorrectiveAction>> ComplianceStats::previousCorrectiveActions() const
{
    QList<PreviousCorrectiveAction> list;
    const qint64 previous = followUpOf();
    if (previous == 0) {
        return list;
    }
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "SELECT f.uuid, f.title, f.severity, (SELECT group_concat(clause, ', ') FROM finding_clauses c "
        "WHERE c.finding_id = f.id), coalesce(ca.corrective_action, ''), coalesce(ca.responsible, ''), "
        "coalesce(ca.due_date, ''), coalesce(ca.status, '') FROM findings f "
        "LEFT JOIN corrective_actions ca ON ca.finding_id = f.id WHERE f.audit_id = ?1 ORDER BY f.id, ca.id"));
    if (!stmt) {
        return Result<QList<PreviousCorrectiveAction>>::failure(stmt.error());
    }
    stmt->bind(1, previous);
    while (stmt->step()) {
        PreviousCorrectiveAction p;
        p.findingUuid = stmt->text(0);
        p.findingTitle = stmt->text(1);
        p.severity = stmt->text(2);
        p.clauses = stmt->text(3);
        p.action = stmt->text(4);
        p.responsible = stmt->text(5);
        p.dueDate = stmt->text(6);
        p.status = stmt->text(7);
        list << p;
    }
    if (stmt->hasError()) {
        return Result<QList<PreviousCorrectiveAction>>::failure(stmt->errorMessage());
    }
    return list;
}

} // namespace fieldbook
