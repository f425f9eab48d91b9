#include "app/analysis/InterviewLoader.h"
#include "app/core/PersonalDataProtector.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QHash>

namespace fieldbook {

namespace {
std::optional<QString> opened(const Statement& row, int column, const PersonalDataProtector* protector)
{
    if (!protector || !protector->isUnlocked() || row.isNull(column)) {
        return std::nullopt;
    }
    return protector->open(row.blob(column));
}

double numberOrUnknown(const Statement& row, int column)
{
    return row.isNull(column) ? -1.0 : row.real(column);
}
} // namespace

Status InterviewLoader::load(const Database& db, const QString& auditUuid, RecordSet& records,
                             const PersonalDataProtector* protector)
{
    const QString failed = QCoreApplication::translate("InterviewLoader", "Could not read the interviews: %1");
    Result<Statement> select = db.prepare(QStringLiteral(
        "SELECT v.id, v.pseudonym, v.worker_ref, v.department, v.stated_weekly_hours, v.stated_rest_days_per_week, "
        "v.stated_monthly_pay, v.stated_deductions, v.notes, coalesce(v.stated_overtime_voluntary, -1), "
        "coalesce(v.coaching_suspected, 0) FROM interviews v JOIN audits a ON a.id = v.audit_id "
        "WHERE a.uuid = ?1 AND v.kind = 'worker' ORDER BY v.pseudonym"));
    if (!select) {
        return Status::failure(failed.arg(select.error()));
    }
    select->bind(1, auditUuid);
    QHash<qint64, size_t> byId;
    std::vector<InterviewStatement> loaded;
    while (select->step()) {
        InterviewStatement s;
        s.pseudonym = select->text(1);
        if (const auto worker = opened(*select, 2, protector); worker && !worker->isEmpty()) {
            const auto it = records.workerIndex.constFind(*worker);
            s.worker = it == records.workerIndex.constEnd() ? -1 : it.value();
        }
        s.department = select->text(3);
        s.statedWeeklyHours = numberOrUnknown(*select, 4);
        s.statedRestDaysPerWeek = numberOrUnknown(*select, 5);
        s.statedMonthlyPay = numberOrUnknown(*select, 6);
        s.statedDeductions = numberOrUnknown(*select, 7);
        s.statedOvertimeVoluntary = select->integer(9);
        s.coachingSuspected = select->integer(10) == 1;
        if (const auto notes = opened(*select, 8, protector); notes && !notes->trimmed().isEmpty()) {
            s.freeTexts.append(*notes);
        }
        byId.insert(select->int64(0), loaded.size());
        loaded.push_back(std::move(s));
    }
    if (select->hasError()) {
        return Status::failure(failed.arg(select->errorMessage()));
    }
    Result<Statement> answers = db.prepare(
        QStringLiteral("SELECT x.interview_id, x.question_key, x.answer, x.free_text FROM interview_answers x "
                       "JOIN interviews v ON v.id = x.interview_id JOIN audits a ON a.id = v.audit_id "
                       "WHERE a.uuid = ?1 AND v.kind = 'worker' ORDER BY x.interview_id, x.question_key"));
    if (!answers) {
        return Status::failure(failed.arg(answers.error()));
    }
    answers->bind(1, auditUuid);
    while (answers->step()) {
        const auto it = byId.constFind(answers->int64(0));
        if (it == byId.constEnd()) {
            continue;
        }
        InterviewStatement& s = loaded[it.value()];
        if (!answers->isNull(2)) {
            s.answers.insert(answers->text(1), answers->text(2));
        }
        if (const auto text = opened(*answers, 3, protector); text && !text->trimmed().isEmpty()) {
            s.freeTexts.append(*text);
        }
    }
    if (answers->hasError()) {
        return Status::failure(failed.arg(answers->errorMessage()));
    }
    records.interviews = std::move(loaded);
    return Status::success();
}

} // namespace fieldbook
