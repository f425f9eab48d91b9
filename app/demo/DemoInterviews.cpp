#include "app/demo/DemoInterviews.h"

#include "app/interviews/InterviewPlanStore.h"
#include "app/interviews/InterviewQuestions.h"
#include "app/interviews/InterviewRegister.h"
#include "app/interviews/InterviewStore.h"
#include "database/Database.h"

#include <QHash>
#include <cmath>
#include <random>

namespace fieldbook {

namespace {

struct DepartmentFigures
{
    double weeklyHours = 0;
    double monthlyPay = 0;
};

// What the records say per department: mean worked hours per worker-week and net pay per month.
Result<QHash<QString, DepartmentFigures>> departmentFigures(const Database& db, qint64 auditId)
{
    using R = Result<QHash<QString, DepartmentFigures>>;
    QHash<QString, DepartmentFigures> figures;
    Result<Statement> hours = db.prepare(QStringLiteral(
        "SELECT w.department, sum(((t.time_out - t.time_in + 86400) % 86400) - t.break_minutes * 60) / 3600.0 / "
        "count(DISTINCT t.worker_id || ':' || strftime('%Y-%W', t.date)) FROM time_records t JOIN workers w ON "
        "w.audit_id = t.audit_id AND w.worker_id = t.worker_id WHERE t.audit_id = ?1 GROUP BY w.department"));
    if (!hours) {
        return R::failure(hours.error());
    }
    hours->bind(1, auditId);
    while (hours->step()) {
        figures[hours->text(0)].weeklyHours = hours->real(1);
    }
    Result<Statement> pay = db.prepare(QStringLiteral(
        "SELECT w.department, sum(p.net_pay) / sum(julianday(p.period_end) - julianday(p.period_start) + 1) * 30.44 "
        "FROM payroll p JOIN workers w ON w.audit_id = p.audit_id AND w.worker_id = p.worker_id "
        "WHERE p.audit_id = ?1 GROUP BY w.department"));
    if (!pay) {
        return R::failure(pay.error());
    }
    pay->bind(1, auditId);
    while (pay->step()) {
        figures[pay->text(0)].monthlyPay = pay->real(1);
    }
    return figures;
}

Status check(const Result<QVariant>& r)
{
    return r ? Status::success() : Status::failure(r.error());
}

} // namespace

Status DemoInterviews::add(const Database& db, qint64 auditId)
{
    Result<QVariant> existing =
        db.scalar(QStringLiteral("SELECT count(*) FROM interviews WHERE audit_id = ?1"), {auditId});
    if (!existing) {
        return Status::failure(existing.error());
    }
    if (existing->toInt() > 0) {
        return Status::success();
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        return Status::failure(tx.error());
    }
    Result<InterviewPlan> plan = InterviewPlanStore(db).draw(auditId, SampleRule(), kSampleSeed);
    if (!plan) {
        return Status::failure(plan.error());
    }
    Result<QList<RegisterWorker>> workers = InterviewRegister::load(db, auditId);
    Result<QHash<QString, DepartmentFigures>> figures = departmentFigures(db, auditId);
    Result<QList<InterviewQuestion>> questions = InterviewQuestions::forAudit(db, auditId, QStringLiteral("worker"));
    Result<QList<InterviewQuestion>> managerQuestions =
        InterviewQuestions::forAudit(db, auditId, QStringLiteral("management"));
    if (!workers || !figures || !questions || !managerQuestions) {
        return Status::failure(!workers     ? workers.error()
                               : !figures   ? figures.error()
                               : !questions ? questions.error()
                                            : managerQuestions.error());
    }
    QHash<QString, RegisterWorker> byId;
    for (const RegisterWorker& w : *workers) {
        byId.insert(w.workerId, w);
    }
    const QStringList interviewers = {QStringLiteral("Hu Xiaoyan"), QStringLiteral("Mei Lin Chow"),
                                      QStringLiteral("Daniel Okafor")};
    std::mt19937 random{quint32(kSampleSeed)};
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    InterviewStore store(db);
    const auto honestAnswer = [&] {
        const double u = unit(random);
        return u < 0.55 ? QStringLiteral("yes") : u < 0.85 ? QStringLiteral("no") : QStringLiteral("unclear");
    };

    // One individual interview per individual seat of the sample (ten), in the order drawn.
    int made = 0;
    for (const PlannedWorker& planned : plan->workers) {
        if (planned.format != QLatin1String("individual") || !byId.contains(planned.workerId)) {
            continue;
        }
        const RegisterWorker& worker = byId[planned.workerId];
        Result<InterviewRecord> r =
            store.create(auditId, QStringLiteral("worker"), QStringLiteral("individual"), &worker);
        if (!r) {
            return Status::failure(r.error());
        }
        const int k = made++;
        const bool contradicts = k < 3; // far more hours than the department's records, and no day off
        const bool scripted = k >= 4 && k < 9;
        const DepartmentFigures f = figures->value(worker.department);
        double hours = std::round(f.weeklyHours + (unit(random) - 0.5) * 4);
        double restDays = 1;
        double pay = std::round(f.monthlyPay * (0.95 + 0.1 * unit(random)) / 10) * 10;
        double deductions = std::round(unit(random) * 4) * 50;
        if (contradicts) {
            hours = std::round(f.weeklyHours + 24);
            restDays = 0;
        }
        if (scripted) {
            hours = 48; // the figure a script gives: the legal regular week
            pay = 4800;
            deductions = 0;
        }
        const int startHours[] = {9, 10, 11, 14, 15};
        const QString held = QStringLiteral("2026-03-%1 %2:%3")
                                 .arg(16 + k / 5)
                                 .arg(startHours[k % 5], 2, 10, QLatin1Char('0'))
                                 .arg((k % 2) * 30, 2, 10, QLatin1Char('0'));
        for (const auto& [column, value] :
             {std::pair<const char*, QVariant>{"held_at", held},
              {"interviewer", interviewers.at(k % interviewers.size())},
              {"location", k % 4 == 3 ? QStringLiteral("off_site") : QStringLiteral("on_site")},
              {"stated_weekly_hours", hours},
              {"stated_rest_days_per_week", restDays},
              {"stated_monthly_pay", pay},
              {"stated_deductions", deductions},
              {"stated_overtime_voluntary", scripted || unit(random) < 0.6 ? 1 : 0},
              {"coaching_suspected", scripted && k % 2 == 0 ? 1 : 0}}) {
            if (Status s = check(store.setField(r->uuid, QLatin1String(column), value)); !s) {
                return s;
            }
        }
        for (const InterviewQuestion& q : *questions) {
            // Coached workers recite one script; the others answer most questions, each their own way.
            if (!scripted && unit(random) < 0.15) {
                continue;
            }
            const QString answer = scripted ? QStringLiteral("yes") : honestAnswer();
            if (Status s = check(store.setAnswer(r->uuid, q.itemId, q.questionKey, answer)); !s) {
                return s;
            }
        }
    }

    // One group interview with the first planned group: pay and hours are not asked in groups.
    for (const PlannedWorker& planned : plan->workers) {
        if (planned.format != QLatin1String("group") || !byId.contains(planned.workerId)) {
            continue;
        }
        Result<InterviewRecord> g =
            store.create(auditId, QStringLiteral("worker"), QStringLiteral("group"), &byId[planned.workerId]);
        if (!g) {
            return Status::failure(g.error());
        }
        int members = 0;
        for (const PlannedWorker& other : plan->workers) {
            members += other.format == QLatin1String("group") && other.groupNumber == planned.groupNumber ? 1 : 0;
        }
        for (const auto& [column, value] : {std::pair<const char*, QVariant>{"participants", std::max(2, members)},
                                            {"held_at", QStringLiteral("2026-03-17 15:00")},
                                            {"interviewer", interviewers.at(0)}}) {
            if (Status s = check(store.setField(g->uuid, QLatin1String(column), value)); !s) {
                return s;
            }
        }
        for (const InterviewQuestion& q : *questions) {
            if (!q.payOrHours && unit(random) < 0.7) {
                if (Status s = check(store.setAnswer(g->uuid, q.itemId, q.questionKey, honestAnswer())); !s) {
                    return s;
                }
            }
        }
        break;
    }

    // Management: HR and production.
    int manager = 0;
    for (const char* role : {"hr", "production"}) {
        Result<InterviewRecord> m = store.create(auditId, QStringLiteral("management"));
        if (!m) {
            return Status::failure(m.error());
        }
        for (const auto& [column, value] :
             {std::pair<const char*, QVariant>{"interviewee_role", QLatin1String(role)},
              {"department", manager == 0 ? QStringLiteral("Human resources") : QStringLiteral("Sewing 1")},
              {"held_at", manager == 0 ? QStringLiteral("2026-03-16 14:00") : QStringLiteral("2026-03-17 11:00")},
              {"interviewer", interviewers.at(1)}}) {
            if (Status s = check(store.setField(m->uuid, QLatin1String(column), value)); !s) {
                return s;
            }
        }
        for (const InterviewQuestion& q : *managerQuestions) {
            if (unit(random) < 0.6) {
                if (Status s =
                        check(store.setAnswer(m->uuid, q.itemId, q.questionKey,
                                              unit(random) < 0.8 ? QStringLiteral("yes") : QStringLiteral("no")));
                    !s) {
                    return s;
                }
            }
        }
        ++manager;
    }
    return tx.commit();
}

} // namespace fieldbook
