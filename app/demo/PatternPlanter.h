#pragma once

#include "app/analysis/AuditParams.h"
#include "app/records/RecordSet.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <set>
#include <vector>

namespace fieldbook {

// What was planted, for measuring recall: the check that must find it and what it is about.
struct PlantedPattern
{
    QString check;
    QStringList workers;    // every one must be among the flag's workers
    QStringList dates;      // at least one must be among the flag's dates (empty: any)
    QStringList interviews; // pseudonyms that must appear in the flag's evidence
};

// Plants one instance of every check's pattern into a generated factory's records, on distinct
// workers, deterministically for a seed. Used by the quality tests and `docs/checks.md`'s recall table.
class PatternPlanter
{
public:
    PatternPlanter(AuditParams params, quint32 seed);

    // Plants every pattern; returns the ground truth, one entry per check name.
    QList<PlantedPattern> plantAll(RecordSet& records);
    // Plants only the named check's pattern (empty list for an unknown name).
    QList<PlantedPattern> plant(const QString& check, RecordSet& records);

    static QStringList plantableChecks();

private:
    int takeWorker(const RecordSet& records, int minimumDays);
    JulianDay periodStart(const RecordSet& records) const;
    JulianDay periodEnd(const RecordSet& records) const;

    AuditParams m_params;
    quint32 m_seed;
    std::vector<int> m_order; // shuffled candidate workers
    size_t m_next = 0;
    std::set<int> m_taken; // workers a pattern was planted on
};

} // namespace fieldbook
