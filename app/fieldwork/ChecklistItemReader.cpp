#include "app/fieldwork/ChecklistItemReader.h"

#include "database/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fieldbook {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT i.id, i.uuid, i.question_key, i.section, i.question, i.guidance, i.evidence, i.methods_json, "
    "i.default_severity, i.applicable, coalesce(r.answer, ''), coalesce(r.notes, ''), "
    "(SELECT group_concat(clause, char(10)) FROM (SELECT clause FROM checklist_item_clauses c WHERE c.item_id = i.id "
    "ORDER BY clause)) FROM checklist_items i LEFT JOIN checklist_responses r ON r.item_id = i.id ");

ChecklistItemRow rowOf(const Statement& s)
{
    ChecklistItemRow row;
    row.itemId = s.int64(0);
    row.uuid = s.text(1);
    row.questionKey = s.text(2);
    row.section = s.text(3);
    row.question = s.text(4);
    row.guidance = s.text(5);
    row.evidence = s.text(6);
    for (const QJsonValue& v : QJsonDocument::fromJson(s.text(7).toUtf8()).array()) {
        row.methods << v.toString();
    }
    row.defaultSeverity = s.text(8);
    row.applicable = s.integer(9) != 0;
    row.answer = s.text(10);
    row.notes = s.text(11);
    row.clauses = s.text(12).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return row;
}

} // namespace

Result<QList<ChecklistItemRow>> ChecklistItemReader::items(qint64 auditId) const
{
    Result<Statement> stmt =
        m_db.prepare(kSelect + QStringLiteral("WHERE i.audit_id = ?1 ORDER BY i.sort_order, i.id"));
    if (!stmt) {
        return Result<QList<ChecklistItemRow>>::failure(stmt.error());
    }
    stmt->bind(1, auditId);
    QList<ChecklistItemRow> rows;
    while (stmt->step()) {
        rows.append(rowOf(*stmt));
    }
    if (stmt->hasError()) {
        return Result<QList<ChecklistItemRow>>::failure(stmt->errorMessage());
    }
    return rows;
}

Result<std::optional<ChecklistItemRow>> ChecklistItemReader::item(qint64 itemId) const
{
    using R = Result<std::optional<ChecklistItemRow>>;
    Result<Statement> stmt = m_db.prepare(kSelect + QStringLiteral("WHERE i.id = ?1"));
    if (!stmt) {
        return R::failure(stmt.error());
    }
    stmt->bind(1, itemId);
    if (!stmt->step()) {
        if (stmt->hasError()) {
            return R::failure(stmt->errorMessage());
        }
        return std::optional<ChecklistItemRow>();
    }
    return std::optional<ChecklistItemRow>(rowOf(*stmt));
}

Result<QList<ChecklistAnswerRow>> ChecklistItemReader::answers(qint64 auditId) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "SELECT i.id, coalesce(r.answer, ''), coalesce(r.notes, ''), i.applicable FROM checklist_items i "
        "LEFT JOIN checklist_responses r ON r.item_id = i.id WHERE i.audit_id = ?1"));
    if (!stmt) {
        return Result<QList<ChecklistAnswerRow>>::failure(stmt.error());
    }
    stmt->bind(1, auditId);
    QList<ChecklistAnswerRow> rows;
    while (stmt->step()) {
        rows.append({stmt->int64(0), stmt->text(1), stmt->text(2), stmt->integer(3) != 0});
    }
    if (stmt->hasError()) {
        return Result<QList<ChecklistAnswerRow>>::failure(stmt->errorMessage());
    }
    return rows;
}

} // namespace fieldbook
