#include "app/cli/InterviewsCommand.h"
#include "app/cli/CommandLine.h"
#include "app/interviews/InterviewPlanStore.h"
#include "app/interviews/InterviewRegister.h"
#include "app/interviews/InterviewStore.h"
#include "app/interviews/InterviewVocabulary.h"
#include "database/AuditRepository.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fieldbook {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

QJsonValue number(double v)
{
    return v < 0 ? QJsonValue() : QJsonValue(v);
}

QJsonValue flag(int v)
{
    return v < 0 ? QJsonValue() : QJsonValue(v == 1);
}

QJsonValue text(const QString& v)
{
    return v.isEmpty() ? QJsonValue() : QJsonValue(v);
}

QJsonObject interviewJson(const InterviewRecord& r, const QList<InterviewAnswer>& answers)
{
    QJsonObject given;
    for (const InterviewAnswer& a : answers) {
        if (!a.answer.isEmpty()) {
            given.insert(a.questionKey, a.answer);
        }
    }
    return {{QStringLiteral("pseudonym"), r.pseudonym},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("format"), r.format},
            {QStringLiteral("location"), r.location},
            {QStringLiteral("participants"), r.participants},
            {QStringLiteral("held_at"), text(r.heldAt)},
            {QStringLiteral("department"), text(r.department)},
            {QStringLiteral("gender"), text(r.gender)},
            {QStringLiteral("age_band"), text(r.ageBand)},
            {QStringLiteral("tenure_band"), text(r.tenureBand)},
            {QStringLiteral("shift"), text(r.shift)},
            {QStringLiteral("migrant"), flag(r.migrant)},
            {QStringLiteral("agency"), flag(r.agency)},
            {QStringLiteral("interviewee_role"), text(r.intervieweeRole)},
            {QStringLiteral("stated_weekly_hours"), number(r.statedWeeklyHours)},
            {QStringLiteral("stated_rest_days_per_week"), number(r.statedRestDaysPerWeek)},
            {QStringLiteral("stated_monthly_pay"), number(r.statedMonthlyPay)},
            {QStringLiteral("stated_deductions"), number(r.statedDeductions)},
            {QStringLiteral("stated_overtime_voluntary"), flag(r.overtimeVoluntary)},
            {QStringLiteral("coaching_suspected"), flag(r.coachingSuspected)},
            {QStringLiteral("answers"), given}};
}

QJsonObject sampleJson(const InterviewPlan& plan, bool stored)
{
    QJsonArray strata;
    for (const SampleStratum& s : plan.strata) {
        strata.append(QJsonObject{{QStringLiteral("stratum"), s.key},
                                  {QStringLiteral("workers"), s.workers},
                                  {QStringLiteral("quota"), std::round(s.quota * 100) / 100},
                                  {QStringLiteral("planned"), s.planned}});
    }
    QJsonArray workers;
    for (const PlannedWorker& w : plan.workers) {
        QJsonObject o{{QStringLiteral("worker_id"), w.workerId},
                      {QStringLiteral("stratum"), w.stratum},
                      {QStringLiteral("reason"), w.reason},
                      {QStringLiteral("format"), w.format},
                      {QStringLiteral("status"), w.status}};
        if (w.groupNumber > 0) {
            o.insert(QStringLiteral("group"), w.groupNumber);
        }
        if (!w.exclusionReason.isEmpty()) {
            o.insert(QStringLiteral("exclusion_reason"), w.exclusionReason);
        }
        workers.append(o);
    }
    return {{QStringLiteral("stored"), stored},
            {QStringLiteral("seed"), qint64(plan.seed)},
            {QStringLiteral("rule"), plan.rule.toJson()},
            {QStringLiteral("explanation"), plan.rule.explanation(plan.workforce)},
            {QStringLiteral("workforce"), plan.workforce},
            {QStringLiteral("size"), plan.sampleSize},
            {QStringLiteral("selected"), plan.selectedCount()},
            {QStringLiteral("individual"), plan.individualCount()},
            {QStringLiteral("groups"), plan.groupCount()},
            {QStringLiteral("uncovered"), QJsonArray::fromStringList(plan.uncovered)},
            {QStringLiteral("strata"), strata},
            {QStringLiteral("workers"), workers}};
}

// A proposal that is not stored, shaped like a plan so both print the same way.
InterviewPlan planOf(const SampleProposal& p, const SampleRule& rule, quint64 seed)
{
    InterviewPlan plan;
    plan.seed = seed;
    plan.rule = rule;
    plan.workforce = p.workforce;
    plan.sampleSize = p.size;
    plan.strata = p.strata;
    plan.uncovered = p.uncovered;
    for (const SampledWorker& w : p.workers) {
        PlannedWorker pw;
        pw.workerId = w.workerId;
        pw.stratum = w.stratum;
        pw.reason = w.reason;
        pw.format = w.format;
        pw.groupNumber = w.groupNumber;
        plan.workers.append(pw);
    }
    return plan;
}

QString orDash(const QString& v)
{
    return v.isEmpty() ? QStringLiteral("-") : v;
}

QString numberText(double v)
{
    return v < 0 ? QStringLiteral("-") : QString::number(v);
}
} // namespace

QString InterviewsCommand::summary() const
{
    return tr("list an audit's interviews (structured answers only) and its interview sample");
}

int InterviewsCommand::run(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption audit(QStringLiteral("audit"), tr("the audit (uuid, see `audits`)"),
                                   QStringLiteral("UUID"));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    tr("also show the interview sample: the stored plan, or a proposal drawn from "
                                       "the register when none is stored"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("draw a fresh proposal with this seed (implies --sample; not stored without "
                                     "--save)"),
                                  QStringLiteral("N"));
    const QCommandLineOption save(QStringLiteral("save"),
                                  tr("store the proposal as the audit's interview plan (workers excluded earlier "
                                     "stay excluded)"));
    const QCommandLineOption format(QStringLiteral("format"), tr("text or json"), QStringLiteral("F"),
                                    QStringLiteral("text"));
    parser.addOptions({audit, sample, seed, save, format});
    if (auto exit = parseCommandLine(parser, context, name(), summary())) {
        return *exit;
    }
    if (!parser.isSet(audit)) {
        context.err << tr("interviews needs --audit UUID") << Qt::endl;
        return ExitUsage;
    }
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json")) {
        context.err << tr("--format must be text or json, not \"%1\"").arg(formatName) << Qt::endl;
        return ExitUsage;
    }
    bool seedOk = true;
    const qlonglong seedValue = parser.isSet(seed) ? parser.value(seed).toLongLong(&seedOk) : 0;
    if (!seedOk || seedValue < 0) {
        context.err << tr("--seed must be a whole number, 0 or more, not \"%1\"").arg(parser.value(seed)) << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(save) && !parser.isSet(seed)) {
        context.err << tr("--save stores a fresh proposal: give its --seed") << Qt::endl;
        return ExitUsage;
    }
    Result<Database> db = Database::open(context.storePath, parser.isSet(save) ? Database::OpenMode::ReadWrite
                                                                               : Database::OpenMode::ReadOnly);
    if (!db) {
        context.err << db.error() << Qt::endl;
        return ExitStoreError;
    }
    db->setActor(QStringLiteral("fieldbook-cli interviews"));
    Result<Audit> found = AuditRepository(db.value()).auditByUuid(parser.value(audit));
    if (!found) {
        context.err << found.error() << Qt::endl;
        return ExitInvalidInput;
    }
    const qint64 auditId = found->id;
    InterviewStore store(db.value());
    QJsonArray interviews;
    QList<QPair<InterviewRecord, QList<InterviewAnswer>>> rows;
    for (const char* kind : {"worker", "management"}) {
        Result<QList<InterviewRecord>> list = store.list(auditId, QLatin1String(kind));
        if (!list) {
            context.err << list.error() << Qt::endl;
            return ExitStoreError;
        }
        for (const InterviewRecord& r : *list) {
            Result<QList<InterviewAnswer>> answers = store.answers(r.uuid);
            if (!answers) {
                context.err << answers.error() << Qt::endl;
                return ExitStoreError;
            }
            interviews.append(interviewJson(r, *answers));
            rows.append({r, *answers});
        }
    }

    std::optional<InterviewPlan> plan;
    bool stored = false;
    if (parser.isSet(sample) || parser.isSet(seed)) {
        Result<std::optional<InterviewPlan>> current = InterviewPlanStore(db.value()).current(auditId);
        if (!current) {
            context.err << current.error() << Qt::endl;
            return ExitStoreError;
        }
        if (parser.isSet(save)) {
            const SampleRule rule = *current ? (*current)->rule : SampleRule();
            Result<InterviewPlan> drawn = InterviewPlanStore(db.value()).draw(auditId, rule, quint64(seedValue));
            if (!drawn) {
                context.err << drawn.error() << Qt::endl;
                return ExitInvalidInput;
            }
            plan = *drawn;
            stored = true;
        } else if (*current && !parser.isSet(seed)) {
            plan = **current;
            stored = true;
        } else {
            Result<QList<RegisterWorker>> workers = InterviewRegister::load(db.value(), auditId);
            if (!workers) {
                context.err << workers.error() << Qt::endl;
                return ExitStoreError;
            }
            const SampleRule rule = *current ? (*current)->rule : SampleRule();
            const quint64 seedUsed = parser.isSet(seed) ? quint64(seedValue) : 1;
            const QSet<QString> excluded = *current ? (*current)->excludedIds() : QSet<QString>();
            plan = planOf(InterviewSampler(*workers, rule, seedUsed).propose(excluded), rule, seedUsed);
        }
    }

    if (formatName == QLatin1String("json")) {
        QJsonObject root{{QStringLiteral("format_version"), 1},
                         {QStringLiteral("audit"), found->uuid},
                         {QStringLiteral("interviews"), interviews}};
        if (plan) {
            root.insert(QStringLiteral("sample"), sampleJson(*plan, stored));
        }
        context.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    context.out << tr("%1 interviews in audit %2").arg(rows.size()).arg(found->uuid) << Qt::endl;
    for (const auto& [r, answers] : rows) {
        int given = 0;
        for (const InterviewAnswer& a : answers) {
            given += a.answer.isEmpty() ? 0 : 1;
        }
        context.out << tr("%1  %2 %3, %4 person(s), %5  department %6  hours/week %7  days off %8  pay %9  "
                          "answers %10")
                           .arg(r.pseudonym, -5)
                           .arg(r.kind, InterviewVocabulary::formatText(r.format))
                           .arg(r.participants)
                           .arg(InterviewVocabulary::locationText(r.location), orDash(r.department))
                           .arg(numberText(r.statedWeeklyHours), numberText(r.statedRestDaysPerWeek),
                                numberText(r.statedMonthlyPay))
                           .arg(given)
                    << Qt::endl;
    }
    if (plan) {
        context.out << Qt::endl
                    << (stored ? tr("Interview sample (stored plan, seed %1):").arg(plan->seed)
                               : tr("Interview sample (proposal, not stored, seed %1):").arg(plan->seed))
                    << Qt::endl
                    << plan->rule.explanation(plan->workforce) << Qt::endl;
        for (const QString& u : plan->uncovered) {
            context.out << tr("  not represented (no one left to draw): %1").arg(u) << Qt::endl;
        }
        context.out << tr("Strata (department · gender · shift): workers, proportional share, drawn") << Qt::endl;
        for (const SampleStratum& s : plan->strata) {
            context.out << QStringLiteral("  %1 %2 %3 %4")
                               .arg(s.key, -40)
                               .arg(s.workers, 5)
                               .arg(s.quota, 6, 'f', 2)
                               .arg(s.planned, 3)
                        << Qt::endl;
        }
        context.out << tr("Workers (employee number, format, why):") << Qt::endl;
        for (const PlannedWorker& w : plan->workers) {
            const QString how = w.format == QLatin1String("group") ? tr("group %1").arg(w.groupNumber)
                                                                   : InterviewVocabulary::formatText(w.format);
            context.out
                << QStringLiteral("  %1 %2 %3 %4")
                       .arg(w.workerId, -12)
                       .arg(how, -12)
                       .arg(w.stratum, -32)
                       .arg(w.status == QLatin1String("excluded")
                                ? tr("excluded: %1").arg(InterviewVocabulary::exclusionReasonText(w.exclusionReason))
                                : InterviewVocabulary::reasonText(w.reason))
                << Qt::endl;
        }
    }
    return ExitOk;
}

} // namespace fieldbook
