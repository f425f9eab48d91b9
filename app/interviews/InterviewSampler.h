#pragma once

#include "app/interviews/SampleRule.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace fieldbook {

// One worker of the register as the sampler sees it: the factory's employee number and the
// groups they belong to. Never a name.
struct RegisterWorker
{
    QString workerId;
    QString department;
    QString gender;     // F, M, X or empty
    QString shift;      // InterviewVocabulary::shifts(), or empty when unknown
    QString ageBand;    // InterviewVocabulary::ageBands(), or empty
    QString tenureBand; // InterviewVocabulary::tenureBands(), or empty
    int migrant = -1;   // 1 yes, 0 no, -1 unknown
    int agency = -1;
};

// A group of the workforce that proportional allocation works on: department x gender x shift.
struct SampleStratum
{
    QString key;
    QString department;
    QString gender;
    QString shift;
    int workers = 0;
    double quota = 0; // the stratum's proportional share of the sample
    int planned = 0;  // workers drawn from it
};

struct SampledWorker
{
    QString workerId;
    QString stratum;
    QString reason; // proportional | young_worker | recent_hire | coverage | replacement
    QString format; // individual | group
    int groupNumber = 0;
};

struct SampleProposal
{
    int workforce = 0; // workers on the register
    int size = 0;      // the rule's size (the drawn list can be longer when coverage needed more)
    int individual = 0;
    int groups = 0;
    QList<SampleStratum> strata;
    QList<SampledWorker> workers;
    QStringList uncovered; // "department: Cutting" groups large enough to need a voice that no one could represent
};

// Proposes which workers to interview: stratified by department, gender and shift with
// proportional (largest remainder) allocation; then every category of department, gender, shift,
// age band, tenure band, migrant and agency status large enough for a proportional seat gets at
// least one; young workers and recent hires are included on purpose. The order inside a stratum
// is a seeded hash of the employee number, so a draw is reproducible from (register, rule,
// seed), independent of the register's row order, and re-drawn by changing the seed.
class InterviewSampler
{
public:
    InterviewSampler(QList<RegisterWorker> workers, SampleRule rule, quint64 seed);

    // Excluded workers are never drawn; the size still follows the whole register.
    SampleProposal propose(const QSet<QString>& excluded = {}) const;
    // Who takes the place of `workerId` in `proposal`: the first-ranked worker not drawn and not
    // excluded from the same stratum, else the same department, else anyone. Keeps its format.
    std::optional<SampledWorker> replacementFor(const SampleProposal& proposal, const QString& workerId,
                                                const QSet<QString>& excluded) const;

    static QString stratumKey(const RegisterWorker& worker);
    quint64 rank(const QString& workerId) const;

private:
    QList<RegisterWorker> m_workers;
    SampleRule m_rule;
    quint64 m_seed;
};

} // namespace fieldbook
