#include "app/report/ReportDataLoader.h"
#include "app/params/ParamsResolver.h"
#include "database/AuditRepository.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace fieldbook {

namespace {

Result<Statement> prepared(const Database& db, const QString& sql, qint64 auditId)
{
    Result<Statement> stmt = db.prepare(sql);
    if (stmt) {
        stmt->bind(1, auditId);
    }
    return stmt;
}

Status stepError(const Statement& stmt)
{
    return stmt.hasError() ? Status::failure(stmt.errorMessage()) : Status::success();
}

} // namespace

Result<ReportData> ReportDataLoader::load(const QString& auditUuid) const
{
    Result<QVariant> id = m_db.scalar(QStringLiteral("SELECT id FROM audits WHERE uuid = ?1"), {auditUuid});
    if (!id) {
        return Result<ReportData>::failure(id.error());
    }
    if (id->isNull()) {
        return Result<ReportData>::failure(
            QCoreApplication::translate("Report", "No audit with uuid %1 in the store").arg(auditUuid));
    }
    const qint64 auditId = id->toLongLong();
    ReportData data;
    data.auditUuid = auditUuid;
    for (Status s : {loadCover(auditId, data), loadFindings(auditId, data), loadInterviews(auditId, data),
                     loadRecords(auditId, data), loadEvidence(auditId, data)}) {
        if (!s) {
            return Result<ReportData>::failure(s.error());
        }
    }
    ComplianceStats stats(m_db, auditId);
    Result<QList<ComplianceCount>> sections = stats.perSection();
    Result<QList<ComplianceCount>> codes = stats.perCode();
    if (!sections || !codes) {
        return Result<ReportData>::failure(!sections ? sections.error() : codes.error());
    }
    // The thresholds the checks applied, with their sources: an expert judges the flags by them.
    if (Result<Audit> audit = AuditRepository(m_db).auditByUuid(auditUuid); audit) {
        if (Result<ResolvedParams> thresholds = ParamsResolver::resolveForAudit(m_db, *audit); thresholds) {
            data.thresholds = thresholds.take();
        }
    }
    data.bySection = sections.take();
    data.byCode = codes.take();
    for (const ComplianceCount& c : data.bySection) {
        data.questions += c.total();
    }
    return data;
}

Status ReportDataLoader::loadCover(qint64 auditId, ReportData& data) const
{
    Result<Statement> a =
        prepared(m_db,
                 QStringLiteral("SELECT a.title, f.name, coalesce(f.address, ''), coalesce(f.city, ''), a.country, "
                                "coalesce(f.industry, ''), f.headcount, a.language, a.audit_type, a.status, "
                                "coalesce(a.start_date, ''), coalesce(a.end_date, ''), coalesce(a.period_start, ''), "
                                "coalesce(a.period_end, ''), coalesce(a.scope, ''), coalesce(a.paid_by, ''), "
                                "coalesce(a.announcement, ''), a.codes_json FROM audits a "
                                "JOIN facilities f ON f.id = a.facility_id WHERE a.id = ?1"),
                 auditId);
    if (!a) {
        return Status::failure(a.error());
    }
    if (!a->step()) {
        return Status::failure(a->hasError() ? a->errorMessage() : QStringLiteral("audit row vanished"));
    }
    data.title = a->text(0);
    data.facilityName = a->text(1);
    data.facilityAddress = a->text(2);
    data.facilityCity = a->text(3);
    data.country = a->text(4);
    data.industry = a->text(5);
    data.headcount = a->isNull(6) ? -1 : a->integer(6);
    data.language = a->text(7);
    data.auditType = a->text(8);
    data.status = a->text(9);
    data.startDate = a->text(10);
    data.endDate = a->text(11);
    data.periodStart = a->text(12);
    data.periodEnd = a->text(13);
    data.scope = a->text(14);
    data.paidBy = a->text(15);
    data.announcement = a->text(16);
    const QJsonArray codes = QJsonDocument::fromJson(a->text(17).toUtf8()).array();

    // Editions come from the frozen checklist ("sa8000:2014"); a code with no item keeps its id.
    QMap<QString, QString> editions;
    Result<Statement> v = prepared(
        m_db, QStringLiteral("SELECT DISTINCT catalog_version FROM checklist_items WHERE audit_id = ?1"), auditId);
    if (!v) {
        return Status::failure(v.error());
    }
    while (v->step()) {
        const QString version = v->text(0);
        editions.insert(version.section(QLatin1Char(':'), 0, 0), version);
    }
    for (const QJsonValue& code : codes) {
        data.codes << editions.value(code.toString(), code.toString());
    }

    Result<Statement> team =
        prepared(m_db,
                 QStringLiteral("SELECT name, role, coalesce(gender, '') FROM audit_team WHERE audit_id = ?1 "
                                "ORDER BY CASE role WHEN 'lead' THEN 0 WHEN 'auditor' THEN 1 WHEN 'interviewer' THEN 2 "
                                "ELSE 3 END, name"),
                 auditId);
    if (!team) {
        return Status::failure(team.error());
    }
    while (team->step()) {
        data.team.append({team->text(0), team->text(1), team->text(2)});
    }
    return stepError(team.value());
}

Status ReportDataLoader::loadFindings(qint64 auditId, ReportData& data) const
{
    Result<Statement> f = prepared(
        m_db,
        QStringLiteral(
            "SELECT f.id, f.title, f.description, f.severity, f.status, coalesce(i.section, ''), f.evidence_text, "
            "f.root_cause, (SELECT group_concat(clause, '|') FROM (SELECT clause FROM finding_clauses "
            "WHERE finding_id = f.id UNION SELECT clause FROM checklist_item_clauses WHERE item_id = f.item_id "
            "ORDER BY clause)), (SELECT group_concat(file_name, '|') FROM evidence e WHERE e.finding_id = f.id "
            "OR (f.item_id IS NOT NULL AND e.item_id = f.item_id)) "
            "FROM findings f LEFT JOIN checklist_items i ON i.id = f.item_id "
            "WHERE f.audit_id = ?1 AND f.status <> 'withdrawn' "
            "ORDER BY CASE f.severity WHEN 'critical' THEN 0 WHEN 'priority' THEN 1 WHEN 'major' THEN 2 "
            "WHEN 'minor' THEN 3 ELSE 4 END, i.sort_order, f.id"),
        auditId);
    if (!f) {
        return Status::failure(f.error());
    }
    QMap<qint64, int> numbers;
    while (f->step()) {
        ReportFinding finding;
        finding.number = int(data.findings.size()) + 1;
        numbers.insert(f->int64(0), finding.number);
        data.findingNumbers.insert(f->int64(0), finding.number);
        finding.title = f->text(1);
        finding.description = f->text(2);
        finding.severity = f->text(3);
        finding.status = f->text(4);
        finding.section = f->text(5);
        finding.evidenceText = f->text(6);
        finding.rootCause = f->text(7);
        finding.clauses = f->text(8).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        finding.evidenceFiles = f->text(9).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        data.findings.append(finding);
    }
    if (Status s = stepError(f.value()); !s) {
        return s;
    }

    Result<Statement> ca = prepared(
        m_db,
        QStringLiteral("SELECT ca.finding_id, ca.corrective_action, ca.preventive_action, ca.responsible, "
                       "coalesce(ca.due_date, ''), ca.status FROM corrective_actions ca "
                       "JOIN findings f ON f.id = ca.finding_id WHERE f.audit_id = ?1 AND f.status <> 'withdrawn' "
                       "ORDER BY ca.id"),
        auditId);
    if (!ca) {
        return Status::failure(ca.error());
    }
    while (ca->step()) {
        const int number = numbers.value(ca->int64(0));
        if (number == 0) {
            continue;
        }
        data.actions.append({number, data.findings.at(number - 1).title, ca->text(1), ca->text(2), ca->text(3),
                             ca->text(4), ca->text(5)});
    }
    std::stable_sort(data.actions.begin(), data.actions.end(),
                     [](const ReportCorrectiveAction& a, const ReportCorrectiveAction& b) {
                         return a.findingNumber < b.findingNumber;
                     });
    return stepError(ca.value());
}

Result<ReportTally> ReportDataLoader::tally(qint64 auditId, const QString& column) const
{
    // column is one of our own literals, never user input.
    Result<Statement> t = prepared(m_db,
                                   QStringLiteral("SELECT coalesce(%1, ''), count(*) FROM interviews "
                                                  "WHERE audit_id = ?1 GROUP BY 1 ORDER BY 2 DESC, 1")
                                       .arg(column),
                                   auditId);
    if (!t) {
        return Result<ReportTally>::failure(t.error());
    }
    ReportTally result;
    while (t->step()) {
        result.append({t->text(0), t->integer(1)});
    }
    if (t->hasError()) {
        return Result<ReportTally>::failure(t->errorMessage());
    }
    return result;
}

Status ReportDataLoader::loadInterviews(qint64 auditId, ReportData& data) const
{
    ReportInterviewSummary& s = data.interviews;
    Result<Statement> agg = prepared(
        m_db,
        QStringLiteral(
            "SELECT count(*), coalesce(sum(participants), 0), avg(stated_weekly_hours), "
            "count(stated_weekly_hours), avg(stated_monthly_pay), count(stated_monthly_pay), "
            "coalesce(sum(stated_overtime_voluntary = 1), 0), coalesce(sum(stated_overtime_voluntary = 0), 0), "
            "coalesce(sum(coaching_suspected = 1), 0) FROM interviews WHERE audit_id = ?1"),
        auditId);
    if (!agg) {
        return Status::failure(agg.error());
    }
    if (agg->step()) {
        s.interviews = agg->integer(0);
        s.participants = agg->integer(1);
        s.meanStatedWeeklyHours = agg->isNull(2) ? -1 : agg->real(2);
        s.statedWeeklyHoursCount = agg->integer(3);
        s.meanStatedMonthlyPay = agg->isNull(4) ? -1 : agg->real(4);
        s.statedMonthlyPayCount = agg->integer(5);
        s.overtimeVoluntaryYes = agg->integer(6);
        s.overtimeVoluntaryNo = agg->integer(7);
        s.coachingSuspected = agg->integer(8);
    }
    if (Status st = stepError(agg.value()); !st) {
        return st;
    }
    const std::pair<const char*, ReportTally*> columns[] = {{"kind", &s.byKind},
                                                            {"format", &s.byFormat},
                                                            {"location", &s.byLocation},
                                                            {"department", &s.byDepartment},
                                                            {"gender", &s.byGender}};
    for (const auto& [column, target] : columns) {
        Result<ReportTally> t = tally(auditId, QLatin1String(column));
        if (!t) {
            return Status::failure(t.error());
        }
        *target = t.take();
    }
    return Status::success();
}

Status ReportDataLoader::loadRecords(qint64 auditId, ReportData& data) const
{
    Result<Statement> imports =
        prepared(m_db,
                 QStringLiteral("SELECT kind, file_name, row_count, quarantined, sha256 FROM record_imports "
                                "WHERE audit_id = ?1 ORDER BY imported_at, id"),
                 auditId);
    if (!imports) {
        return Status::failure(imports.error());
    }
    while (imports->step()) {
        data.imports.append(
            {imports->text(0), imports->text(1), imports->integer(2), imports->integer(3), imports->text(4)});
    }
    if (Status s = stepError(imports.value()); !s) {
        return s;
    }
    Result<Statement> runs = prepared(
        m_db,
        QStringLiteral("SELECT count(*), coalesce(max(coalesce(finished_at, started_at)), '') FROM analysis_runs "
                       "WHERE audit_id = ?1"),
        auditId);
    if (!runs) {
        return Status::failure(runs.error());
    }
    if (runs->step()) {
        data.analysisRuns = runs->integer(0);
        data.lastAnalysisAt = runs->text(1);
    }
    // Flag summaries name workers and dates: only counts and the auditor's dismissal reasons go in.
    Result<Statement> flags =
        prepared(m_db,
                 QStringLiteral("SELECT check_name, severity, disposition, coalesce(disposition_reason, ''), "
                                "coalesce(finding_id, 0), json_array_length(workers_json), "
                                "coalesce(json_extract(dates_json, '$[0]'), ''), "
                                "coalesce(json_extract(dates_json, '$[#-1]'), '') "
                                "FROM analysis_flags WHERE audit_id = ?1 AND stale = 0 "
                                "ORDER BY CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 "
                                "WHEN 'low' THEN 3 ELSE 4 END, check_name, id"),
                 auditId);
    if (!flags) {
        return Status::failure(flags.error());
    }
    while (flags->step()) {
        const QString check = flags->text(0);
        const QString severity = flags->text(1);
        if (data.flags.isEmpty() || data.flags.last().checkName != check || data.flags.last().severity != severity) {
            data.flags.append({check, severity, 0, 0, 0, 0, {}});
        }
        ReportFlagGroup& g = data.flags.last();
        ++g.total;
        const FlagDisposition disposition = flagDispositionFromName(flags->text(2));
        data.flagList.append({check, severity, disposition, flags->text(3).trimmed(),
                              data.findingNumbers.value(flags->int64(4)), flags->integer(5), flags->text(6),
                              flags->text(7)});
        if (disposition == FlagDisposition::Confirmed) {
            ++g.confirmed;
        } else if (disposition == FlagDisposition::Dismissed) {
            ++g.dismissed;
            const QString reason = flags->text(3).trimmed();
            if (!reason.isEmpty() && !g.dismissalReasons.contains(reason)) {
                g.dismissalReasons << reason;
            }
        } else {
            ++g.open;
        }
    }
    return stepError(flags.value());
}

Status ReportDataLoader::loadEvidence(qint64 auditId, ReportData& data) const
{
    Result<Statement> e =
        prepared(m_db,
                 QStringLiteral("SELECT e.file_name, e.size_bytes, e.sha256, e.finding_id, coalesce(f.title, ''), "
                                "coalesce(i.section, '') FROM evidence e LEFT JOIN findings f ON f.id = e.finding_id "
                                "LEFT JOIN checklist_items i ON i.id = e.item_id WHERE e.audit_id = ?1 ORDER BY e.id"),
                 auditId);
    if (!e) {
        return Status::failure(e.error());
    }
    while (e->step()) {
        ReportEvidence ev{e->text(0), e->int64(1), e->text(2), {}};
        if (!e->isNull(3)) {
            int number = 0;
            for (const ReportFinding& f : data.findings) {
                if (f.title == e->text(4)) {
                    number = f.number;
                    break;
                }
            }
            ev.attachedTo =
                number > 0 ? QCoreApplication::translate("Report", "Finding F-%1").arg(number, 2, 10, QLatin1Char('0'))
                           : e->text(4);
        } else if (!e->text(5).isEmpty()) {
            ev.attachedTo = e->text(5);
        } else {
            ev.attachedTo = QCoreApplication::translate("Report", "Audit");
        }
        data.evidence.append(ev);
    }
    return stepError(e.value());
}

} // namespace fieldbook
