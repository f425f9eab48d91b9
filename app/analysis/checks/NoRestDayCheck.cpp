#include "app/analysis/checks/NoRestDayCheck.h"
#include "app/analysis/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace fieldbook {

using namespace checks;

QStringList NoRestDayCheck::clauses() const
{
    return hoursClauses();
}

CheckDescription NoRestDayCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "No rest day"),
            QT_TRANSLATE_NOOP("CheckExplanations", "More consecutive working days than allowed without a day off."),
            QStringLiteral("time_records"), QStringLiteral("weekly_hours")};
}

bool NoRestDayCheck::applies(const AnalysisInput& input) const
{
    return !input.records().timeRecords.empty();
}

QList<Flag> NoRestDayCheck::run(const AnalysisInput& input) const
{
    const int limit = std::max(1, input.params().maxConsecutiveDays);
    QList<Flag> flags;
    for (int w = 0; w < input.workerCount(); ++w) {
        // A day with a forgotten punch is a day the worker came in: it breaks no run of work.
        std::vector<JulianDay> days;
        days.reserve(input.days(w).size() + input.missingPunchDays(w).size());
        for (const WorkDay& day : input.days(w)) {
            days.push_back(day.date);
        }
        if (!input.missingPunchDays(w).empty()) {
            days.insert(days.end(), input.missingPunchDays(w).begin(), input.missingPunchDays(w).end());
            std::sort(days.begin(), days.end());
            days.erase(std::unique(days.begin(), days.end()), days.end());
        }
        QJsonArray runs;
        std::set<JulianDay> dates;
        int longest = 0;
        size_t start = 0;
        for (size_t i = 1; i <= days.size(); ++i) {
            if (i < days.size() && days[i] == days[i - 1] + 1) {
                continue;
            }
            const int length = int(i - start);
            if (length > limit) {
                longest = std::max(longest, length);
                runs.append(QJsonObject{{QStringLiteral("first_day"), AnalysisInput::isoDate(days[start])},
                                        {QStringLiteral("last_day"), AnalysisInput::isoDate(days[i - 1])},
                                        {QStringLiteral("days"), length}});
                for (size_t j = start; j < i; ++j) {
                    dates.insert(days[j]);
                }
            }
            start = i;
        }
        if (runs.isEmpty()) {
            continue;
        }
        Flag flag = makeFlag(input, longest >= 2 * limit + 1 ? Severity::High : Severity::Medium);
        flag.workers = {input.records().workerId(w)};
        flag.dates = dateList(dates);
        flag.summary = QCoreApplication::translate("Checks", "%1 worked up to %2 days in a row (limit %3)")
                           .arg(flag.workers.first())
                           .arg(longest)
                           .arg(limit);
        flag.evidence.insert(QStringLiteral("runs"), runs);
        flag.evidence.insert(QStringLiteral("max_consecutive_days"), limit);
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
