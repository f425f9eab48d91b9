#include "app/fieldwork/MeetingAgenda.h"

#include <QCoreApplication>

namespace fieldbook {

namespace {
// lupdate files tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// would put these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MeetingAgenda)
};
} // namespace

QList<AgendaItem> meetingAgenda(AuditPhase phase)
{
    if (phase == AuditPhase::OpeningMeeting) {
        return {
            {QStringLiteral("introductions"), Tr::tr("Introduce the audit team and the management representatives")},
            {QStringLiteral("scope"), Tr::tr("Explain the scope, the code(s) and the audit plan")},
            {QStringLiteral("confidentiality"),
             Tr::tr("Explain confidentiality and that no worker may be punished for talking to auditors")},
            {QStringLiteral("interviews"),
             Tr::tr("Agree on the interview rooms and that workers are chosen by the auditors")},
            {QStringLiteral("records"),
             Tr::tr("Request the records for the review period (time cards, payroll, personnel files)")},
            {QStringLiteral("contacts"), Tr::tr("Name the contact person and the worker representative")},
            {QStringLiteral("attendance"), Tr::tr("Record the attendance list")},
        };
    }
    if (phase == AuditPhase::ClosingMeeting) {
        return {
            {QStringLiteral("thanks"), Tr::tr("Thank the management and the workers for their cooperation")},
            {QStringLiteral("findings"), Tr::tr("Present every finding with its clause and evidence")},
            {QStringLiteral("clarify"), Tr::tr("Let management clarify or dispute findings; note disagreements")},
            {QStringLiteral("cap"), Tr::tr("Agree on corrective actions, responsible persons and due dates")},
            {QStringLiteral("retaliation"),
             Tr::tr("Remind management that retaliation against interviewed workers is forbidden")},
            {QStringLiteral("next_steps"), Tr::tr("Explain the report, follow-up audit and timeline")},
            {QStringLiteral("signature"), Tr::tr("Obtain the signature of the management representative")},
        };
    }
    return {};
}

} // namespace fieldbook
