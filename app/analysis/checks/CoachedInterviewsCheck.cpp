#include "app/analysis/checks/CoachedInterviewsCheck.h"
#include "app/analysis/checks/CheckSupport.h"
#include "app/analysis/stats/Distributions.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <numeric>
#include <set>

namespace fieldbook {

using namespace checks;

namespace {
constexpr int kMinimumInterviews = 5;
constexpr int kMinimumSharedQuestions = 5;
// Free texts: three-word shingles; independent people telling their own story share few of them.
constexpr int kShingle = 3;
constexpr int kMinimumWords = 8;
constexpr double kTextSimilarity = 0.5;

QHash<QString, QString> structuredAnswers(const InterviewStatement& s)
{
    QHash<QString, QString> answers;
    for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it) {
        if (!it.value().trimmed().isEmpty()) {
            answers.insert(it.key(), it.value().trimmed().toCaseFolded());
        }
    }
    const auto number = [&](const char* key, double v) {
        if (v >= 0) {
            answers.insert(QLatin1String(key), QString::number(v));
        }
    };
    number("stated_weekly_hours", s.statedWeeklyHours);
    number("stated_rest_days_per_week", s.statedRestDaysPerWeek);
    number("stated_monthly_pay", s.statedMonthlyPay);
    number("stated_deductions", s.statedDeductions);
    if (s.statedOvertimeVoluntary >= 0) {
        answers.insert(QStringLiteral("stated_overtime_voluntary"),
                       s.statedOvertimeVoluntary == 1 ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    return answers;
}

QSet<QString> shingles(const QStringList& texts, int* words)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList tokens;
    for (const QString& text : texts) {
        tokens += text.toCaseFolded().split(separators, Qt::SkipEmptyParts);
    }
    *words = int(tokens.size());
    QSet<QString> set;
    for (int i = 0; i + kShingle <= tokens.size(); ++i) {
        set.insert(tokens.mid(i, kShingle).join(QLatin1Char(' ')));
    }
    return set;
}

int findRoot(std::vector<int>& parent, int i)
{
    while (parent[size_t(i)] != i) {
        parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
        i = parent[size_t(i)];
    }
    return i;
}
} // namespace

QStringList CoachedInterviewsCheck::clauses() const
{
    return {QStringLiteral("sa8000:9.5"), QStringLiteral("rba:E8"), QStringLiteral("wrap:1")};
}

CheckDescription CoachedInterviewsCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Coached interviews"),
            QT_TRANSLATE_NOOP("CheckExplanations",
                              "Interview answers are too alike across workers to be independent: workers may "
                              "have been coached."),
            QStringLiteral("interviews"), QString()};
}

bool CoachedInterviewsCheck::applies(const AnalysisInput& input) const
{
    return int(input.records().interviews.size()) >= kMinimumInterviews;
}

QList<Flag> CoachedInterviewsCheck::run(const AnalysisInput& input) const
{
    const auto& interviews = input.records().interviews;
    const int n = int(interviews.size());
    std::vector<QHash<QString, QString>> answers;
    QHash<QString, QHash<QString, int>> marginals; // question -> answer -> count
    QHash<QString, int> asked;
    for (const InterviewStatement& s : interviews) {
        answers.push_back(structuredAnswers(s));
        for (auto it = answers.back().cbegin(); it != answers.back().cend(); ++it) {
            ++marginals[it.key()][it.value()];
            ++asked[it.key()];
        }
    }
    // Chance agreement per question from the answer marginals: sum of squared answer shares.
    QHash<QString, double> chanceAgreement;
    for (auto it = marginals.cbegin(); it != marginals.cend(); ++it) {
        double sum = 0;
        for (const int count : it.value()) {
            const double share = double(count) / asked.value(it.key());
            sum += share * share;
        }
        chanceAgreement.insert(it.key(), sum);
    }
    bool haveText = false;
    std::vector<QSet<QString>> texts;
    std::vector<int> words;
    for (const InterviewStatement& s : interviews) {
        int count = 0;
        texts.push_back(shingles(s.freeTexts, &count));
        words.push_back(count);
        haveText = haveText || count > 0;
    }

    const long long pairs = static_cast<long long>(n) * (n - 1) / 2;
    // Per pair, corrected for the number of interviews rather than of pairs: a coached group shows as
    // several linked pairs, so a lone chance link (expected alpha * (n - 1) / 2 of them) only ever
    // makes a low-severity pair.
    const double level = perTestLevel(kFamilyAlpha, n);
    Q_UNUSED(pairs)
    std::vector<int> parent(static_cast<size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    QJsonArray answerPairs;
    QJsonArray textPairs;
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            int shared = 0;
            int agree = 0;
            double expected = 0;
            for (auto it = answers[size_t(i)].cbegin(); it != answers[size_t(i)].cend(); ++it) {
                const auto other = answers[size_t(j)].constFind(it.key());
                if (other == answers[size_t(j)].cend()) {
                    continue;
                }
                ++shared;
                agree += other.value() == it.value() ? 1 : 0;
                expected += chanceAgreement.value(it.key());
            }
            bool linked = false;
            if (shared >= kMinimumSharedQuestions) {
                const double pValue = stats::binomialUpperTail(agree, shared, expected / shared);
                if (pValue < level) {
                    linked = true;
                    answerPairs.append(
                        QJsonObject{{QStringLiteral("interviews"),
                                     QJsonArray{interviews[size_t(i)].pseudonym, interviews[size_t(j)].pseudonym}},
                                    {QStringLiteral("questions"), shared},
                                    {QStringLiteral("same_answers"), agree},
                                    {QStringLiteral("expected_by_chance"), std::round(expected * 10) / 10},
                                    {QStringLiteral("p_value"), pValue}});
                }
            }
            if (words[size_t(i)] >= kMinimumWords && words[size_t(j)] >= kMinimumWords) {
                const QSet<QString>& a = texts[size_t(i)];
                const QSet<QString>& b = texts[size_t(j)];
                const int common = int(QSet<QString>(a).intersect(b).size());
                const int all = int(a.size() + b.size()) - common;
                const double jaccard = all > 0 ? double(common) / all : 0.0;
                if (jaccard >= kTextSimilarity) {
                    linked = true;
                    // The words themselves are personal data: only the similarity is reported.
                    textPairs.append(
                        QJsonObject{{QStringLiteral("interviews"),
                                     QJsonArray{interviews[size_t(i)].pseudonym, interviews[size_t(j)].pseudonym}},
                                    {QStringLiteral("text_similarity"), std::round(jaccard * 100) / 100}});
                }
            }
            if (linked) {
                parent[size_t(findRoot(parent, i))] = findRoot(parent, j);
            }
        }
    }
    QHash<int, QStringList> groups;
    for (int i = 0; i < n; ++i) {
        groups[findRoot(parent, i)].append(interviews[size_t(i)].pseudonym);
    }
    QList<Flag> flags;
    for (QStringList group : groups) {
        if (group.size() < 2) {
            continue;
        }
        group.sort();
        const QSet<QString> members(group.begin(), group.end());
        const auto inGroup = [&](const QJsonArray& list) {
            QJsonArray kept;
            for (const QJsonValue& v : list) {
                if (members.contains(v.toObject().value(QStringLiteral("interviews")).toArray().at(0).toString())) {
                    kept.append(v);
                }
            }
            return kept;
        };
        const Severity severity = group.size() >= 5   ? Severity::High
                                  : group.size() >= 3 ? Severity::Medium
                                                      : Severity::Low;
        Flag flag = makeFlag(input, severity);
        flag.subject = group.join(QLatin1Char(','));
        flag.summary =
            QCoreApplication::translate("Checks", "%1 of %2 interviews gave answers too alike to be independent: %3")
                .arg(group.size())
                .arg(n)
                .arg(group.join(QStringLiteral(", ")));
        flag.evidence.insert(QStringLiteral("interviews"), QJsonArray::fromStringList(group));
        flag.evidence.insert(QStringLiteral("answer_pairs"), inGroup(answerPairs));
        flag.evidence.insert(QStringLiteral("free_text_pairs"), inGroup(textPairs));
        flag.evidence.insert(QStringLiteral("free_text"), haveText
                                                              ? QStringLiteral("compared")
                                                              : QStringLiteral("unavailable: structured answers only"));
        flag.evidence.insert(QStringLiteral("significance_level"), level);
        // What the interviewer sensed, beside what the statistics show.
        QStringList suspected;
        for (const InterviewStatement& s : interviews) {
            if (s.coachingSuspected && members.contains(s.pseudonym)) {
                suspected.append(s.pseudonym);
            }
        }
        suspected.sort();
        flag.evidence.insert(QStringLiteral("interviewer_suspected_coaching"), QJsonArray::fromStringList(suspected));
        flags.append(flag);
    }
    if (std::optional<Flag> script = sameStatedHours(input)) {
        flags.append(*script);
    }
    return flags;
}

std::optional<Flag> CoachedInterviewsCheck::sameStatedHours(const AnalysisInput& input) const
{
    // When everyone recites the same figure the marginals concentrate and pairwise agreement stops
    // being surprising. Then compare with the records instead: people stating their own hours spread
    // as their recorded hours do (in 4-hour bins, generous for rounding), at least 30 % on one figure.
    constexpr int kMinimumLinked = 8;
    constexpr double kMinimumChance = 0.3;
    QHash<double, int> stated;
    QHash<int, int> recordedBins;
    int linked = 0;
    for (const InterviewStatement& s : input.records().interviews) {
        if (s.worker < 0 || s.worker >= input.workerCount() || s.statedWeeklyHours < 0) {
            continue;
        }
        double seconds = 0;
        std::set<JulianDay> weeks;
        for (const WorkDay& d : input.days(s.worker)) {
            seconds += d.workedSeconds;
            weeks.insert(AnalysisInput::weekStart(d.date));
        }
        if (weeks.empty()) {
            continue;
        }
        ++linked;
        ++stated[s.statedWeeklyHours];
        ++recordedBins[int(std::floor(seconds / 3600.0 / double(weeks.size()) / 4.0))];
    }
    if (linked < kMinimumLinked) {
        return std::nullopt;
    }
    double figure = 0;
    int same = 0;
    for (auto it = stated.cbegin(); it != stated.cend(); ++it) {
        if (it.value() > same || (it.value() == same && it.key() < figure)) {
            same = it.value();
            figure = it.key();
        }
    }
    int modalBin = 0;
    for (const int count : recordedBins) {
        modalBin = std::max(modalBin, count);
    }
    const double chance = std::max(kMinimumChance, double(modalBin) / linked);
    const double pValue = stats::binomialUpperTail(same, linked, chance);
    if (pValue >= kFamilyAlpha || double(same) / linked < 0.75) {
        return std::nullopt;
    }
    Flag flag = makeFlag(input, Severity::Medium);
    flag.subject = QStringLiteral("stated_weekly_hours");
    flag.summary = QCoreApplication::translate(
                       "Checks", "%1 of %2 interviewed workers stated exactly %3 h a week, while their records vary")
                       .arg(same)
                       .arg(linked)
                       .arg(QString::number(figure));
    flag.evidence.insert(QStringLiteral("stated_weekly_hours"), figure);
    flag.evidence.insert(QStringLiteral("interviews_stating_it"), same);
    flag.evidence.insert(QStringLiteral("interviews_linked"), linked);
    flag.evidence.insert(QStringLiteral("chance_share_from_records"), chance);
    flag.evidence.insert(QStringLiteral("p_value"), pValue);
    return flag;
}

} // namespace fieldbook
