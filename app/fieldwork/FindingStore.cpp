#include "app/fieldwork/FindingStore.h"

#include "app/fieldwork/NonNullText.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>

namespace fieldbook {

namespace {
// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// would put these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FindingStore)
};

Status trail(const Database& db, const QString& auditUuid, const QString& findingUuid, const QString& action,
             const QString& field, const QVariant& oldValue, const QVariant& newValue)
{
    AuditTrailEntry entry;
    entry.actor = db.actor();
    entry.auditUuid = auditUuid;
    entry.entity = QStringLiteral("findings");
    entry.entityUuid = findingUuid;
    entry.action = action;
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    return AuditTrail::record(db, entry);
}

const QString kSelect = QStringLiteral(
    "SELECT f.id, f.uuid, coalesce(f.item_id, 0), f.title, f.description, f.severity, f.evidence_text, f.root_cause, "
    "f.status, f.created_at, (SELECT group_concat(clause, char(10)) FROM (SELECT clause FROM finding_clauses c "
    "WHERE c.finding_id = f.id ORDER BY clause)), (SELECT count(*) FROM corrective_actions ca WHERE ca.finding_id = "
    "f.id) "
    "FROM findings f ");

FindingRecord fromRow(const Statement& s)
{
    FindingRecord f;
    f.id = s.int64(0);
    f.uuid = s.text(1);
    f.itemId = s.int64(2);
    f.title = s.text(3);
    f.description = s.text(4);
    f.severity = s.text(5);
    f.evidenceText = s.text(6);
    f.rootCause = s.text(7);
    f.status = s.text(8);
    f.createdAt = s.text(9);
    f.clauses = s.text(10).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    f.correctiveActionCount = s.integer(11);
    return f;
}
} // namespace

QStringList FindingStore::severities()
{
    return {QStringLiteral("observation"), QStringLiteral("minor"), QStringLiteral("major"), QStringLiteral("priority"),
            QStringLiteral("critical")};
}

QStringList FindingStore::severitiesWorstFirst()
{
    QStringList list = severities();
    std::reverse(list.begin(), list.end());
    return list;
}

bool FindingStore::isValidSeverity(const QString& severity)
{
    return severities().contains(severity);
}

Result<FindingRecord> FindingStore::insert(qint64 auditId, qint64 itemId, const QString& title,
                                           const QString& description, const QString& severity,
                                           const QStringList& clauses)
{
    Result<QVariant> auditUuid = m_db.scalar(QStringLiteral("SELECT uuid FROM audits WHERE id = ?1"), {auditId});
    if (!auditUuid || !auditUuid->isValid()) {
        return Result<FindingRecord>::failure(Tr::tr("Audit %1 does not exist.").arg(auditId));
    }
    const QString uuid = newUuid();
    const QString now = nowUtc();
    Transaction tx(m_db);
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO findings (uuid, audit_id, item_id, title, description, severity, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)"));
    if (!stmt) {
        return Result<FindingRecord>::failure(stmt.error());
    }
    stmt->bind(1, uuid).bind(2, auditId);
    itemId > 0 ? stmt->bind(3, itemId) : stmt->bindNull(3);
    // A null QString binds as NULL; these columns hold text, possibly empty.
    stmt->bind(4, nonNullText(title)).bind(5, nonNullText(description)).bind(6, severity).bind(7, now);
    if (!stmt->exec()) {
        return Result<FindingRecord>::failure(stmt->errorMessage());
    }
    const qint64 findingId = m_db.lastInsertRowId();
    if (Status s =
            trail(m_db, auditUuid->toString(), uuid, QStringLiteral("insert"), QStringLiteral("title"), {}, title);
        !s) {
        return Result<FindingRecord>::failure(s.error());
    }
    Result<Statement> clause =
        m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO finding_clauses (finding_id, clause) VALUES (?1, ?2)"));
    if (!clause) {
        return Result<FindingRecord>::failure(clause.error());
    }
    for (const QString& c : clauses) {
        clause->bind(1, findingId).bind(2, c);
        if (!clause->exec()) {
            return Result<FindingRecord>::failure(clause->errorMessage());
        }
        clause->reset();
    }
    if (!clauses.isEmpty()) {
        if (Status s = trail(m_db, auditUuid->toString(), uuid, QStringLiteral("update"), QStringLiteral("clauses"), {},
                             clauses.join(QLatin1Char(',')));
            !s) {
            return Result<FindingRecord>::failure(s.error());
        }
    }
    if (Status s = tx.commit(); !s) {
        return Result<FindingRecord>::failure(s.error());
    }
    return finding(uuid);
}

Result<FindingRecord> FindingStore::createFromQuestion(qint64 itemId)
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("SELECT i.audit_id, i.question, i.default_severity, coalesce(r.notes, ''), "
                       "(SELECT group_concat(clause, char(10)) FROM checklist_item_clauses c WHERE c.item_id = i.id) "
                       "FROM checklist_items i LEFT JOIN checklist_responses r ON r.item_id = i.id WHERE i.id = ?1"));
    if (!stmt) {
        return Result<FindingRecord>::failure(stmt.error());
    }
    stmt->bind(1, itemId);
    if (!stmt->step()) {
        return Result<FindingRecord>::failure(Tr::tr("Checklist item %1 does not exist.").arg(itemId));
    }
    const qint64 auditId = stmt->int64(0);
    QString title = stmt->text(1).simplified();
    if (title.size() > 120) {
        title = title.left(119) + QChar(0x2026);
    }
    QString severity = stmt->text(2);
    if (!isValidSeverity(severity)) {
        severity = QStringLiteral("minor");
    }
    const QString notes = stmt->text(3);
    QStringList clauses = stmt->text(4).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    clauses.sort();
    return insert(auditId, itemId, title, notes, severity, clauses);
}

Result<FindingRecord> FindingStore::createBlank(qint64 auditId, const QString& title)
{
    return insert(auditId, 0, title, QString(), QStringLiteral("minor"), {});
}

Result<QList<FindingRecord>> FindingStore::list(qint64 auditId) const
{
    Result<Statement> stmt = m_db.prepare(kSelect + QStringLiteral("WHERE f.audit_id = ?1 ORDER BY f.id"));
    if (!stmt) {
        return Result<QList<FindingRecord>>::failure(stmt.error());
    }
    stmt->bind(1, auditId);
    QList<FindingRecord> list;
    while (stmt->step()) {
        list << fromRow(*stmt);
    }
    if (stmt->hasError()) {
        return Result<QList<FindingRecord>>::failure(stmt->errorMessage());
    }
    return list;
}

Result<FindingRecord> FindingStore::finding(const QString& uuid) const
{
    Result<Statement> stmt = m_db.prepare(kSelect + QStringLiteral("WHERE f.uuid = ?1"));
    if (!stmt) {
        return Result<FindingRecord>::failure(stmt.error());
    }
    stmt->bind(1, uuid);
    if (!stmt->step()) {
        return Result<FindingRecord>::failure(Tr::tr("Finding %1 does not exist.").arg(uuid));
    }
    return fromRow(*stmt);
}

Status FindingStore::setClauses(const QString& findingUuid, const QStringList& clauses)
{
    Result<FindingRecord> current = finding(findingUuid);
    if (!current) {
        return Status::failure(current.error());
    }
    Result<QVariant> auditUuid = m_db.scalar(
        QStringLiteral("SELECT a.uuid FROM findings f JOIN audits a ON a.id = f.audit_id WHERE f.uuid = ?1"),
        {findingUuid});
    QStringList wanted;
    for (const QString& c : clauses) {
        if (!c.trimmed().isEmpty() && !wanted.contains(c.trimmed())) {
            wanted << c.trimmed();
        }
    }
    wanted.sort();
    if (wanted == current->clauses) {
        return Status::success();
    }
    Transaction tx(m_db);
    Result<Statement> del = m_db.prepare(QStringLiteral("DELETE FROM finding_clauses WHERE finding_id = ?1"));
    if (!del) {
        return Status::failure(del.error());
    }
    del->bind(1, current->id);
    if (!del->exec()) {
        return Status::failure(del->errorMessage());
    }
    Result<Statement> ins =
        m_db.prepare(QStringLiteral("INSERT INTO finding_clauses (finding_id, clause) VALUES (?1, ?2)"));
    if (!ins) {
        return Status::failure(ins.error());
    }
    for (const QString& c : wanted) {
        ins->bind(1, current->id).bind(2, c);
        if (!ins->exec()) {
            return Status::failure(ins->errorMessage());
        }
        ins->reset();
    }
    if (Status s =
            trail(m_db, auditUuid ? auditUuid->toString() : QString(), findingUuid, QStringLiteral("update"),
                  QStringLiteral("clauses"), current->clauses.join(QLatin1Char(',')), wanted.join(QLatin1Char(',')));
        !s) {
        return s;
    }
    return tx.commit();
}

Status FindingStore::remove(const QString& findingUuid)
{
    Result<QVariant> auditUuid = m_db.scalar(
        QStringLiteral("SELECT a.uuid FROM findings f JOIN audits a ON a.id = f.audit_id WHERE f.uuid = ?1"),
        {findingUuid});
    if (!auditUuid || !auditUuid->isValid()) {
        return Status::failure(Tr::tr("Finding %1 does not exist.").arg(findingUuid));
    }
    Transaction tx(m_db);
    Result<Statement> del = m_db.prepare(QStringLiteral("DELETE FROM findings WHERE uuid = ?1"));
    if (!del) {
        return Status::failure(del.error());
    }
    del->bind(1, findingUuid);
    if (!del->exec()) {
        return Status::failure(del->errorMessage());
    }
    if (Status s = trail(m_db, auditUuid->toString(), findingUuid, QStringLiteral("delete"), {}, {}, {}); !s) {
        return s;
    }
    return tx.commit();
}

} // namespace fieldbook
