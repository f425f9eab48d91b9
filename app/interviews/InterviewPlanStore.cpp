#include "app/interviews/InterviewPlanStore.h"

#include "app/interviews/InterviewRegister.h"
#include "app/interviews/InterviewVocabulary.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace fieldbook {

namespace {
// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// named Tr::tr() would file these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InterviewPlanStore)
};

Status trail(const Database& db, const QString& auditUuid, const QString& entity, const QString& uuid,
             const QString& action, const QString& field, const QVariant& oldValue, const QVariant& newValue)
{
    AuditTrailEntry e;
    e.auditUuid = auditUuid;
    e.entity = entity;
    e.entityUuid = uuid;
    e.action = action;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    return AuditTrail::record(db, e);
}

QJsonObject strataJson(const SampleProposal& p)
{
    QJsonArray strata;
    for (const SampleStratum& s : p.strata) {
        strata.append(QJsonObject{{QStringLiteral("key"), s.key},
                                  {QStringLiteral("department"), s.department},
                                  {QStringLiteral("gender"), s.gender},
                                  {QStringLiteral("shift"), s.shift},
                                  {QStringLiteral("workers"), s.workers},
                                  {QStringLiteral("quota"), std::round(s.quota * 100) / 100},
                                  {QStringLiteral("planned"), s.planned}});
    }
    return {{QStringLiteral("strata"), strata}, {QStringLiteral("uncovered"), QJsonArray::fromStringList(p.uncovered)}};
}

Result<QString> auditUuidOf(const Database& db, qint64 auditId)
{
    Result<QVariant> uuid = db.scalar(QStringLiteral("SELECT uuid FROM audits WHERE id = ?1"), {auditId});
    if (!uuid) {
        return Result<QString>::failure(uuid.error());
    }
    if (!uuid->isValid()) {
        return Result<QString>::failure(Tr::tr("No audit with id %1").arg(auditId));
    }
    return uuid->toString();
}
} // namespace

int InterviewPlan::selectedCount() const
{
    return int(std::count_if(workers.cbegin(), workers.cend(),
                             [](const PlannedWorker& w) { return w.status == QLatin1String("selected"); }));
}

int InterviewPlan::individualCount() const
{
    return int(std::count_if(workers.cbegin(), workers.cend(), [](const PlannedWorker& w) {
        return w.status == QLatin1String("selected") && w.format == QLatin1String("individual");
    }));
}

int InterviewPlan::groupCount() const
{
    QSet<int> groups;
    for (const PlannedWorker& w : workers) {
        if (w.status == QLatin1String("selected") && w.format == QLatin1String("group")) {
            groups.insert(w.groupNumber);
        }
    }
    return int(groups.size());
}

QSet<QString> InterviewPlan::excludedIds() const
{
    QSet<QString> ids;
    for (const PlannedWorker& w : workers) {
        if (w.status == QLatin1String("excluded")) {
            ids.insert(w.workerId);
        }
    }
    return ids;
}

SampleProposal InterviewPlan::asProposal() const
{
    SampleProposal p;
    p.workforce = workforce;
    p.size = sampleSize;
    p.strata = strata;
    p.uncovered = uncovered;
    for (const PlannedWorker& w : workers) {
        if (w.status == QLatin1String("selected")) {
            p.workers.append({w.workerId, w.stratum, w.reason, w.format, w.groupNumber});
        }
    }
    p.individual = individualCount();
    p.groups = groupCount();
    return p;
}

quint64 InterviewPlanStore::newSeed()
{
    // Small enough to read out and type in again.
    return QRandomGenerator::global()->bounded(1, 1000000);
}

Result<std::optional<InterviewPlan>> InterviewPlanStore::current(qint64 auditId) const
{
    using R = Result<std::optional<InterviewPlan>>;
    Result<Statement> plan = m_db.prepare(
        QStringLiteral("SELECT id, uuid, seed, rule_json, workforce, sample_size, strata_json, drawn_at, "
                       "coalesce(drawn_by, '') FROM interview_plans WHERE audit_id = ?1 ORDER BY drawn_at DESC, "
                       "id DESC LIMIT 1"));
    if (!plan) {
        return R::failure(Tr::tr("Could not read the interview plan: %1").arg(plan.error()));
    }
    plan->bind(1, auditId);
    if (!plan->step()) {
        if (plan->hasError()) {
            return R::failure(Tr::tr("Could not read the interview plan: %1").arg(plan->errorMessage()));
        }
        return std::optional<InterviewPlan>();
    }
    InterviewPlan p;
    p.id = plan->int64(0);
    p.uuid = plan->text(1);
    p.seed = quint64(plan->int64(2));
    Result<SampleRule> rule = SampleRule::fromJson(QJsonDocument::fromJson(plan->text(3).toUtf8()).object());
    if (!rule) {
        return R::failure(Tr::tr("interview_plans %1, rule_json: %2").arg(p.uuid, rule.error()));
    }
    p.rule = *rule;
    p.workforce = plan->integer(4);
    p.sampleSize = plan->integer(5);
    const QJsonObject strata = QJsonDocument::fromJson(plan->text(6).toUtf8()).object();
    for (const QJsonValue& v : strata.value(QStringLiteral("strata")).toArray()) {
        const QJsonObject o = v.toObject();
        p.strata.append({o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("department")).toString(),
                         o.value(QStringLiteral("gender")).toString(), o.value(QStringLiteral("shift")).toString(),
                         o.value(QStringLiteral("workers")).toInt(), o.value(QStringLiteral("quota")).toDouble(),
                         o.value(QStringLiteral("planned")).toInt()});
    }
    for (const QJsonValue& v : strata.value(QStringLiteral("uncovered")).toArray()) {
        p.uncovered.append(v.toString());
    }
    p.drawnAt = plan->text(7);
    p.drawnBy = plan->text(8);

    Result<Statement> rows = m_db.prepare(
        QStringLiteral("SELECT uuid, worker_id, stratum, reason, format, coalesce(group_number, 0), status, "
                       "coalesce(exclusion_reason, '') FROM interview_plan_workers WHERE plan_id = ?1 "
                       "ORDER BY status = 'excluded', format = 'group', group_number, sort_order"));
    if (!rows) {
        return R::failure(Tr::tr("Could not read the interview plan: %1").arg(rows.error()));
    }
    rows->bind(1, p.id);
    while (rows->step()) {
        PlannedWorker w;
        w.uuid = rows->text(0);
        w.workerId = rows->text(1);
        w.stratum = rows->text(2);
        w.reason = rows->text(3);
        w.format = rows->text(4);
        w.groupNumber = rows->integer(5);
        w.status = rows->text(6);
        w.exclusionReason = rows->text(7);
        p.workers.append(w);
    }
    if (rows->hasError()) {
        return R::failure(Tr::tr("Could not read the interview plan: %1").arg(rows->errorMessage()));
    }
    return std::optional<InterviewPlan>(p);
}

Status InterviewPlanStore::insertWorker(qint64 planId, const QString& auditUuid, const SampledWorker& worker,
                                        int sortOrder)
{
    Result<Statement> ins = m_db.prepare(QStringLiteral(
        "INSERT INTO interview_plan_workers (uuid, plan_id, worker_id, stratum, reason, format, group_number, "
        "status, sort_order, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'selected', ?8, ?9)"));
    if (!ins) {
        return Status::failure(ins.error());
    }
    const QString uuid = newUuid();
    ins->bind(1, uuid)
        .bind(2, planId)
        .bind(3, worker.workerId)
        .bind(4, worker.stratum)
        .bind(5, worker.reason)
        .bind(6, worker.format)
        .bindVariant(7, worker.groupNumber > 0 ? QVariant(worker.groupNumber) : QVariant())
        .bind(8, sortOrder)
        .bind(9, nowUtc());
    if (!ins->exec()) {
        return Status::failure(
            Tr::tr("Could not add worker %1 to the interview plan: %2").arg(worker.workerId, ins->errorMessage()));
    }
    return trail(m_db, auditUuid, QStringLiteral("interview_plan_workers"), uuid, QStringLiteral("insert"),
                 QStringLiteral("worker_id"), QVariant(), worker.workerId);
}

Result<InterviewPlan> InterviewPlanStore::draw(qint64 auditId, const SampleRule& rule, quint64 seed)
{
    using R = Result<InterviewPlan>;
    if (Status valid = rule.validate(); !valid) {
        return R::failure(valid.error());
    }
    Result<QString> auditUuid = auditUuidOf(m_db, auditId);
    if (!auditUuid) {
        return R::failure(auditUuid.error());
    }
    Result<QList<RegisterWorker>> workers = InterviewRegister::load(m_db, auditId);
    if (!workers) {
        return R::failure(workers.error());
    }
    if (workers->isEmpty()) {
        return R::failure(Tr::tr("The register of this audit is empty: import workers.csv before drawing the sample."));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return R::failure(tx.error());
    }
    Result<std::optional<InterviewPlan>> existing = current(auditId);
    if (!existing) {
        return R::failure(existing.error());
    }
    const QSet<QString> excluded = *existing ? (*existing)->excludedIds() : QSet<QString>();
    const SampleProposal proposal = InterviewSampler(*workers, rule, seed).propose(excluded);
    const QString now = nowUtc();
    const QString rules = QString::fromUtf8(QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact));
    const QString strata = QString::fromUtf8(QJsonDocument(strataJson(proposal)).toJson(QJsonDocument::Compact));
    qint64 planId = 0;
    QString planUuid;
    if (*existing) {
        planId = (*existing)->id;
        planUuid = (*existing)->uuid;
        Result<Statement> update = m_db.prepare(
            QStringLiteral("UPDATE interview_plans SET seed = ?1, rule_json = ?2, workforce = ?3, sample_size = ?4, "
                           "strata_json = ?5, drawn_at = ?6, drawn_by = ?7, updated_at = ?6 WHERE id = ?8"));
        if (!update) {
            return R::failure(update.error());
        }
        update->bind(1, qint64(seed))
            .bind(2, rules)
            .bind(3, proposal.workforce)
            .bind(4, proposal.size)
            .bind(5, strata)
            .bind(6, now)
            .bindTextOrNull(7, m_db.actor())
            .bind(8, planId);
        if (!update->exec()) {
            return R::failure(update->errorMessage());
        }
        for (const PlannedWorker& w : (*existing)->workers) {
            if (w.status != QLatin1String("selected")) {
                continue;
            }
            if (Status s = trail(m_db, *auditUuid, QStringLiteral("interview_plan_workers"), w.uuid,
                                 QStringLiteral("delete"), QStringLiteral("worker_id"), w.workerId, QVariant());
                !s) {
                return R::failure(s.error());
            }
        }
        if (Status s = m_db.exec(QStringLiteral("DELETE FROM interview_plan_workers WHERE plan_id = %1 AND status = "
                                                "'selected'")
                                     .arg(planId));
            !s) {
            return R::failure(s.error());
        }
        const QString oldRule =
            QString::fromUtf8(QJsonDocument((*existing)->rule.toJson()).toJson(QJsonDocument::Compact));
        for (const auto& [field, before, after] :
             {std::tuple<QString, QVariant, QVariant>{QStringLiteral("seed"), qint64((*existing)->seed), qint64(seed)},
              {QStringLiteral("rule_json"), oldRule, rules}}) {
            if (before == after) {
                continue;
            }
            if (Status s = trail(m_db, *auditUuid, QStringLiteral("interview_plans"), planUuid,
                                 QStringLiteral("update"), field, before, after);
                !s) {
                return R::failure(s.error());
            }
        }
    } else {
        planUuid = newUuid();
        Result<Statement> insert = m_db.prepare(QStringLiteral(
            "INSERT INTO interview_plans (uuid, audit_id, seed, rule_json, workforce, sample_size, strata_json, "
            "drawn_at, drawn_by, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?8, ?8)"));
        if (!insert) {
            return R::failure(insert.error());
        }
        insert->bind(1, planUuid)
            .bind(2, auditId)
            .bind(3, qint64(seed))
            .bind(4, rules)
            .bind(5, proposal.workforce)
            .bind(6, proposal.size)
            .bind(7, strata)
            .bind(8, now)
            .bindTextOrNull(9, m_db.actor());
        if (!insert->exec()) {
            return R::failure(insert->errorMessage());
        }
        planId = m_db.lastInsertRowId();
        if (Status s = trail(m_db, *auditUuid, QStringLiteral("interview_plans"), planUuid, QStringLiteral("insert"),
                             QStringLiteral("seed"), QVariant(), qint64(seed));
            !s) {
            return R::failure(s.error());
        }
    }
    int order = 0;
    for (const SampledWorker& w : proposal.workers) {
        if (Status s = insertWorker(planId, *auditUuid, w, order++); !s) {
            return R::failure(s.error());
        }
    }
    if (Status s = tx.commit(); !s) {
        return R::failure(s.error());
    }
    Result<std::optional<InterviewPlan>> drawn = current(auditId);
    if (!drawn || !*drawn) {
        return R::failure(drawn ? Tr::tr("The interview plan vanished after drawing it") : drawn.error());
    }
    return **drawn;
}

Result<InterviewPlan> InterviewPlanStore::exclude(qint64 auditId, const QString& workerId, const QString& reason)
{
    using R = Result<InterviewPlan>;
    if (!InterviewVocabulary::exclusionReasons().contains(reason)) {
        return R::failure(Tr::tr("Unknown reason \"%1\" for leaving a worker out (expected one of: %2)")
                              .arg(reason, InterviewVocabulary::exclusionReasons().join(QStringLiteral(", "))));
    }
    Result<QString> auditUuid = auditUuidOf(m_db, auditId);
    if (!auditUuid) {
        return R::failure(auditUuid.error());
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return R::failure(tx.error());
    }
    Result<std::optional<InterviewPlan>> plan = current(auditId);
    if (!plan) {
        return R::failure(plan.error());
    }
    if (!*plan) {
        return R::failure(Tr::tr("This audit has no interview plan yet: draw the sample first."));
    }
    const InterviewPlan& p = **plan;
    const auto leaving = std::find_if(p.workers.cbegin(), p.workers.cend(), [&](const PlannedWorker& w) {
        return w.workerId == workerId && w.status == QLatin1String("selected");
    });
    if (leaving == p.workers.cend()) {
        return R::failure(Tr::tr("Worker %1 is not in the interview plan").arg(workerId));
    }
    Result<Statement> update = m_db.prepare(QStringLiteral("UPDATE interview_plan_workers SET status = 'excluded', "
                                                           "exclusion_reason = ?1, updated_at = ?2 WHERE uuid = ?3"));
    if (!update) {
        return R::failure(update.error());
    }
    update->bind(1, reason).bind(2, nowUtc()).bind(3, leaving->uuid);
    if (!update->exec()) {
        return R::failure(update->errorMessage());
    }
    if (Status s =
            trail(m_db, *auditUuid, QStringLiteral("interview_plan_workers"), leaving->uuid, QStringLiteral("update"),
                  QStringLiteral("status"), QStringLiteral("selected"), QStringLiteral("excluded"));
        !s) {
        return R::failure(s.error());
    }
    if (Status s = trail(m_db, *auditUuid, QStringLiteral("interview_plan_workers"), leaving->uuid,
                         QStringLiteral("update"), QStringLiteral("exclusion_reason"), QVariant(), reason);
        !s) {
        return R::failure(s.error());
    }
    Result<QList<RegisterWorker>> workers = InterviewRegister::load(m_db, auditId);
    if (!workers) {
        return R::failure(workers.error());
    }
    QSet<QString> excluded = p.excludedIds();
    excluded.insert(workerId);
    const std::optional<SampledWorker> replacement =
        InterviewSampler(*workers, p.rule, p.seed).replacementFor(p.asProposal(), workerId, excluded);
    if (replacement) {
        Result<QVariant> last = m_db.scalar(
            QStringLiteral("SELECT coalesce(max(sort_order), 0) FROM interview_plan_workers WHERE plan_id = ?1"),
            {p.id});
        if (!last) {
            return R::failure(last.error());
        }
        if (Status s = insertWorker(p.id, *auditUuid, *replacement, last->toInt() + 1); !s) {
            return R::failure(s.error());
        }
    }
    if (Status s = tx.commit(); !s) {
        return R::failure(s.error());
    }
    Result<std::optional<InterviewPlan>> after = current(auditId);
    if (!after || !*after) {
        return R::failure(after ? Tr::tr("The interview plan vanished") : after.error());
    }
    return **after;
}

} // namespace fieldbook
