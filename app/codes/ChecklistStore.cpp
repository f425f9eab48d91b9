#include "app/codes/ChecklistStore.h"
#include "app/codes/CatalogRegistry.h"
#include "app/codes/Crosswalk.h"
#include "database/AuditRepository.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fieldbook {

Result<int> ChecklistStore::itemCount(const Database& db, qint64 auditId)
{
    Result<QVariant> n =
        db.scalar(QStringLiteral("SELECT count(*) FROM checklist_items WHERE audit_id = ?1"), {auditId});
    if (!n) {
        return Result<int>::failure(n.error());
    }
    return n->toInt();
}

Status ChecklistStore::store(const Database& db, qint64 auditId, const DerivedChecklist& checklist)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        return Status::failure(tx.error());
    }
    Result<QVariant> answered = db.scalar(
        QStringLiteral("SELECT count(*) FROM checklist_responses r JOIN checklist_items i ON i.id = r.item_id "
                       "WHERE i.audit_id = ?1"),
        {auditId});
    if (!answered) {
        return Status::failure(answered.error());
    }
    if (answered->toInt() > 0) {
        return Status::failure(QCoreApplication::translate(
            "Catalog", "This audit's checklist already has answers; it cannot be derived again."));
    }
    Result<Statement> clear = db.prepare(QStringLiteral("DELETE FROM checklist_items WHERE audit_id = ?1"));
    Result<Statement> item =
        db.prepare(QStringLiteral("INSERT INTO checklist_items (uuid, audit_id, question_key, catalog_version, topic, "
                                  "section, question, guidance, "
                                  "evidence, methods_json, default_severity, applicable, na_reason, sort_order) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"));
    Result<Statement> clause =
        db.prepare(QStringLiteral("INSERT INTO checklist_item_clauses (item_id, clause) VALUES (?1, ?2)"));
    if (!clear || !item || !clause) {
        return Status::failure(!clear ? clear.error() : (!item ? item.error() : clause.error()));
    }
    clear->bind(1, auditId);
    if (!clear->exec()) {
        return Status::failure(clear->errorMessage());
    }
    for (const DerivedChecklistItem& i : checklist.items) {
        item->reset();
        item->bind(1, newUuid())
            .bind(2, auditId)
            .bind(3, i.questionKey)
            .bind(4, i.catalogVersion)
            .bindTextOrNull(5, i.topic)
            .bind(6, i.section)
            .bind(7, i.question)
            .bind(8, i.guidance)
            .bind(9, i.evidence)
            .bind(10, QString::fromUtf8(
                          QJsonDocument(QJsonArray::fromStringList(i.methods)).toJson(QJsonDocument::Compact)))
            .bind(11, i.severity)
            .bind(12, i.applicable ? 1 : 0)
            .bindTextOrNull(13, i.notApplicableReason)
            .bind(14, i.sortOrder);
        if (!item->exec()) {
            return Status::failure(item->errorMessage());
        }
        const qint64 itemId = db.lastInsertRowId();
        for (const QString& c : i.clauses) {
            clause->reset();
            clause->bind(1, itemId).bind(2, c);
            if (!clause->exec()) {
                return Status::failure(clause->errorMessage());
            }
        }
    }
    Result<QVariant> auditUuid = db.scalar(QStringLiteral("SELECT uuid FROM audits WHERE id = ?1"), {auditId});
    if (!auditUuid || auditUuid->isNull()) {
        return Status::failure(QCoreApplication::translate("Store", "No such audit."));
    }
    if (Status s = AuditTrail::record(db, {0,
                                           {},
                                           {},
                                           auditUuid->toString(),
                                           QStringLiteral("checklist_items"),
                                           auditUuid->toString(),
                                           QStringLiteral("insert"),
                                           QStringLiteral("checklist"),
                                           {},
                                           QStringLiteral("%1 items for %2")
                                               .arg(checklist.items.size())
                                               .arg(checklist.codes.join(QLatin1Char('+')))});
        !s) {
        return s;
    }
    return tx.commit();
}

Result<DerivedChecklist> ChecklistStore::deriveForAudit(const Database& db, const QString& auditUuid)
{
    AuditRepository repo(db);
    Result<Audit> audit = repo.auditByUuid(auditUuid);
    if (!audit) {
        return Result<DerivedChecklist>::failure(audit.error());
    }
    Result<Facility> facility = repo.facility(audit->facilityId);
    if (!facility) {
        return Result<DerivedChecklist>::failure(facility.error());
    }
    Result<FacilityProfile> profile = FacilityProfile::fromJson(facility->profile);
    if (!profile) {
        return Result<DerivedChecklist>::failure(profile.error());
    }
    Result<CatalogRegistry> registry = CatalogRegistry::withStore(db);
    if (!registry) {
        return Result<DerivedChecklist>::failure(registry.error());
    }
    Result<Crosswalk> crosswalk = Crosswalk::builtIn();
    if (!crosswalk) {
        return Result<DerivedChecklist>::failure(crosswalk.error());
    }
    Result<DerivedChecklist> derived =
        ChecklistDeriver::derive(registry.value(), crosswalk.value(), audit->codes, profile.value());
    if (!derived) {
        return derived;
    }
    if (Status s = store(db, audit->id, derived.value()); !s) {
        return Result<DerivedChecklist>::failure(s.error());
    }
    return derived;
}

} // namespace fieldbook
