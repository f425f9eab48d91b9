#include "app/fieldwork/AuditPhase.h"

#include <QCoreApplication>

namespace fieldbook {

QList<AuditPhase> allAuditPhases()
{
    return {AuditPhase::Plan,           AuditPhase::OpeningMeeting,   AuditPhase::SiteTour,
            AuditPhase::DocumentReview, AuditPhase::WorkerInterviews, AuditPhase::ManagementInterview,
            AuditPhase::RecordAnalysis, AuditPhase::Findings,         AuditPhase::ClosingMeeting,
            AuditPhase::Report};
}

QString auditPhaseId(AuditPhase phase)
{
    switch (phase) {
    case AuditPhase::Plan:
        return QStringLiteral("plan");
    case AuditPhase::OpeningMeeting:
        return QStringLiteral("opening_meeting");
    case AuditPhase::SiteTour:
        return QStringLiteral("site_tour");
    case AuditPhase::DocumentReview:
        return QStringLiteral("document_review");
    case AuditPhase::WorkerInterviews:
        return QStringLiteral("worker_interviews");
    case AuditPhase::ManagementInterview:
        return QStringLiteral("management_interview");
    case AuditPhase::RecordAnalysis:
        return QStringLiteral("record_analysis");
    case AuditPhase::Findings:
        return QStringLiteral("findings");
    case AuditPhase::ClosingMeeting:
        return QStringLiteral("closing_meeting");
    case AuditPhase::Report:
        return QStringLiteral("report");
    }
    return {};
}

bool auditPhaseFromId(const QString& id, AuditPhase* phase)
{
    for (AuditPhase p : allAuditPhases()) {
        if (auditPhaseId(p) == id) {
            *phase = p;
            return true;
        }
    }
    return false;
}

QString auditPhaseTitle(AuditPhase phase)
{
    switch (phase) {
    case AuditPhase::Plan:
        return QCoreApplication::translate("AuditPhase", "Plan");
    case AuditPhase::OpeningMeeting:
        return QCoreApplication::translate("AuditPhase", "Opening meeting");
    case AuditPhase::SiteTour:
        return QCoreApplication::translate("AuditPhase", "Site tour");
    case AuditPhase::DocumentReview:
        return QCoreApplication::translate("AuditPhase", "Document review");
    case AuditPhase::WorkerInterviews:
        return QCoreApplication::translate("AuditPhase", "Worker interviews");
    case AuditPhase::ManagementInterview:
        return QCoreApplication::translate("AuditPhase", "Management interview");
    case AuditPhase::RecordAnalysis:
        return QCoreApplication::translate("AuditPhase", "Record analysis");
    case AuditPhase::Findings:
        return QCoreApplication::translate("AuditPhase", "Findings and corrective actions");
    case AuditPhase::ClosingMeeting:
        return QCoreApplication::translate("AuditPhase", "Closing meeting");
    case AuditPhase::Report:
        return QCoreApplication::translate("AuditPhase", "Report");
    }
    return {};
}

} // namespace fieldbook
