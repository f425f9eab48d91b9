#include "app/analysis/checks/ProductionHoursMismatchCheck.h"
#include "app/analysis/checks/CheckSupport.h"
#include "app/analysis/stats/Robust.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <map>

namespace fieldbook {

using namespace checks;

namespace {
// Standard minutes are what a trained operator needs at standard pace; lines rarely sustain more
// than 100 % efficiency. 15 % on top covers generous standards and people lent between lines.
constexpr double kMaximumEfficiency = 1.15;
} // namespace

QStringList ProductionHoursMismatchCheck::clauses() const
{
    return hoursClauses() + recordsClauses();
}

bool ProductionHoursMismatchCheck::applies(const AnalysisInput& input) const
{
    return !input.records().production.empty() && !input.records().workers.empty();
}

QList<Flag> ProductionHoursMismatchCheck::run(const AnalysisInput& input) const
{
    QHash<QString, std::map<JulianDay, double>> required;
    for (const ProductionRecord& r : input.records().production) {
        required[r.department.trimmed().toCaseFolded()][r.date] += r.units * r.standardMinutes / 60.0;
    }
    QHash<QString, std::map<JulianDay, double>> recorded;
    QHash<QString, QString> displayName;
    for (int w = 0; w < input.workerCount(); ++w) {
        const QString department = input.department(w).trimmed();
        const QString key = department.toCaseFolded();
        if (!required.contains(key)) {
            continue;
        }
        displayName.insert(key, department);
        auto& days = recorded[key];
        for (const WorkDay& day : input.days(w)) {
            days[day.date] += day.workedSeconds / 3600.0;
        }
    }
    for (const ProductionRecord& r : input.records().production) {
        displayName.insert(r.department.trimmed().toCaseFolded(), r.department.trimmed());
    }
    QList<Flag> flags;
    for (auto it = required.cbegin(); it != required.cend(); ++it) {
        const auto& labour = recorded.value(it.key());
        std::vector<double> efficiencies;
        QJsonArray days;
        std::set<JulianDay> dates;
        double missing = 0;
        for (const auto& [date, needed] : it.value()) {
            const auto found = labour.find(date);
            const double hours = found == labour.end() ? 0.0 : found->second;
            if (hours > 0) {
                efficiencies.push_back(needed / hours);
            }
            if (needed <= 0 || needed <= hours * kMaximumEfficiency) {
                continue;
            }
            dates.insert(date);
            missing += needed / kMaximumEfficiency - hours;
            days.append(QJsonObject{{QStringLiteral("date"), AnalysisInput::isoDate(date)},
                                    {QStringLiteral("standard_hours_needed"), std::round(needed * 10) / 10},
                                    {QStringLiteral("recorded_hours"), std::round(hours * 10) / 10}});
        }
        if (dates.empty()) {
            continue;
        }
        const QString department = displayName.value(it.key());
        Flag flag = makeFlag(input, dates.size() >= 3 ? Severity::High : Severity::Medium);
        flag.dates = dateList(dates);
        flag.subject = QStringLiteral("department:") + it.key();
        flag.summary =
            QCoreApplication::translate(
                "Checks", "%1: output on %2 day(s) needs at least %3 labour hours more than the time records show")
                .arg(department)
                .arg(dates.size())
                .arg(QString::number(missing, 'f', 0));
        flag.evidence.insert(QStringLiteral("department"), department);
        flag.evidence.insert(QStringLiteral("days"), days);
        flag.evidence.insert(QStringLiteral("maximum_efficiency"), kMaximumEfficiency);
        flag.evidence.insert(QStringLiteral("median_efficiency"), stats::median(efficiencies));
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
