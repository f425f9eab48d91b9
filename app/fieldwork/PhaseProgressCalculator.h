#pragma once

#include "app/fieldwork/AuditPhase.h"

#include <QHash>

namespace fieldbook {

class Database;

// How far each phase of a visit has got, computed from the store with a few counting queries
// (fast enough to refresh the whole phase list after every edit).
class PhaseProgressCalculator
{
public:
    PhaseProgressCalculator(const Database& db, qint64 auditId) : m_db(db), m_auditId(auditId)
    {}

    PhaseProgress progress(AuditPhase phase) const;
    QHash<AuditPhase, PhaseProgress> all() const;

    // Worker interviews a visit should hold before a sample is drawn: SampleRule's default size
    // for this workforce (docs/interviews.md), at least 1.
    static int workerInterviewTarget(int headcount);
    // Management interviews a visit plans: HR, production, health and safety.
    static constexpr int kManagementInterviewsPlanned = 3;

private:
    qint64 count(const QString& sql) const;
    PhaseProgress checklistProgress(const QString& method) const;
    PhaseProgress planProgress() const;
    PhaseProgress meetingProgress(AuditPhase phase) const;

    const Database& m_db;
    qint64 m_auditId;
};

} // namespace fieldbook
