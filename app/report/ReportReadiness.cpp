#include "app/report/ReportReadiness.h"

#include "database/Database.h"

#include <QCoreApplication>

namespace fieldbook {

// The texts have their own translation context (spelt out in each call for lupdate): the core's
// words, shown by the Report page and `fieldbook-cli report` alike.

Result<ReportReadiness> ReportReadiness::read(const Database& db, qint64 auditId)
{
    using R = Result<ReportReadiness>;
    Result<QVariant> status = db.scalar(QStringLiteral("SELECT status FROM audits WHERE id = ?1"), {auditId});
    if (!status) {
        return R::failure(status.error());
    }
    ReportReadiness r;
    r.auditCompleted =
        QStringList{QStringLiteral("completed"), QStringLiteral("submitted"), QStringLiteral("archived")}.contains(
            status->toString());
    QString error;
    auto count = [&](const char* sql) -> qint64 {
        Result<QVariant> v = db.scalar(QLatin1String(sql), {auditId});
        if (!v) {
            error = v.error();
            return 0;
        }
        return v->toLongLong();
    };
    r.applicableQuestions = count("SELECT count(*) FROM checklist_items WHERE audit_id = ?1 AND applicable = 1");
    r.answeredQuestions = count("SELECT count(*) FROM checklist_items i JOIN checklist_responses r ON r.item_id = i.id "
                                "WHERE i.audit_id = ?1 AND i.applicable = 1 AND r.answer IS NOT NULL");
    r.findings = count("SELECT count(*) FROM findings WHERE audit_id = ?1 AND status <> 'withdrawn'");
    r.correctiveActions = count("SELECT count(*) FROM corrective_actions c JOIN findings f ON f.id = c.finding_id "
                                "WHERE f.audit_id = ?1");
    r.interviews = count("SELECT count(*) FROM interviews WHERE audit_id = ?1");
    r.evidenceFiles = count("SELECT count(*) FROM evidence WHERE audit_id = ?1");
    r.openFlags = count("SELECT count(*) FROM analysis_flags WHERE audit_id = ?1 AND disposition = 'open' "
                        "AND stale = 0");
    if (!error.isEmpty()) {
        return R::failure(error);
    }
    return r;
}

Result<ReportReadiness> ReportReadiness::read(const Database& db, const QString& auditUuid)
{
    Result<QVariant> id = db.scalar(QStringLiteral("SELECT id FROM audits WHERE uuid = ?1"), {auditUuid});
    if (!id) {
        return Result<ReportReadiness>::failure(id.error());
    }
    if (!id->isValid()) {
        return Result<ReportReadiness>::failure(
            QCoreApplication::translate("Report", "No audit with uuid %1 in the store").arg(auditUuid));
    }
    return read(db, id->toLongLong());
}

QStringList ReportReadiness::contents() const
{
    return {QCoreApplication::translate("ReportReadiness", "Checklist questions answered: %1 of %2 applicable")
                .arg(answeredQuestions)
                .arg(applicableQuestions),
            QCoreApplication::translate("ReportReadiness", "Findings: %1 — corrective actions: %2")
                .arg(findings)
                .arg(correctiveActions),
            QCoreApplication::translate("ReportReadiness", "Interviews: %1 — evidence files: %2")
                .arg(interviews)
                .arg(evidenceFiles)};
}

QString ReportReadiness::blockers() const
{
    if (ready()) {
        return {};
    }
    return QCoreApplication::translate("ReportReadiness",
                                       "unanswered questions: %1 — analysis flags not yet confirmed or dismissed: %2")
        .arg(unansweredQuestions())
        .arg(openFlags);
}

QString ReportReadiness::blockersHeading()
{
    return QCoreApplication::translate("ReportReadiness", "Before reporting:");
}

QString ReportReadiness::warning() const
{
    return ready() ? QString() : blockersHeading() + QLatin1Char(' ') + blockers();
}

} // namespace fieldbook
