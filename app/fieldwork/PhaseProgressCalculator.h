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

    // Worker interviews a visit should hold: the square root of the headcount, at least 1
    // (the common sampling rule of thumb, e.g. SA8000 and amfori BSCI guidance).
    static int workerInterviewTarget(int headcount);

private:
    qint64 count(const QString& sql) const;
    PhaseProgress checklistProgress(const QString& method) const;
    PhaseProgress planProgress() const;
    PhaseProgress meetingProgress(AuditPhase phase) const;

    const Database& m_db;
    qint64 m_auditId;
};

} // namespace fieldbook
