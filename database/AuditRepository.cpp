#include "database/AuditRepository.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fieldbook {

namespace {

QString toJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString toJson(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QJsonObject objectFromJson(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QStringList listFromJson(const QString& text)
{
    QStringList list;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        list.append(v.toString());
    }
    return list;
}

const QString kAuditColumns = QStringLiteral(
    "id, uuid, facility_id, title, codes_json, country, currency, language, audit_type, follow_up_of, status, "
    "current_phase, start_date, end_date, period_start, period_end, scope, params_json, created_at, updated_at");

Audit auditFromRow(const Statement& s)
{
    Audit a;
    a.id = s.int64(0);
    a.uuid = s.text(1);
    a.facilityId = s.int64(2);
    a.title = s.text(3);
    a.codes = listFromJson(s.text(4));
    a.country = s.text(5);
    a.currency = s.text(6);
    a.language = s.text(7);
    a.auditType = s.text(8);
    a.followUpOf = s.int64(9);
    a.status = s.text(10);
    a.currentPhase = s.text(11);
    a.startDate = s.text(12);
    a.endDate = s.text(13);
    a.periodStart = s.text(14);
    a.periodEnd = s.text(15);
    a.scope = s.text(16);
    a.params = objectFromJson(s.text(17));
    a.createdAt = s.text(18);
    a.updatedAt = s.text(19);
    return a;
}

} // namespace

Result<Facility> AuditRepository::createFacility(Facility f)
{
    if (f.name.trimmed().isEmpty()) {
        return Result<Facility>::failure(QCoreApplication::translate("Store", "A facility needs a name."));
    }
    if (f.country.size() != 2) {
        return Result<Facility>::failure(
            QCoreApplication::translate("Store", "Country must be a two-letter ISO code, not \"%1\".").arg(f.country));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return Result<Facility>::failure(tx.error());
    }
    if (f.uuid.isEmpty()) {
        f.uuid = newUuid();
    }
    const QString now = nowUtc();
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO facilities (uuid, name, country, city, address, industry, headcount, profile_json, created_at, "
        "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)"));
    if (!stmt) {
        return Result<Facility>::failure(stmt.error());
    }
    stmt->bind(1, f.uuid)
        .bind(2, f.name.trimmed())
        .bind(3, f.country.toUpper())
        .bindTextOrNull(4, f.city)
        .bindTextOrNull(5, f.address)
        .bindTextOrNull(6, f.industry)
        .bind(7, f.headcount)
        .bind(8, toJson(f.profile))
        .bind(9, now);
    if (!stmt->exec()) {
        return Result<Facility>::failure(stmt->errorMessage());
    }
    f.id = m_db.lastInsertRowId();
    f.country = f.country.toUpper();
    if (Status s = AuditTrail::record(m_db, {0, now, {}, {}, QStringLiteral("facilities"), f.uuid,
                                             QStringLiteral("insert"), QStringLiteral("name"), {}, f.name});
        !s) {
        return Result<Facility>::failure(s.error());
    }
    if (Status s = tx.commit(); !s) {
        return Result<Facility>::failure(s.error());
    }
    return f;
}

Result<Facility> AuditRepository::facilityWhere(const QString& where, const QVariant& key) const
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("SELECT id, uuid, name, country, city, address, industry, headcount, profile_json FROM "
                       "facilities WHERE %1 = ?1")
            .arg(where));
    if (!stmt) {
        return Result<Facility>::failure(stmt.error());
    }
    stmt->bindVariant(1, key);
    if (!stmt->step()) {
        return Result<Facility>::failure(stmt->hasError() ? stmt->errorMessage()
                                                          : QCoreApplication::translate("Store", "No such facility."));
    }
    Facility f;
    f.id = stmt->int64(0);
    f.uuid = stmt->text(1);
    f.name = stmt->text(2);
    f.country = stmt->text(3);
    f.city = stmt->text(4);
    f.address = stmt->text(5);
    f.industry = stmt->text(6);
    f.headcount = stmt->integer(7);
    f.profile = objectFromJson(stmt->text(8));
    return f;
}

Result<Facility> AuditRepository::facility(qint64 id) const
{
    return facilityWhere(QStringLiteral("id"), id);
}

Result<Facility> AuditRepository::facilityByUuid(const QString& uuid) const
{
    return facilityWhere(QStringLiteral("uuid"), uuid);
}

Result<Audit> AuditRepository::createAudit(Facility facility, Audit a)
{
    if (a.codes.isEmpty()) {
        return Result<Audit>::failure(QCoreApplication::translate("Store", "Choose at least one code to audit against."));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return Result<Audit>::failure(tx.error());
    }
    if (facility.id == 0) {
        Result<Facility> created = createFacility(facility);
        if (!created) {
            return Result<Audit>::failure(created.error());
        }
        facility = created.value();
    }
    if (a.uuid.isEmpty()) {
        a.uuid = newUuid();
    }
    if (a.country.isEmpty()) {
        a.country = facility.country;
    }
    if (a.title.trimmed().isEmpty()) {
        a.title = facility.name;
    }
    a.facilityId = facility.id;
    a.createdAt = a.updatedAt = nowUtc();
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO audits (uuid, facility_id, title, codes_json, country, currency, language, audit_type, "
        "follow_up_of, status, current_phase, start_date, end_date, period_start, period_end, scope, params_json, "
        "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
        "?18, ?18)"));
    if (!stmt) {
        return Result<Audit>::failure(stmt.error());
    }
    stmt->bind(1, a.uuid)
        .bind(2, a.facilityId)
        .bind(3, a.title.trimmed())
        .bind(4, toJson(a.codes))
        .bind(5, a.country.toUpper())
        .bindTextOrNull(6, a.currency)
        .bind(7, a.language)
        .bind(8, a.auditType)
        .bindVariant(9, a.followUpOf ? QVariant(a.followUpOf) : QVariant())
        .bind(10, a.status)
        .bind(11, a.currentPhase)
        .bindTextOrNull(12, a.startDate)
        .bindTextOrNull(13, a.endDate)
        .bindTextOrNull(14, a.periodStart)
        .bindTextOrNull(15, a.periodEnd)
        .bindTextOrNull(16, a.scope)
        .bind(17, toJson(a.params))
        .bind(18, a.createdAt);
    if (!stmt->exec()) {
        return Result<Audit>::failure(stmt->errorMessage());
    }
    a.id = m_db.lastInsertRowId();
    a.country = a.country.toUpper();
    if (Status s = AuditTrail::record(m_db, {0, a.createdAt, {}, a.uuid, QStringLiteral("audits"), a.uuid,
                                             QStringLiteral("insert"), QStringLiteral("title"), {}, a.title});
        !s) {
        return Result<Audit>::failure(s.error());
    }
    if (Status s = tx.commit(); !s) {
        return Result<Audit>::failure(s.error());
    }
    return a;
}

Result<Audit> AuditRepository::auditWhere(const QString& where, const QVariant& key) const
{
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("SELECT %1 FROM audits WHERE %2 = ?1").arg(kAuditColumns, where));
    if (!stmt) {
        return Result<Audit>::failure(stmt.error());
    }
    stmt->bindVariant(1, key);
    if (!stmt->step()) {
        return Result<Audit>::failure(stmt->hasError() ? stmt->errorMessage()
                                                       : QCoreApplication::translate("Store", "No such audit."));
    }
    return auditFromRow(*stmt);
}

Result<Audit> AuditRepository::audit(qint64 id) const
{
    return auditWhere(QStringLiteral("id"), id);
}

Result<Audit> AuditRepository::auditByUuid(const QString& uuid) const
{
    return auditWhere(QStringLiteral("uuid"), uuid);
}

Result<QList<AuditSummary>> AuditRepository::listAudits() const
{
    QString columns;
    for (const QString& c : kAuditColumns.split(QStringLiteral(", "))) {
        columns += (columns.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("a.") + c;
    }
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("SELECT %1, f.name, (SELECT count(*) FROM workers w WHERE w.audit_id = a.id), "
                       "(SELECT count(*) FROM findings x WHERE x.audit_id = a.id) "
                       "FROM audits a JOIN facilities f ON f.id = a.facility_id ORDER BY a.updated_at DESC")
            .arg(columns));
    if (!stmt) {
        return Result<QList<AuditSummary>>::failure(stmt.error());
    }
    QList<AuditSummary> list;
    while (stmt->step()) {
        AuditSummary s;
        s.audit = auditFromRow(*stmt);
        s.facilityName = stmt->text(20);
        s.workerCount = stmt->int64(21);
        s.findingCount = stmt->int64(22);
        list.append(s);
    }
    if (stmt->hasError()) {
        return Result<QList<AuditSummary>>::failure(stmt->errorMessage());
    }
    return list;
}

Status AuditRepository::deleteAudit(const QString& uuid)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return Status::failure(tx.error());
    }
    Result<Audit> a = auditByUuid(uuid);
    if (!a) {
        return Status::failure(a.error());
    }
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM audits WHERE uuid = ?1"));
    if (!stmt) {
        return Status::failure(stmt.error());
    }
    stmt->bind(1, uuid);
    if (!stmt->exec()) {
        return Status::failure(stmt->errorMessage());
    }
    if (Status s = AuditTrail::record(m_db, {0, {}, {}, uuid, QStringLiteral("audits"), uuid, QStringLiteral("delete"),
                                             QStringLiteral("title"), a->title, {}});
        !s) {
        return s;
    }
    return tx.commit();
}

} // namespace fieldbook
