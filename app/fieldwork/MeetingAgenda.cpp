#include "app/fieldwork/MeetingAgenda.h"

#include <QCoreApplication>

namespace fieldbook {

namespace {
QString t(const char* text)
{
    return QCoreApplication::translate("MeetingAgenda", text);
}
} // namespace

QList<AgendaItem> meetingAgenda(AuditPhase phase)
{
    if (phase == AuditPhase::OpeningMeeting) {
        return {
            {QStringLiteral("introductions"), t("Introduce the audit team and the management representatives")},
            {QStringLiteral("scope"), t("Explain the scope, the code(s) and the audit plan")},
            {QStringLiteral("confidentiality"),
             t("Explain confidentiality and that no worker may be punished for talking to auditors")},
            {QStringLiteral("interviews"),
             t("Agree on the interview rooms and that workers are chosen by the auditors")},
            {QStringLiteral("records"),
             t("Request the records for the review period (time cards, payroll, personnel files)")},
            {QStringLiteral("contacts"), t("Name the contact person and the worker representative")},
            {QStringLiteral("attendance"), t("Record the attendance list")},
        };
    }
    if (phase == AuditPhase::ClosingMeeting) {
        return {
            {QStringLiteral("thanks"), t("Thank the management and the workers for their cooperation")},
            {QStringLiteral("findings"), t("Present every finding with its clause and evidence")},
            {QStringLiteral("clarify"), t("Let management clarify or dispute findings; note disagreements")},
            {QStringLiteral("cap"), t("Agree on corrective actions, responsible persons and due dates")},
            {QStringLiteral("retaliation"),
             t("Remind management that retaliation against interviewed workers is forbidden")},
            {QStringLiteral("next_steps"), t("Explain the report, follow-up audit and timeline")},
            {QStringLiteral("signature"), t("Obtain the signature of the management representative")},
        };
    }
    return {};
}

} // namespace fieldbook
