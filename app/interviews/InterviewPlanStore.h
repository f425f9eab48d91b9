#pragma once

#include "app/interviews/InterviewSampler.h"
#include "database/Result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace fieldbook {

class Database;

struct PlannedWorker
{
    QString uuid;
    QString workerId; // the factory's employee number: the plan never names anyone
    QString stratum;
    QString reason; // proportional | young_worker | recent_hire | coverage | replacement
    QString format; // individual | group
    int groupNumber = 0;
    QString status = QStringLiteral("selected"); // selected | excluded
    QString exclusionReason;                     // InterviewVocabulary::exclusionReasons()
};

// The interview plan in force for an audit: the rule, the seed and the workers drawn.
struct InterviewPlan
{
    qint64 id = 0;
    QString uuid;
    quint64 seed = 0;
    SampleRule rule;
    int workforce = 0;
    int sampleSize = 0;
    QList<SampleStratum> strata;
    QStringList uncovered;
    QList<PlannedWorker> workers; // selected first (individual, then by group), excluded last
    QString drawnAt;
    QString drawnBy;

    int selectedCount() const;
    int individualCount() const;
    int groupCount() const;
    QSet<QString> excludedIds() const;
    // The plan as the sampler's proposal (to find replacements).
    SampleProposal asProposal() const;
};

// Keeps each audit's interview plan in the store, so the plan survives restarts and travels in
// packages. Drawing, re-drawing and excluding are one transaction each, with audit-trail rows
// (worker ids only: they are the factory's numbers, not names).
class InterviewPlanStore
{
public:
    explicit InterviewPlanStore(const Database& db) : m_db(db)
    {}

    Result<std::optional<InterviewPlan>> current(qint64 auditId) const;
    // Draws the plan from the audit's register with this rule and seed, or re-draws it: workers
    // excluded earlier stay excluded and are never drawn again.
    Result<InterviewPlan> draw(qint64 auditId, const SampleRule& rule, quint64 seed);
    // Leaves a selected worker out (reason from InterviewVocabulary::exclusionReasons()); the
    // first-ranked worker of the same stratum, else department, takes the place.
    Result<InterviewPlan> exclude(qint64 auditId, const QString& workerId, const QString& reason);

    // A fresh seed for a re-draw (any value reproduces its draw later).
    static quint64 newSeed();

private:
    Status insertWorker(qint64 planId, const QString& auditUuid, const SampledWorker& worker, int sortOrder);

    const Database& m_db;
};

} // namespace fieldbook
