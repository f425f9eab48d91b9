#include "app/fieldwork/PhaseProgressCalculator.h"

#include "app/fieldwork/MeetingAgenda.h"
#include "app/interviews/InterviewRegister.h"
#include "app/interviews/SampleRule.h"
#include "database/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace fieldbook {

qint64 PhaseProgressCalculator::count(const QString& sql) const
{
    Result<QVariant> v = m_db.scalar(sql, {m_auditId});
    return v ? v->toLongLong() : 0;
}

int PhaseProgressCalculator::workerInterviewTarget(int headcount)
{
    return std::max(1, SampleRule().sampleSize(headcount));
}

PhaseProgress PhaseProgressCalculator::checklistProgress(const QString& method) const
{
    const QString filter = method.isEmpty()
                               ? QString()
                               : QStringLiteral(" AND i.methods_json LIKE '%\"") + method + QStringLiteral("\"%'");
    PhaseProgress p;
    p.total = int(count(
        QStringLiteral("SELECT count(*) FROM checklist_items i WHERE i.audit_id = ?1 AND i.applicable = 1") + filter));
    p.done = int(
        count(QStringLiteral("SELECT count(*) FROM checklist_items i JOIN checklist_responses r ON r.item_id = i.id "
                             "WHERE i.audit_id = ?1 AND i.applicable = 1 AND r.answer IS NOT NULL") +
              filter));
    return p;
}

PhaseProgress PhaseProgressCalculator::planProgress() const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "SELECT (a.scope IS NOT NULL AND a.scope <> '') + (a.start_date IS NOT NULL AND a.start_date <> '') + "
        "(a.end_date IS NOT NULL AND a.end_date <> '') + (a.paid_by IS NOT NULL) + (a.announcement IS NOT NULL) + "
        "(a.codes_json <> '[]') + (coalesce(f.headcount, 0) > 0) + "
        "((SELECT count(*) FROM audit_team t WHERE t.audit_id = a.id) > 0) "
        "FROM audits a JOIN facilities f ON f.id = a.facility_id WHERE a.id = ?1"));
    PhaseProgress p;
    p.total = 8;
    if (stmt) {
        stmt->bind(1, m_auditId);
        if (stmt->step()) {
            p.done = stmt->integer(0);
        }
    }
    return p;
}

PhaseProgress PhaseProgressCalculator::meetingProgress(AuditPhase phase) const
{
    const QList<AgendaItem> agenda = meetingAgenda(phase);
    PhaseProgress p;
    p.total = int(agenda.size());
    Result<Statement> stmt =
        m_db.prepare(QStringLiteral("SELECT agenda_json FROM phase_notes WHERE audit_id = ?1 AND phase = ?2"));
    if (stmt) {
        stmt->bind(1, m_auditId).bind(2, auditPhaseId(phase));
        if (stmt->step()) {
            const QJsonObject done = QJsonDocument::fromJson(stmt->text(0).toUtf8()).object();
            for (const AgendaItem& item : agenda) {
                p.done += done.value(item.id).toBool() ? 1 : 0;
            }
        }
    }
    return p;
}

PhaseProgress PhaseProgressCalculator::progress(AuditPhase phase) const
{
    PhaseProgress p;
    switch (phase) {
    case AuditPhase::Plan:
        return planProgress();
    case AuditPhase::OpeningMeeting:
    case AuditPhase::ClosingMeeting:
        return meetingProgress(phase);
    case AuditPhase::SiteTour:
        return checklistProgress(QStringLiteral("observation"));
    case AuditPhase::DocumentReview:
        return checklistProgress(QStringLiteral("document_review"));
    case AuditPhase::WorkerInterviews: {
        // Planned: the drawn sample's size; before a draw, the rule on the register (or the
        // declared headcount when no register is imported yet).
        const qint64 planned = count(QStringLiteral(
            "SELECT coalesce((SELECT sample_size FROM interview_plans WHERE audit_id = ?1 ORDER BY drawn_at DESC, "
            "id DESC LIMIT 1), 0)"));
        const Result<int> active = InterviewRegister::count(m_db, m_auditId);
        const qint64 registered = active ? *active : 0;
        const qint64 headcount = InterviewRegister::declaredHeadcount(m_db, m_auditId);
        p.total = planned > 0 ? int(planned) : workerInterviewTarget(int(registered > 0 ? registered : headcount));
        p.done =
            int(std::min<qint64>(p.total, count(QStringLiteral("SELECT coalesce(sum(participants), 0) FROM interviews "
                                                               "WHERE audit_id = ?1 AND kind = 'worker'"))));
        return p;
    }
    case AuditPhase::ManagementInterview:
        // HR, production and health and safety at least (domain.md); one person may answer for several.
        p.total = kManagementInterviewsPlanned;
        p.done = int(std::min<qint64>(
            p.total,
            count(QStringLiteral("SELECT count(*) FROM interviews WHERE audit_id = ?1 AND kind = 'management'"))));
        return p;
    case AuditPhase::RecordAnalysis: {
        const qint64 flags =
            count(QStringLiteral("SELECT count(*) FROM analysis_flags WHERE audit_id = ?1 AND stale = 0"));
        const qint64 decided = count(QStringLiteral(
            "SELECT count(*) FROM analysis_flags WHERE audit_id = ?1 AND stale = 0 AND disposition <> 'open'"));
        p.total = int(2 + flags);
        p.done = int((count(QStringLiteral("SELECT count(*) FROM record_imports WHERE audit_id = ?1")) > 0) +
                     (count(QStringLiteral("SELECT count(*) FROM analysis_runs WHERE audit_id = ?1")) > 0) + decided);
        return p;
    }
    case AuditPhase::Findings:
        p.total =
            int(count(QStringLiteral("SELECT count(*) FROM findings WHERE audit_id = ?1 AND status <> 'withdrawn'")));
        p.done = int(
            count(QStringLiteral("SELECT count(*) FROM findings f WHERE f.audit_id = ?1 AND f.status <> 'withdrawn' "
                                 "AND EXISTS (SELECT 1 FROM corrective_actions c WHERE c.finding_id = f.id)")));
        return p;
    case AuditPhase::Report:
        p.total = 1;
        p.done =
            count(QStringLiteral(
                "SELECT count(*) FROM audits WHERE id = ?1 AND status IN ('completed', 'submitted', 'archived')")) > 0;
        return p;
    }
    return p;
}

QHash<AuditPhase, PhaseProgress> PhaseProgressCalculator::all() const
{
    QHash<AuditPhase, PhaseProgress> result;
    for (AuditPhase phase : allAuditPhases()) {
        result.insert(phase, progress(phase));
    }
    return result;
}

} // namespace fieldbook
