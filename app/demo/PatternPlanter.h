#pragma once

#include "app/params/AuditParams.h"
#include "app/records/RecordSet.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>
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

    // How strong the planted patterns are, from 1 (the default: the full pattern, e.g. every card of
    // a department at one minute, 20 h unpaid) down to a fraction of it (0.5: half the cards, 10 h;
    // 0.25: a quarter), for the subtlety curve of docs/checks.md. Patterns that are there or not
    // (an underage worker, a duplicate ID) ignore it.
    void setStrength(double strength)
    {
        m_strength = std::clamp(strength, 0.05, 1.0);
    }
    // True for the checks whose pattern setStrength() scales.
    static bool isGraded(const QString& check);

private:
    int takeWorker(const RecordSet& records, int minimumDays);
    JulianDay periodStart(const RecordSet& records) const;
    JulianDay periodEnd(const RecordSet& records) const;

    AuditParams m_params;
    quint32 m_seed;
    std::vector<int> m_order; // shuffled candidate workers
    size_t m_next = 0;
    std::set<int> m_taken; // workers a pattern was planted on
    double m_strength = 1.0;
};

} // namespace fieldbook
