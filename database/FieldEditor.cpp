#include "database/FieldEditor.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace fieldbook {

namespace {

struct EditableTable
{
    QSet<QString> columns;
    // SQL selecting the owning audit's uuid for a row uuid (?1); empty when the row has no audit.
    QString auditUuidSql;
    bool hasUpdatedAt = true;
};

const QHash<QString, EditableTable>& editableTables()
{
    static const QHash<QString, EditableTable> tables = {
        {QStringLiteral("facilities"),
         {{"name", "city", "address", "industry", "headcount", "profile_json"}, {}, true}},
        {QStringLiteral("audits"),
         {{"title", "status", "current_phase", "start_date", "end_date", "period_start", "period_end", "scope",
           "paid_by", "announcement", "params_json", "currency", "language", "audit_type"},
          QStringLiteral("SELECT uuid FROM audits WHERE uuid = ?1"),
          true}},
        {QStringLiteral("audit_team"),
         {{"name", "role", "gender", "years_experience", "visited_before"},
          QStringLiteral("SELECT a.uuid FROM audit_team t JOIN audits a ON a.id = t.audit_id WHERE t.uuid = ?1"),
          true}},
        {QStringLiteral("phase_notes"),
         {{"body", "completed", "agenda_json"},
          QStringLiteral("SELECT a.uuid FROM phase_notes p JOIN audits a ON a.id = p.audit_id WHERE p.uuid = ?1"),
          true}},
        {QStringLiteral("checklist_items"),
         {{"applicable", "na_reason"},
          QStringLiteral("SELECT a.uuid FROM checklist_items i JOIN audits a ON a.id = i.audit_id WHERE i.uuid = ?1"),
          false}},
        {QStringLiteral("checklist_responses"),
         {{"answer", "notes", "answered_by"},
          QStringLiteral("SELECT a.uuid FROM checklist_responses r JOIN checklist_items i ON i.id = r.item_id "
                         "JOIN audits a ON a.id = i.audit_id WHERE r.uuid = ?1"),
          true}},
        {QStringLiteral("evidence"),
         {{"caption", "item_id", "finding_id"},
          QStringLiteral("SELECT a.uuid FROM evidence e JOIN audits a ON a.id = e.audit_id WHERE e.uuid = ?1"),
          false}},
        {QStringLiteral("interviews"),
         {{"format", "location", "participants", "worker_ref", "department", "gender", "age_band", "tenure_band",
           "shift", "migrant", "agency", "interviewee_role", "interviewer", "held_at", "stated_weekly_hours",
           "stated_rest_days_per_week", "stated_monthly_pay", "stated_deductions", "stated_overtime_voluntary",
           "coaching_suspected", "notes"},
          QStringLiteral("SELECT a.uuid FROM interviews v JOIN audits a ON a.id = v.audit_id WHERE v.uuid = ?1"),
          true}},
        {QStringLiteral("interview_answers"),
         {{"answer", "free_text"},
          QStringLiteral("SELECT a.uuid FROM interview_answers x JOIN interviews v ON v.id = x.interview_id "
                         "JOIN audits a ON a.id = v.audit_id WHERE x.uuid = ?1"),
          true}},
        {QStringLiteral("analysis_flags"),
         {{"disposition", "disposition_reason", "disposition_by", "disposition_at", "finding_id"},
          QStringLiteral("SELECT a.uuid FROM analysis_flags f JOIN audits a ON a.id = f.audit_id WHERE f.uuid = ?1"),
          false}},
        {QStringLiteral("findings"),
         {{"title", "description", "severity", "evidence_text", "root_cause", "status", "item_id"},
          QStringLiteral("SELECT a.uuid FROM findings f JOIN audits a ON a.id = f.audit_id WHERE f.uuid = ?1"),
          true}},
        {QStringLiteral("corrective_actions"),
         {{"corrective_action", "preventive_action", "responsible", "due_date", "status", "verified_at",
           "verification_notes"},
          QStringLiteral("SELECT a.uuid FROM corrective_actions c JOIN findings f ON f.id = c.finding_id "
                         "JOIN audits a ON a.id = f.audit_id WHERE c.uuid = ?1"),
          true}},
    };
    return tables;
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull()) {
        return a.isNull() == b.isNull();
    }
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray) {
        return a.toByteArray() == b.toByteArray();
    }
    return a.toString() == b.toString();
}

} // namespace

bool FieldEditor::isEditable(const QString& table, const QString& column)
{
    const auto it = editableTables().constFind(table);
    return it != editableTables().constEnd() && it->columns.contains(column);
}

Result<QVariant> FieldEditor::value(const QString& table, const QString& uuid, const QString& column) const
{
    if (!isEditable(table, column)) {
        return Result<QVariant>::failure(QStringLiteral("%1.%2 is not an editable field").arg(table, column));
    }
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?1").arg(column, table));
    if (!stmt) {
        return Result<QVariant>::failure(stmt.error());
    }
    stmt->bind(1, uuid);
    if (!stmt->step()) {
        return Result<QVariant>::failure(stmt->hasError() ? stmt->errorMessage()
                                                          : QCoreApplication::translate("Store", "No %1 with id %2")
                                                                .arg(table, uuid));
    }
    return stmt->value(0);
}

Result<QString> FieldEditor::auditUuidOf(const QString& table, const QString& uuid) const
{
    const auto it = editableTables().constFind(table);
    if (it == editableTables().constEnd()) {
        return Result<QString>::failure(QStringLiteral("%1 is not an editable table").arg(table));
    }
    if (it->auditUuidSql.isEmpty()) {
        return QString();
    }
    Result<QVariant> v = m_db.scalar(it->auditUuidSql, {uuid});
    if (!v) {
        return Result<QString>::failure(v.error());
    }
    return v.value().toString();
}

Result<QVariant> FieldEditor::setValue(const QString& table, const QString& uuid, const QString& column,
                                       const QVariant& value)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return Result<QVariant>::failure(tx.error());
    }
    Result<QVariant> old = this->value(table, uuid, column);
    if (!old) {
        return old;
    }
    if (sameValue(old.value(), value)) {
        return old;
    }
    const QString now = nowUtc();
    const bool touch = editableTables().value(table).hasUpdatedAt;
    Result<Statement> update =
        m_db.prepare(QStringLiteral("UPDATE %1 SET %2 = ?1%3 WHERE uuid = ?2")
                         .arg(table, column, touch ? QStringLiteral(", updated_at = ?3") : QString()));
    if (!update) {
        return Result<QVariant>::failure(update.error());
    }
    update->bindVariant(1, value).bind(2, uuid);
    if (touch) {
        update->bind(3, now);
    }
    if (!update->exec()) {
        return Result<QVariant>::failure(update->errorMessage());
    }
    Result<QString> auditUuid = auditUuidOf(table, uuid);
    if (!auditUuid) {
        return Result<QVariant>::failure(auditUuid.error());
    }
    AuditTrailEntry entry;
    entry.at = now;
    entry.auditUuid = auditUuid.value();
    entry.entity = table;
    entry.entityUuid = uuid;
    entry.action = QStringLiteral("update");
    entry.field = column;
    entry.oldValue = old.value();
    entry.newValue = value;
    if (Status s = AuditTrail::record(m_db, entry); !s) {
        return Result<QVariant>::failure(s.error());
    }
    if (Status s = tx.commit(); !s) {
        return Result<QVariant>::failure(s.error());
    }
    return old;
}

} // namespace fieldbook
