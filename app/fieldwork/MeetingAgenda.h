#pragma once

#include "app/fieldwork/AuditPhase.h"

#include <QStringList>

namespace fieldbook {

// The agenda points of the opening and closing meetings (SA8000 and amfori BSCI audit
// methodology: introductions, scope, confidentiality, interview plan; closing: findings,
// corrective-action timelines, management signature). Ids are stored in phase_notes.agenda_json.
struct AgendaItem
{
    QString id;
    QString text; // translated
};

QList<AgendaItem> meetingAgenda(AuditPhase phase);

} // namespace fieldbook
