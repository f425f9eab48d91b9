#include "app/interviews/InterviewSampler.h"

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

quint64 seededRank(quint64 seed, const QString& workerId)
{
    return splitmix(seed ^ fnv1a(workerId.toUtf8()));
}

// One proposal being drawn. InterviewSampler::propose() runs the steps in the order of the
// procedure; each works on what the earlier ones left: the eligible register in seeded rank order,
// the picks so far, and the strata with their seats. Every tie is broken explicitly (rank, then
// employee number or stratum key), so (register, rule, seed, exclusions) always give the same draw.
class Draw
{
public:
    Draw(const QList<RegisterWorker>& workers, const SampleRule& rule)
        : m_workers(workers), m_rule(rule), m_chosen(size_t(workers.size()), 0),
          m_cellOfWorker(size_t(workers.size()), -1)
    {}

    int rankEligible(quint64 seed, const QSet<QString>& excluded, int size);
    void takeDeliberate();
    void formStrata();
    void allocateSeats();
    void makeRoomForDeliberate();
    void drawProportional();
    void ensureCoverage();
    QStringList uncovered() const;
    void assignInterviews(SampleProposal& p);
    QList<SampleStratum> strata() const;

private:
    void take(int i, const char* reason);
    void takeFirst(int count, const char* reason, bool (*matches)(const RegisterWorker&));
    Cell& cellOf(int worker);
    bool sizeable(size_t d, const QString& category) const;
    QStringList categories(size_t d) const;
    std::vector<QHash<QString, int>> pickedCounts() const;
    bool coverOneCategory(QSet<QString>& impossible);
    int swapOutFor(int candidate, const std::vector<QHash<QString, int>>& picked) const;
    void seatForCoverage(int candidate, int replacedPick);

    const QList<RegisterWorker>& m_workers;
    const SampleRule& m_rule;
    std::vector<quint64> m_ranks; // by register index
    std::vector<int> m_order;     // the eligible (not excluded) register indexes in rank order
    int m_eligible = 0;
    int m_n = 0; // seats: the rule's size, at most the eligible workers
    std::vector<char> m_chosen;
    std::vector<Pick> m_picks;
    std::vector<Cell> m_cells;
    std::vector<int> m_cellOfWorker;
    std::vector<QHash<QString, int>> m_eligibleCounts; // per dimension: eligible workers per category
};

// Drawing with the seed: a worker's rank is a seeded hash of their employee number, so the order
// every later step walks is independent of the register's row order. Returns the seats to fill.
int Draw::rankEligible(quint64 seed, const QSet<QString>& excluded, int size)
{
    m_ranks.resize(size_t(m_workers.size()));
    for (int i = 0; i < m_workers.size(); ++i) {
        m_ranks[size_t(i)] = seededRank(seed, m_workers.at(i).workerId);
        if (!excluded.contains(m_workers.at(i).workerId)) {
            m_order.push_back(i);
        }
    }
    std::sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        return m_ranks[size_t(a)] != m_ranks[size_t(b)] ? m_ranks[size_t(a)] < m_ranks[size_t(b)]
                                                        : m_workers.at(a).workerId < m_workers.at(b).workerId;
    });
    m_eligible = int(m_order.size());
    m_n = std::min(size, m_eligible);
    return m_n;
}

void Draw::take(int i, const char* reason)
{
    m_chosen[size_t(i)] = 1;
    m_picks.push_back({i, QLatin1String(reason)});
}

// The first `count` not yet chosen workers in rank order that match, while seats remain.
void Draw::takeFirst(int count, const char* reason, bool (*matches)(const RegisterWorker&))
{
    int taken = 0;
    for (const int i : m_order) {
        if (taken >= count || int(m_picks.size()) >= m_n) {
            break;
        }
        if (!m_chosen[size_t(i)] && matches(m_workers.at(i))) {
            take(i, reason);
            ++taken;
        }
    }
}

// Risk-based additions, taken before any stratum is filled: the workers most exposed to abuse and
// least likely to be offered by management. Their picks count towards their stratum's seats.
void Draw::takeDeliberate()
{
    takeFirst(m_rule.youngWorkers, "young_worker",
              [](const RegisterWorker& w) { return w.ageBand == QLatin1String("under_18"); });
    takeFirst(m_rule.recentHires, "recent_hire",
              [](const RegisterWorker& w) { return w.tenureBand == QLatin1String("under_3_months"); });
}

Cell& Draw::cellOf(int worker)
{
    return m_cells[size_t(m_cellOfWorker[size_t(worker)])];
}

// Population and strata: department x gender x shift, in order of first appearance in rank order,
// each with its members in rank order and the deliberate picks it already holds.
void Draw::formStrata()
{
    QHash<QString, int> cellOfKey;
    for (const int i : m_order) {
        const RegisterWorker& w = m_workers.at(i);
        const QString key = InterviewSampler::stratumKey(w);
        auto it = cellOfKey.find(key);
        if (it == cellOfKey.end()) {
            Cell c;
            c.stratum.key = key;
            c.stratum.department = w.department;
            c.stratum.gender = w.gender;
            c.stratum.shift = w.shift;
            m_cells.push_back(c);
            it = cellOfKey.insert(key, int(m_cells.size()) - 1);
        }
        m_cells[size_t(*it)].members.push_back(i);
        ++m_cells[size_t(*it)].stratum.workers;
        m_cellOfWorker[size_t(i)] = *it;
    }
    for (const Pick& pick : m_picks) {
        ++cellOf(pick.index).already;
    }
}

// Allocation per stratum: proportional seats by largest remainder; ties go to the larger stratum,
// then the smaller key.
void Draw::allocateSeats()
{
    int assigned = 0;
    std::vector<int> byRemainder;
    for (size_t c = 0; c < m_cells.size(); ++c) {
        SampleStratum& s = m_cells[c].stratum;
        s.quota = double(m_n) * s.workers / m_eligible;
        s.planned = int(std::floor(s.quota));
        assigned += s.planned;
        byRemainder.push_back(int(c));
    }
    std::sort(byRemainder.begin(), byRemainder.end(), [&](int a, int b) {
        const SampleStratum& x = m_cells[size_t(a)].stratum;
        const SampleStratum& y = m_cells[size_t(b)].stratum;
        const double rx = x.quota - x.planned;
        const double ry = y.quota - y.planned;
        if (rx != ry) {
            return rx > ry;
        }
        return x.workers != y.workers ? x.workers > y.workers : x.key < y.key;
    });
    for (size_t k = 0; assigned < m_n && k < byRemainder.size(); ++k) {
        ++m_cells[size_t(byRemainder[k])].stratum.planned;
        ++assigned;
    }
}

// Each stratum still needs its seats minus the deliberate picks it holds. Deliberate picks beyond
// their stratum's seats are taken from the most over-served strata, so the sample keeps its size.
void Draw::makeRoomForDeliberate()
{
    int needed = 0;
    for (Cell& c : m_cells) {
        c.need = std::max(0, c.stratum.planned - c.already);
        needed += c.need;
    }
    const int free = m_n - int(m_picks.size());
    while (needed > free) {
        int worst = -1;
        double surplus = -1e300;
        for (size_t c = 0; c < m_cells.size(); ++c) {
            const double s = m_cells[c].already + m_cells[c].need - m_cells[c].stratum.quota;
            if (m_cells[c].need > 0 && s > surplus) {
                surplus = s;
                worst = int(c);
            }
        }
        --m_cells[size_t(worst)].need;
        --needed;
    }
}

// Each stratum's remaining seats go to its first-ranked members not yet chosen.
void Draw::drawProportional()
{
    for (Cell& c : m_cells) {
        for (const int i : c.members) {
            if (c.need == 0) {
                break;
            }
            if (!m_chosen[size_t(i)]) {
                take(i, "proportional");
                --c.need;
            }
        }
    }
}

// A category large enough for a proportional seat of its own (quota >= 1).
bool Draw::sizeable(size_t d, const QString& category) const
{
    return !category.isEmpty() && double(m_eligibleCounts[d].value(category)) * m_n / m_eligible >= 1.0;
}

QStringList Draw::categories(size_t d) const
{
    QStringList all = m_eligibleCounts[d].keys();
    all.sort();
    return all;
}

// Per dimension: how many picks are in each category.
std::vector<QHash<QString, int>> Draw::pickedCounts() const
{
    const auto& dims = dimensions();
    std::vector<QHash<QString, int>> counts(dims.size());
    for (const Pick& pick : m_picks) {
        for (size_t d = 0; d < dims.size(); ++d) {
            ++counts[d][dims[d].value(m_workers.at(pick.index))];
        }
    }
    return counts;
}

// Coverage: every sizeable category of every dimension gets at least one voice. One category is
// covered per round (the counts change with each swap), at most one round per eligible worker.
void Draw::ensureCoverage()
{
    const auto& dims = dimensions();
    m_eligibleCounts.assign(dims.size(), {});
    for (const int i : m_order) {
        for (size_t d = 0; d < dims.size(); ++d) {
            const QString v = dims[d].value(m_workers.at(i));
            if (!v.isEmpty()) {
                ++m_eligibleCounts[d][v];
            }
        }
    }
    QSet<QString> impossible; // categories with no unchosen worker left to bring in
    for (int round = 0; round < m_eligible; ++round) {
        if (!coverOneCategory(impossible)) {
            break;
        }
    }
}

// Covers the first unheard sizeable category (dimensions in order, categories sorted) with its
// first-ranked unchosen worker. Returns false when there is none left to cover.
bool Draw::coverOneCategory(QSet<QString>& impossible)
{
    const auto& dims = dimensions();
    const std::vector<QHash<QString, int>> picked = pickedCounts();
    for (size_t d = 0; d < dims.size(); ++d) {
        for (const QString& category : categories(d)) {
            const QString label = dims[d].name + QStringLiteral(": ") + category;
            if (!sizeable(d, category) || picked[d].value(category) > 0 || impossible.contains(label)) {
                continue;
            }
            int candidate = -1;
            for (const int i : m_order) {
                if (!m_chosen[size_t(i)] && dims[d].value(m_workers.at(i)) == category) {
                    candidate = i;
                    break;
                }
            }
            if (candidate < 0) {
                impossible.insert(label);
                continue;
            }
            seatForCoverage(candidate, swapOutFor(candidate, picked));
            return true;
        }
    }
    return false;
}

// The proportional pick to give up for `candidate`: one whose own sizeable categories stay heard
// without it, from the most over-served stratum (the latest such pick on a tie). -1 when none.
int Draw::swapOutFor(int candidate, const std::vector<QHash<QString, int>>& picked) const
{
    const auto& dims = dimensions();
    int best = -1;
    double bestSurplus = -1e300;
    for (int k = int(m_picks.size()) - 1; k >= 0; --k) {
        if (m_picks[size_t(k)].reason != QLatin1String("proportional")) {
            continue;
        }
        const RegisterWorker& out = m_workers.at(m_picks[size_t(k)].index);
        bool removable = true;
        for (size_t e = 0; e < dims.size() && removable; ++e) {
            const QString v = dims[e].value(out);
            removable = !sizeable(e, v) || picked[e].value(v) > 1 || dims[e].value(m_workers.at(candidate)) == v;
        }
        if (!removable) {
            continue;
        }
        const Cell& cell = m_cells[size_t(m_cellOfWorker[size_t(m_picks[size_t(k)].index)])];
        const double surplus = cell.stratum.planned - cell.stratum.quota;
        if (surplus > bestSurplus) {
            bestSurplus = surplus;
            best = k;
        }
    }
    return best;
}

// Puts `candidate` in the place of pick `replacedPick`, or adds them (the sample grows) when no
// proportional pick could be given up.
void Draw::seatForCoverage(int candidate, int replacedPick)
{
    if (replacedPick >= 0) {
        const int out = m_picks[size_t(replacedPick)].index;
        m_chosen[size_t(out)] = 0;
        --cellOf(out).stratum.planned;
        m_picks[size_t(replacedPick)] = {candidate, QStringLiteral("coverage")};
    } else {
        m_picks.push_back({candidate, QStringLiteral("coverage")});
    }
    m_chosen[size_t(candidate)] = 1;
    ++cellOf(candidate).stratum.planned;
}

// Sizeable categories no pick represents (no one eligible was left to bring in), as
// "dimension: category".
QStringList Draw::uncovered() const
{
    const auto& dims = dimensions();
    QStringList unheard;
    for (size_t d = 0; d < dims.size(); ++d) {
        for (const QString& category : categories(d)) {
            bool heard = false;
            for (const Pick& pick : m_picks) {
                heard = heard || dims[d].value(m_workers.at(pick.index)) == category;
            }
            if (sizeable(d, category) && !heard) {
                unheard.append(dims[d].name + QStringLiteral(": ") + category);
            }
        }
    }
    return unheard;
}

// Individual interviews first for the deliberately chosen (they may talk about their age or
// contract), then by rank; the others meet in groups of colleagues from one department and shift.
void Draw::assignInterviews(SampleProposal& p)
{
    std::stable_sort(m_picks.begin(), m_picks.end(), [&](const Pick& a, const Pick& b) {
        const bool ra = a.reason == QLatin1String("young_worker") || a.reason == QLatin1String("recent_hire");
        const bool rb = b.reason == QLatin1String("young_worker") || b.reason == QLatin1String("recent_hire");
        if (ra != rb) {
            return ra;
        }
        return ra ? false : m_ranks[size_t(a.index)] < m_ranks[size_t(b.index)];
    });
    const int total = int(m_picks.size());
    const int alone = m_rule.individualCount(total);
    std::vector<Pick> grouped(m_picks.begin() + alone, m_picks.end());
    std::sort(grouped.begin(), grouped.end(), [&](const Pick& a, const Pick& b) {
        const RegisterWorker& x = m_workers.at(a.index);
        const RegisterWorker& y = m_workers.at(b.index);
        if (x.department != y.department) {
            return x.department < y.department;
        }
        if (x.shift != y.shift) {
            return x.shift < y.shift;
        }
        return m_ranks[size_t(a.index)] < m_ranks[size_t(b.index)];
    });
    const auto sampled = [&](const Pick& pick, const char* format, int group) {
        const RegisterWorker& w = m_workers.at(pick.index);
        return SampledWorker{w.workerId, InterviewSampler::stratumKey(w), pick.reason, QLatin1String(format), group};
    };
    for (int k = 0; k < alone; ++k) {
        p.workers.append(sampled(m_picks[size_t(k)], "individual", 0));
    }
    for (size_t k = 0; k < grouped.size(); ++k) {
        p.workers.append(sampled(grouped[k], "group", int(k) / m_rule.groupSize + 1));
    }
    p.individual = alone;
    p.groups = grouped.empty() ? 0 : (int(grouped.size()) + m_rule.groupSize - 1) / m_rule.groupSize;
}

// The strata with their quotas and final seats, largest first.
QList<SampleStratum> Draw::strata() const
{
    QList<SampleStratum> all;
    for (const Cell& c : m_cells) {
        all.append(c.stratum);
    }
    std::sort(all.begin(), all.end(), [](const SampleStratum& a, const SampleStratum& b) {
        return a.workers != b.workers ? a.workers > b.workers : a.key < b.key;
    });
    return all;
}

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
    return seededRank(m_seed, workerId);
}

SampleProposal InterviewSampler::propose(const QSet<QString>& excluded) const
{
    SampleProposal p;
    p.workforce = int(m_workers.size());
    p.size = m_rule.sampleSize(p.workforce);

    Draw draw(m_workers, m_rule);
    if (draw.rankEligible(m_seed, excluded, p.size) == 0) {
        return p;
    }
    draw.takeDeliberate();
    draw.formStrata();
    draw.allocateSeats();
    draw.makeRoomForDeliberate();
    draw.drawProportional();
    draw.ensureCoverage();
    p.uncovered = draw.uncovered();
    draw.assignInterviews(p);
    p.strata = draw.strata();
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
