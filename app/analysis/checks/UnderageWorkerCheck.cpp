#include "app/analysis/checks/UnderageWorkerCheck.h"
#include "app/analysis/checks/CheckSupport.h"

#include <QCoreApplication>

namespace fieldbook {

using namespace checks;

QStringList UnderageWorkerCheck::clauses() const
{
    return ageClauses();
}

CheckDescription UnderageWorkerCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Underage worker"),
            QT_TRANSLATE_NOOP("CheckExplanations", "Someone worked while below the minimum age."),
            QStringLiteral("workers"), QString()};
}

bool UnderageWorkerCheck::applies(const AnalysisInput& input) const
{
    return !input.records().workers.empty() && input.params().minimumAge > 0;
}

QList<Flag> UnderageWorkerCheck::run(const AnalysisInput& input) const
{
    const int minimumAge = input.params().minimumAge;
    QList<Flag> flags;
    for (const WorkerRecord& person : input.records().workers) {
        if (person.birthDate == kNoDate || person.worker < 0) {
            continue;
        }
        const JulianDay ofAge = AnalysisInput::birthday(person.birthDate, minimumAge);
        std::set<JulianDay> dates;
        for (const WorkDay& day : input.days(person.worker)) {
            if (day.date < ofAge) {
                dates.insert(day.date);
            }
        }
        // Paid while under age counts too, when there are no time records for those days.
        bool paid = false;
        for (const int index : input.payrollRows(person.worker)) {
            const PayrollRecord& row = input.records().payroll[size_t(index)];
            if (row.periodStart < ofAge && row.regularHours + row.overtimeHours > 0) {
                paid = true;
                if (input.days(person.worker).empty()) {
                    for (JulianDay d = row.periodStart; d <= std::min(row.periodEnd, ofAge - 1); ++d) {
                        dates.insert(d);
                    }
                }
            }
        }
        if (dates.empty()) {
            continue;
        }
        Flag flag = makeFlag(input, Severity::Critical);
        flag.workers = {input.records().workerId(person.worker)};
        flag.dates = dateList(dates);
        const QDate birth = QDate::fromJulianDay(person.birthDate);
        const QDate first = QDate::fromJulianDay(*dates.begin());
        int age = first.year() - birth.year();
        if (first.month() < birth.month() || (first.month() == birth.month() && first.day() < birth.day())) {
            --age;
        }
        flag.summary = QCoreApplication::translate("Checks", "%1 worked %2 day(s) while under %3 (aged %4 on %5)")
                           .arg(flag.workers.first())
                           .arg(dates.size())
                           .arg(minimumAge)
                           .arg(age)
                           .arg(first.toString(Qt::ISODate));
        flag.evidence.insert(QStringLiteral("minimum_age"), minimumAge);
        flag.evidence.insert(QStringLiteral("age_on_first_day"), age);
        flag.evidence.insert(QStringLiteral("reaches_minimum_age"), AnalysisInput::isoDate(ofAge));
        flag.evidence.insert(QStringLiteral("days"), int(dates.size()));
        flag.evidence.insert(QStringLiteral("paid_while_under_age"), paid);
        flag.evidence.insert(QStringLiteral("register_line"), person.line);
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
