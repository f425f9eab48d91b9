#include "app/analysis/checks/BirthdateHeapingCheck.h"
#include "app/analysis/checks/CheckSupport.h"
#include "app/analysis/stats/Distributions.h"

#include <QCoreApplication>
#include <QDate>
#include <array>

namespace fieldbook {

using namespace checks;

namespace {
// Births are seasonal: the busiest day of the year carries up to ~1.3 times the average share.
constexpr double kSeasonality = 1.3;
constexpr int kMinimumWorkers = 50;
constexpr int kMinimumHeap = 5;
} // namespace

QStringList BirthdateHeapingCheck::clauses() const
{
    return ageClauses() + recordsClauses();
}

CheckDescription BirthdateHeapingCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Birth dates heaped"),
            QT_TRANSLATE_NOOP("CheckExplanations",
                              "Implausibly many birth dates on one day of the year (e.g. 1 January): ages may "
                              "be made up."),
            QStringLiteral("workers"), QString()};
}

bool BirthdateHeapingCheck::applies(const AnalysisInput& input) const
{
    return int(input.records().workers.size()) >= kMinimumWorkers;
}

QList<Flag> BirthdateHeapingCheck::run(const AnalysisInput& input) const
{
    // Index 0..365: month*31+day folded into a day-of-year key that treats 29 Feb apart.
    std::array<std::vector<int>, 13 * 32> byDay;
    int total = 0;
    for (const WorkerRecord& person : input.records().workers) {
        if (person.birthDate == kNoDate || person.worker < 0) {
            continue;
        }
        const QDate birth = QDate::fromJulianDay(person.birthDate);
        byDay[size_t(birth.month() * 32 + birth.day())].push_back(person.worker);
        ++total;
    }
    if (total < kMinimumWorkers) {
        return {};
    }
    const double level = perTestLevel(kFamilyAlpha, 366);
    QList<Flag> flags;
    for (int month = 1; month <= 12; ++month) {
        for (int day = 1; day <= 31; ++day) {
            const std::vector<int>& workers = byDay[size_t(month * 32 + day)];
            const int k = int(workers.size());
            if (k < kMinimumHeap) {
                continue;
            }
            const double p = (month == 2 && day == 29 ? 0.25 : 1.0) * kSeasonality / 365.25;
            const double pValue = stats::binomialUpperTail(k, total, p);
            if (pValue >= level) {
                continue;
            }
            const double share = double(k) / total;
            Flag flag = makeFlag(input, share >= 0.05 ? Severity::High : Severity::Medium);
            flag.workers = workerIdList(input, std::set<int>(workers.begin(), workers.end()));
            flag.subject =
                QStringLiteral("%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
            const QString dayText = QLocale::c().toString(QDate(2000, month, day), QStringLiteral("d MMMM"));
            flag.summary =
                QCoreApplication::translate("Checks", "%1 of %2 workers were born on %3; chance would give about %4")
                    .arg(k)
                    .arg(total)
                    .arg(dayText)
                    .arg(QString::number(total / 365.25, 'f', 1));
            flag.evidence.insert(QStringLiteral("day_of_year"), flag.subject);
            flag.evidence.insert(QStringLiteral("count"), k);
            flag.evidence.insert(QStringLiteral("workers_with_birth_date"), total);
            flag.evidence.insert(QStringLiteral("expected"), total / 365.25);
            flag.evidence.insert(QStringLiteral("p_value"), pValue);
            flag.evidence.insert(QStringLiteral("significance_level"), level);
            flags.append(flag);
        }
    }
    return flags;
}

} // namespace fieldbook
