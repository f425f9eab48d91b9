#include "app/analysis/FlagStore.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace fieldbook {

namespace {

QString jsonText(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QString& json)
{
    QStringList list;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        list.append(v.toString());
    }
    return list;
}

QString storeError(const QString& what, const QString& detail)
{
    return QCoreApplication::translate("FlagStore", "%1: %2").arg(what, detail);
}

Status trail(const Database& db, const QString& auditUuid, const QString& entity, const QString& entityUuid,
             const QString& action, const QString& field, const QVariant& oldValue, const QVariant& newValue)
{
    AuditTrailEntry entry;
    entry.actor = db.actor();
    entry.auditUuid = auditUuid;
    entry.entity = entity;
    entry.entityUuid = entityUuid;
    entry.action = action;
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    return AuditTrail::record(db, entry);
}

} // namespace

Result<QString> FlagStore::saveRun(const QString& auditUuid, const AuditParams& params, const AnalysisResult& result,
                                   const QString& engineVersion)
{
    const QString failed = QCoreApplication::translate("FlagStore", "Could not save the analysis");
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return Result<QString>::failure(storeError(failed, transaction.error()));
    }
    const Result<QVariant> auditId = m_db.scalar(QStringLiteral("SELECT id FROM audits WHERE uuid = ?1"), {auditUuid});
    if (!auditId || !auditId->isValid()) {
        return Result<QString>::failure(
            storeError(failed, QCoreApplication::translate("FlagStore", "no audit %1 in the store").arg(auditUuid)));
    }
    const qint64 audit = auditId->toLongLong();
    const QString runUuid = newUuid();
    const QString now = nowUtc();
    {
        Result<Statement> insert = m_db.prepare(QStringLiteral(
            "INSERT INTO analysis_runs (uuid, audit_id, started_at, finished_at, params_json, counts_json, "
            "engine_version) VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6)"));
        if (!insert) {
            return Result<QString>::failure(storeError(failed, insert.error()));
        }
        insert->bind(1, runUuid)
            .bind(2, audit)
            .bind(3, now)
            .bind(4, jsonText(params.toJson()))
            .bind(5, jsonText(result.recordCounts))
            .bind(6, engineVersion);
        if (!insert->exec()) {
            return Result<QString>::failure(storeError(failed, insert->errorMessage()));
        }
    }
    const qint64 runId = m_db.lastInsertRowId();

    Result<Statement> find =
        m_db.prepare(QStringLiteral("SELECT uuid FROM analysis_flags WHERE audit_id = ?1 AND fingerprint = ?2"));
    Result<Statement> update = m_db.prepare(QStringLiteral(
        "UPDATE analysis_flags SET run_id = ?1, check_name = ?2, severity = ?3, clauses_json = ?4, workers_json = ?5, "
        "dates_json = ?6, summary = ?7, evidence_json = ?8, stale = 0 WHERE uuid = ?9"));
    Result<Statement> insert = m_db.prepare(QStringLiteral(
        "INSERT INTO analysis_flags (uuid, audit_id, run_id, fingerprint, check_name, severity, clauses_json, "
        "workers_json, dates_json, summary, evidence_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    if (!find || !update || !insert) {
        return Result<QString>::failure(storeError(failed, m_db.lastError()));
    }
    QSet<QString> seen;
    for (const Flag& flag : result.flags) {
        const QString fingerprint = flag.fingerprint();
        if (seen.contains(fingerprint)) {
            continue; // one row per subject: the first (most severe) flag wins
        }
        seen.insert(fingerprint);
        find->reset();
        find->bind(1, audit).bind(2, fingerprint);
        QString uuid;
        if (find->step()) {
            uuid = find->text(0);
        }
        if (find->hasError()) {
            return Result<QString>::failure(storeError(failed, find->errorMessage()));
        }
        Statement& write = uuid.isEmpty() ? *insert : *update;
        write.reset();
        if (uuid.isEmpty()) {
            uuid = newUuid();
            write.bind(1, uuid)
                .bind(2, audit)
                .bind(3, runId)
                .bind(4, fingerprint)
                .bind(5, flag.check)
                .bind(6, severityName(flag.severity))
                .bind(7, jsonText(QJsonArray::fromStringList(flag.clauses)))
                .bind(8, jsonText(QJsonArray::fromStringList(flag.workers)))
                .bind(9, jsonText(QJsonArray::fromStringList(flag.dates)))
                .bind(10, flag.summary)
                .bind(11, jsonText(flag.evidence));
        } else {
            write.bind(1, runId)
                .bind(2, flag.check)
                .bind(3, severityName(flag.severity))
                .bind(4, jsonText(QJsonArray::fromStringList(flag.clauses)))
                .bind(5, jsonText(QJsonArray::fromStringList(flag.workers)))
                .bind(6, jsonText(QJsonArray::fromStringList(flag.dates)))
                .bind(7, flag.summary)
                .bind(8, jsonText(flag.evidence))
                .bind(9, uuid);
        }
        if (!write.exec()) {
            return Result<QString>::failure(storeError(failed, write.errorMessage()));
        }
    }
    Result<Statement> stale = m_db.prepare(
        QStringLiteral("UPDATE analysis_flags SET stale = 1 WHERE audit_id = ?1 AND (run_id IS NULL OR run_id <> ?2)"));
    if (!stale || !stale->bind(1, audit).bind(2, runId).exec()) {
        return Result<QString>::failure(storeError(failed, stale ? stale->errorMessage() : stale.error()));
    }
    const Status logged = trail(m_db, auditUuid, QStringLiteral("analysis_runs"), runUuid, QStringLiteral("insert"),
                                QStringLiteral("flags"), QVariant(), int(seen.size()));
    if (!logged) {
        return Result<QString>::failure(storeError(failed, logged.error()));
    }
    const Status committed = transaction.commit();
    if (!committed) {
        return Result<QString>::failure(storeError(failed, committed.error()));
    }
    return runUuid;
}

namespace {

// The columns readFlag() reads, in its order.
const char* const kFlagColumns =
    "SELECT f.uuid, f.fingerprint, f.check_name, f.severity, f.clauses_json, f.workers_json, f.dates_json, "
    "f.summary, f.evidence_json, f.disposition, f.disposition_reason, fi.uuid, f.stale "
    "FROM analysis_flags f JOIN audits a ON a.id = f.audit_id LEFT JOIN findings fi ON fi.id = f.finding_id ";

StoredFlag readFlag(const Statement& select)
{
    StoredFlag s;
    s.uuid = select.text(0);
    s.fingerprint = select.text(1);
    s.flag.check = select.text(2);
    severityFromName(select.text(3), &s.flag.severity);
    s.flag.clauses = stringList(select.text(4));
    s.flag.workers = stringList(select.text(5));
    s.flag.dates = stringList(select.text(6));
    s.flag.summary = select.text(7);
    s.flag.evidence = QJsonDocument::fromJson(select.text(8).toUtf8()).object();
    s.disposition = flagDispositionFromName(select.text(9));
    s.dispositionReason = select.text(10);
    s.findingUuid = select.text(11);
    s.stale = select.integer(12) != 0;
    return s;
}

} // namespace

Result<QList<StoredFlag>> FlagStore::flags(const QString& auditUuid) const
{
    Result<Statement> select =
        m_db.prepare(QLatin1String(kFlagColumns) + QStringLiteral("WHERE a.uuid = ?1 ORDER BY f.stale, f.id"));
    if (!select) {
        return Result<QList<StoredFlag>>::failure(select.error());
    }
    select->bind(1, auditUuid);
    QList<StoredFlag> list;
    while (select->step()) {
        list.append(readFlag(*select));
    }
    if (select->hasError()) {
        return Result<QList<StoredFlag>>::failure(select->errorMessage());
    }
    return list;
}

Result<StoredFlag> FlagStore::flag(const QString& flagUuid) const
{
    Result<Statement> select = m_db.prepare(QLatin1String(kFlagColumns) + QStringLiteral("WHERE f.uuid = ?1"));
    if (!select) {
        return Result<StoredFlag>::failure(select.error());
    }
    if (!select->bind(1, flagUuid).step()) {
        return Result<StoredFlag>::failure(
            select->hasError() ? select->errorMessage()
                               : QCoreApplication::translate("FlagStore", "no flag %1 in the store").arg(flagUuid));
    }
    return readFlag(*select);
}

Result<QString> FlagStore::confirmFlag(const QString& flagUuid, const FindingDraft& finding)
{
    const QString failed = QCoreApplication::translate("FlagStore", "Could not confirm the flag");
    if (finding.title.trimmed().isEmpty()) {
        return Result<QString>::failure(
            storeError(failed, QCoreApplication::translate("FlagStore", "the finding needs a title")));
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return Result<QString>::failure(storeError(failed, transaction.error()));
    }
    Result<Statement> select = m_db.prepare(QStringLiteral(
        "SELECT f.id, f.audit_id, a.uuid, f.clauses_json, f.summary, f.disposition FROM analysis_flags f "
        "JOIN audits a ON a.id = f.audit_id WHERE f.uuid = ?1"));
    if (!select || !select->bind(1, flagUuid).step()) {
        return Result<QString>::failure(
            storeError(failed, QCoreApplication::translate("FlagStore", "no flag %1 in the store").arg(flagUuid)));
    }
    const qint64 flagId = select->int64(0);
    const qint64 auditId = select->int64(1);
    const QString auditUuid = select->text(2);
    const QStringList clauses = stringList(select->text(3));
    const QString summary = select->text(4);
    const QString oldDisposition = select->text(5);
    const QString findingUuid = newUuid();
    const QString now = nowUtc();
    Result<Statement> insert = m_db.prepare(QStringLiteral(
        "INSERT INTO findings (uuid, audit_id, title, description, severity, evidence_text, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)"));
    if (!insert) {
        return Result<QString>::failure(storeError(failed, insert.error()));
    }
    insert->bind(1, findingUuid)
        .bind(2, auditId)
        .bind(3, finding.title.trimmed())
        .bind(4, finding.description)
        .bind(5, finding.severity)
        .bind(6, summary)
        .bind(7, now);
    if (!insert->exec()) {
        return Result<QString>::failure(storeError(failed, insert->errorMessage()));
    }
    const qint64 findingId = m_db.lastInsertRowId();
    Result<Statement> clause =
        m_db.prepare(QStringLiteral("INSERT INTO finding_clauses (finding_id, clause) VALUES (?1, ?2)"));
    if (!clause) {
        return Result<QString>::failure(storeError(failed, clause.error()));
    }
    for (const QString& c : clauses) {
        clause->reset();
        if (!clause->bind(1, findingId).bind(2, c).exec()) {
            return Result<QString>::failure(storeError(failed, clause->errorMessage()));
        }
    }
    Result<Statement> link = m_db.prepare(QStringLiteral(
        "UPDATE analysis_flags SET disposition = 'confirmed', disposition_reason = NULL, disposition_by = ?1, "
        "disposition_at = ?2, finding_id = ?3 WHERE id = ?4"));
    if (!link || !link->bind(1, m_db.actor()).bind(2, now).bind(3, findingId).bind(4, flagId).exec()) {
        return Result<QString>::failure(storeError(failed, link ? link->errorMessage() : link.error()));
    }
    for (const Status& s :
         {trail(m_db, auditUuid, QStringLiteral("findings"), findingUuid, QStringLiteral("insert"),
                QStringLiteral("title"), QVariant(), finding.title.trimmed()),
          trail(m_db, auditUuid, QStringLiteral("analysis_flags"), flagUuid, QStringLiteral("update"),
                QStringLiteral("disposition"), oldDisposition, flagDispositionName(FlagDisposition::Confirmed))}) {
        if (!s) {
            return Result<QString>::failure(storeError(failed, s.error()));
        }
    }
    const Status committed = transaction.commit();
    if (!committed) {
        return Result<QString>::failure(storeError(failed, committed.error()));
    }
    return findingUuid;
}

Status FlagStore::dismissFlag(const QString& flagUuid, const QString& reason)
{
    const QString failed = QCoreApplication::translate("FlagStore", "Could not dismiss the flag");
    if (reason.trimmed().isEmpty()) {
        return Status::failure(
            storeError(failed, QCoreApplication::translate("FlagStore", "a dismissal needs a reason")));
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return Status::failure(storeError(failed, transaction.error()));
    }
    Result<Statement> select = m_db.prepare(QStringLiteral(
        "SELECT a.uuid, f.disposition FROM analysis_flags f JOIN audits a ON a.id = f.audit_id WHERE f.uuid = ?1"));
    if (!select || !select->bind(1, flagUuid).step()) {
        return Status::failure(
            storeError(failed, QCoreApplication::translate("FlagStore", "no flag %1 in the store").arg(flagUuid)));
    }
    const QString auditUuid = select->text(0);
    const QString oldDisposition = select->text(1);
    Result<Statement> update = m_db.prepare(QStringLiteral(
        "UPDATE analysis_flags SET disposition = 'dismissed', disposition_reason = ?1, disposition_by = ?2, "
        "disposition_at = ?3, finding_id = NULL WHERE uuid = ?4"));
    if (!update ||
        !update->bind(1, reason.trimmed()).bind(2, m_db.actor()).bind(3, nowUtc()).bind(4, flagUuid).exec()) {
        return Status::failure(storeError(failed, update ? update->errorMessage() : update.error()));
    }
    for (const Status& s :
         {trail(m_db, auditUuid, QStringLiteral("analysis_flags"), flagUuid, QStringLiteral("update"),
                QStringLiteral("disposition"), oldDisposition, flagDispositionName(FlagDisposition::Dismissed)),
          trail(m_db, auditUuid, QStringLiteral("analysis_flags"), flagUuid, QStringLiteral("update"),
                QStringLiteral("disposition_reason"), QVariant(), reason.trimmed())}) {
        if (!s) {
            return Status::failure(storeError(failed, s.error()));
        }
    }
    return transaction.commit();
}

} // namespace fieldbook
