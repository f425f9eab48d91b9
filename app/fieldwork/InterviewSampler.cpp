#include "app/fieldwork/InterviewSampler.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace fieldbook {

namespace {

// FNV-1a over the UTF-8 id, then splitmix64 with the seed: stable across platforms and Qt
// versions (qHash is not), so a stored seed reproduces the same draw anywhere.
quint64 fnv1a(const QByteArray& bytes)
{
    quint64 h = 1469598103934665603ULL;
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return h;
}

quint64 splitmix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QString flag(int value)
{
    return value == 1 ? QStringLiteral("yes") : value == 0 ? QStringLiteral("no") : QString();
}

struct Dimension
{
    QString name;
    std::function<QString(const RegisterWorker&)> value;
};

// The groups whose voice the sample must include when they are large enough.
const std::vector<Dimension>& dimensions()
{
    static const std::vector<Dimension> all = {
        {QStringLiteral("department"),
         [](const RegisterWorker& w) {
             return w.department;
         }},
        {QStringLiteral("gender"),
         [](const RegisterWorker& w) {
             return w.gender;
         }},
        {QStringLiteral("shift"),
         [](const RegisterWorker& w) {
             return w.shift;
         }},
        {QStringLiteral("age_band"),
         [](const RegisterWorker& w) {
             return w.ageBand;
         }},
        {QStringLiteral("tenure_band"),
         [](const RegisterWorker& w) {
             return w.tenureBand;
         }},
        {QStringLiteral("migrant"),
         [](const RegisterWorker& w) {
             return flag(w.migrant);
         }},
        {QStringLiteral("agency"),
         [](const RegisterWorker& w) {
             return flag(w.agency);
         }},
    };
    return all;
}

QString part(const QString& value)
{
    return value.isEmpty() ? QStringLiteral("–") : value;
}

struct Pick
{
    int index;
    QString reason;
};

struct Cell
{
    SampleStratum stratum;
    std::vector<int> members; // register indexes in rank order
    int already = 0;
    int need = 0;
};

} // namespace

InterviewSampler::InterviewSampler(QList<RegisterWorker> workers, SampleRule rule, quint64 seed)
    : m_workers(std::move(workers)), m_rule(rule), m_seed(seed)
{}

QString InterviewSampler::stratumKey(const RegisterWorker& worker)
{
    return part(worker.department) + QStringLiteral(" · ") + part(worker.gender) + QStringLiteral(" · ") +
           part(worker.shift);
}

quint64 InterviewSampler::rank(const QString& workerId) const
{
    return splitmix(m_seed ^ fnv1a(workerId.toUtf8()));
}

SampleProposal InterviewSampler::propose(const QSet<QString>& excluded) const
{
    SampleProposal p;
    p.workforce = int(m_workers.size());
    p.size = m_rule.sampleSize(p.workforce);

    std::vector<int> order;
    std::vector<quint64> ranks(size_t(m_workers.size()));
    for (int i = 0; i < m_workers.size(); ++i) {
        ranks[size_t(i)] = rank(m_workers.at(i).workerId);
        if (!excluded.contains(m_workers.at(i).workerId)) {
            order.push_back(i);
        }
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return ranks[size_t(a)] != ranks[size_t(b)] ? ranks[size_t(a)] < ranks[size_t(b)]
                                                    : m_workers.at(a).workerId < m_workers.at(b).workerId;
    });
    const int eligible = int(order.size());
    const int n = std::min(p.size, eligible);
    if (n == 0) {
        return p;
    }

    std::vector<char> chosen(size_t(m_workers.size()), 0);
    std::vector<Pick> picks;
    const auto take = [&](int i, const char* reason) {
        chosen[size_t(i)] = 1;
        picks.push_back({i, QLatin1String(reason)});
    };
    // Deliberately heard: the workers most exposed to abuse and least likely to be offered by management.
    int young = 0;
    for (const int i : order) {
        if (young >= m_rule.youngWorkers || int(picks.size()) >= n) {
            break;
        }
        if (m_workers.at(i).ageBand == QLatin1String("under_18")) {
            take(i, "young_worker");
            ++young;
        }
    }
    int recent = 0;
    for (const int i : order) {
        if (recent >= m_rule.recentHires || int(picks.size()) >= n) {
            break;
        }
        if (!chosen[size_t(i)] && m_workers.at(i).tenureBand == QLatin1String("under_3_months")) {
            take(i, "recent_hire");
            ++recent;
        }
    }

    // Strata and their proportional seats (largest remainder), reserved picks counting towards theirs.
    QHash<QString, int> cellOf;
    std::vector<Cell> cells;
    std::vector<int> cellOfWorker(size_t(m_workers.size()), -1);
    for (const int i : order) {
        const RegisterWorker& w = m_workers.at(i);
        const QString key = stratumKey(w);
        auto it = cellOf.find(key);
        if (it == cellOf.end()) {
            Cell c;
            c.stratum.key = key;
            c.stratum.department = w.department;
            c.stratum.gender = w.gender;
            c.stratum.shift = w.shift;
            cells.push_back(c);
            it = cellOf.insert(key, int(cells.size()) - 1);
        }
        cells[size_t(*it)].members.push_back(i);
        ++cells[size_t(*it)].stratum.workers;
        cellOfWorker[size_t(i)] = *it;
    }
    for (const Pick& pick : picks) {
        ++cells[size_t(cellOfWorker[size_t(pick.index)])].already;
    }
    int assigned = 0;
    std::vector<int> byRemainder;
    for (size_t c = 0; c < cells.size(); ++c) {
        SampleStratum& s = cells[c].stratum;
        s.quota = double(n) * s.workers / eligible;
        s.planned = int(std::floor(s.quota));
        assigned += s.planned;
        byRemainder.push_back(int(c));
    }
    std::sort(byRemainder.begin(), byRemainder.end(), [&](int a, int b) {
        const SampleStratum& x = cells[size_t(a)].stratum;
        const SampleStratum& y = cells[size_t(b)].stratum;
        const double rx = x.quota - x.planned;
        const double ry = y.quota - y.planned;
        if (rx != ry) {
            return rx > ry;
        }
        return x.workers != y.workers ? x.workers > y.workers : x.key < y.key;
    });
    for (size_t k = 0; assigned < n && k < byRemainder.size(); ++k) {
        ++cells[size_t(byRemainder[k])].stratum.planned;
        ++assigned;
    }
    int needed = 0;
    for (Cell& c : cells) {
        c.need = std::max(0, c.stratum.planned - c.already);
        needed += c.need;
    }
    // Reserved picks beyond their stratum's seats are taken from the most over-served strata.
    const int free = n - int(picks.size());
    while (needed > free) {
        int worst = -1;
        double surplus = -1e300;
        for (size_t c = 0; c < cells.size(); ++c) {
            const double s = cells[c].already + cells[c].need - cells[c].stratum.quota;
            if (cells[c].need > 0 && s > surplus) {
                surplus = s;
                worst = int(c);
            }
        }
        --cells[size_t(worst)].need;
        --needed;
    }
    for (Cell& c : cells) {
        for (const int i : c.members) {
            if (c.need == 0) {
                break;
            }
            if (!chosen[size_t(i)]) {
                take(i, "proportional");
                --c.need;
            }
        }
    }

    // Coverage: every category with a proportional seat (quota >= 1) gets at least one voice,
    // by swapping out a proportional pick whose own categories stay covered without it.
    const auto& dims = dimensions();
    std::vector<QHash<QString, int>> eligibleCounts(dims.size());
    for (const int i : order) {
        for (size_t d = 0; d < dims.size(); ++d) {
            const QString v = dims[d].value(m_workers.at(i));
            if (!v.isEmpty()) {
                ++eligibleCounts[d][v];
            }
        }
    }
    const auto sizeable = [&](size_t d, const QString& v) {
        return !v.isEmpty() && double(eligibleCounts[d].value(v)) * n / eligible >= 1.0;
    };
    QSet<QString> impossible;
    for (int round = 0; round < eligible; ++round) {
        std::vector<QHash<QString, int>> chosenCounts(dims.size());
        for (const Pick& pick : picks) {
            for (size_t d = 0; d < dims.size(); ++d) {
                ++chosenCounts[d][dims[d].value(m_workers.at(pick.index))];
            }
        }
        bool changed = false;
        for (size_t d = 0; d < dims.size() && !changed; ++d) {
            QStringList categories = eligibleCounts[d].keys();
            categories.sort();
            for (const QString& category : categories) {
                const QString label = dims[d].name + QStringLiteral(": ") + category;
                if (!sizeable(d, category) || chosenCounts[d].value(category) > 0 || impossible.contains(label)) {
                    continue;
                }
                int candidate = -1;
                for (const int i : order) {
                    if (!chosen[size_t(i)] && dims[d].value(m_workers.at(i)) == category) {
                        candidate = i;
                        break;
                    }
                }
                if (candidate < 0) {
                    impossible.insert(label);
                    continue;
                }
                int best = -1;
                double bestSurplus = -1e300;
                for (int k = int(picks.size()) - 1; k >= 0; --k) {
                    if (picks[size_t(k)].reason != QLatin1String("proportional")) {
                        continue;
                    }
                    const RegisterWorker& out = m_workers.at(picks[size_t(k)].index);
                    bool removable = true;
                    for (size_t e = 0; e < dims.size() && removable; ++e) {
                        const QString v = dims[e].value(out);
                        removable = !sizeable(e, v) || chosenCounts[e].value(v) > 1 ||
                                    dims[e].value(m_workers.at(candidate)) == v;
                    }
                    if (!removable) {
                        continue;
                    }
                    const Cell& cell = cells[size_t(cellOfWorker[size_t(picks[size_t(k)].index)])];
                    const double surplus = cell.stratum.planned - cell.stratum.quota;
                    if (surplus > bestSurplus) {
                        bestSurplus = surplus;
                        best = k;
                    }
                }
                if (best >= 0) {
                    const int out = picks[size_t(best)].index;
                    chosen[size_t(out)] = 0;
                    --cells[size_t(cellOfWorker[size_t(out)])].stratum.planned;
                    picks[size_t(best)] = {candidate, QStringLiteral("coverage")};
                } else {
                    picks.push_back({candidate, QStringLiteral("coverage")});
                }
                chosen[size_t(candidate)] = 1;
                ++cells[size_t(cellOfWorker[size_t(candidate)])].stratum.planned;
                changed = true;
                break;
            }
        }
        if (!changed) {
            break;
        }
    }
    for (size_t d = 0; d < dims.size(); ++d) {
        QStringList categories = eligibleCounts[d].keys();
        categories.sort();
        for (const QString& category : categories) {
            bool heard = false;
            for (const Pick& pick : picks) {
                heard = heard || dims[d].value(m_workers.at(pick.index)) == category;
            }
            if (sizeable(d, category) && !heard) {
                p.uncovered.append(dims[d].name + QStringLiteral(": ") + category);
            }
        }
    }

    // Individual interviews first for the deliberately chosen (they may talk about their age or
    // contract), then by rank; the others meet in groups of colleagues from one department and shift.
    std::stable_sort(picks.begin(), picks.end(), [&](const Pick& a, const Pick& b) {
        const bool ra = a.reason == QLatin1String("young_worker") || a.reason == QLatin1String("recent_hire");
        const bool rb = b.reason == QLatin1String("young_worker") || b.reason == QLatin1String("recent_hire");
        if (ra != rb) {
            return ra;
        }
        return ra ? false : ranks[size_t(a.index)] < ranks[size_t(b.index)];
    });
    const int total = int(picks.size());
    const int alone = m_rule.individualCount(total);
    std::vector<Pick> grouped(picks.begin() + alone, picks.end());
    std::sort(grouped.begin(), grouped.end(), [&](const Pick& a, const Pick& b) {
        const RegisterWorker& x = m_workers.at(a.index);
        const RegisterWorker& y = m_workers.at(b.index);
        if (x.department != y.department) {
            return x.department < y.department;
        }
        if (x.shift != y.shift) {
            return x.shift < y.shift;
        }
        return ranks[size_t(a.index)] < ranks[size_t(b.index)];
    });
    const auto sampled = [&](const Pick& pick, const char* format, int group) {
        const RegisterWorker& w = m_workers.at(pick.index);
        return SampledWorker{w.workerId, stratumKey(w), pick.reason, QLatin1String(format), group};
    };
    for (int k = 0; k < alone; ++k) {
        p.workers.append(sampled(picks[size_t(k)], "individual", 0));
    }
    for (size_t k = 0; k < grouped.size(); ++k) {
        p.workers.append(sampled(grouped[k], "group", int(k) / m_rule.groupSize + 1));
    }
    p.individual = alone;
    p.groups = grouped.empty() ? 0 : (int(grouped.size()) + m_rule.groupSize - 1) / m_rule.groupSize;
    for (const Cell& c : cells) {
        p.strata.append(c.stratum);
    }
    std::sort(p.strata.begin(), p.strata.end(), [](const SampleStratum& a, const SampleStratum& b) {
        return a.workers != b.workers ? a.workers > b.workers : a.key < b.key;
    });
    return p;
}

std::optional<SampledWorker> InterviewSampler::replacementFor(const SampleProposal& proposal, const QString& workerId,
                                                              const QSet<QString>& excluded) const
{
    const auto leaving = std::find_if(proposal.workers.cbegin(), proposal.workers.cend(),
                                      [&](const SampledWorker& s) { return s.workerId == workerId; });
    const auto registered = std::find_if(m_workers.cbegin(), m_workers.cend(),
                                         [&](const RegisterWorker& w) { return w.workerId == workerId; });
    QSet<QString> drawn;
    for (const SampledWorker& s : proposal.workers) {
        drawn.insert(s.workerId);
    }
    std::vector<int> candidates;
    for (int i = 0; i < m_workers.size(); ++i) {
        const QString& id = m_workers.at(i).workerId;
        if (id != workerId && !drawn.contains(id) && !excluded.contains(id)) {
            candidates.push_back(i);
        }
    }
    std::sort(candidates.begin(), candidates.end(), [&](int a, int b) {
        const quint64 ra = rank(m_workers.at(a).workerId);
        const quint64 rb = rank(m_workers.at(b).workerId);
        return ra != rb ? ra < rb : m_workers.at(a).workerId < m_workers.at(b).workerId;
    });
    const std::function<bool(const RegisterWorker&)> preferences[] = {
        [&](const RegisterWorker& w) {
            return registered != m_workers.cend() && stratumKey(w) == stratumKey(*registered);
        },
        [&](const RegisterWorker& w) {
            return registered != m_workers.cend() && w.department == registered->department;
        },
        [](const RegisterWorker&) { return true; },
    };
    for (const auto& prefer : preferences) {
        for (const int i : candidates) {
            const RegisterWorker& w = m_workers.at(i);
            if (prefer(w)) {
                return SampledWorker{w.workerId, stratumKey(w), QStringLiteral("replacement"),
                                     leaving != proposal.workers.cend() ? leaving->format
                                                                        : QStringLiteral("individual"),
                                     leaving != proposal.workers.cend() ? leaving->groupNumber : 0};
            }
        }
    }
    return std::nullopt;
}

} // namespace fieldbook
