#include "app/analysis/checks/WorkOutsideEmploymentCheck.h"
#include "app/analysis/checks/CheckSupport.h"

#include <QCoreApplication>

namespace fieldbook {

using namespace checks;

QStringList WorkOutsideEmploymentCheck::clauses() const
{
    return recordsClauses() + wageClauses();
}

CheckDescription WorkOutsideEmploymentCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Work outside employment"),
            QT_TRANSLATE_NOOP("CheckExplanations", "Time or pay records before hire or after termination."),
            QStringLiteral("time_records"), QString()};
}

bool WorkOutsideEmploymentCheck::applies(const AnalysisInput& input) const
{
    return !input.records().workers.empty();
}

QList<Flag> WorkOutsideEmploymentCheck::run(const AnalysisInput& input) const
{
    std::vector<std::set<JulianDay>> before(size_t(input.workerCount()));
    std::vector<std::set<JulianDay>> after(size_t(input.workerCount()));
    std::vector<int> payrollRows(size_t(input.workerCount()), 0);
    for (int w = 0; w < input.workerCount(); ++w) {
        const WorkerRecord* person = input.registerRecord(w);
        if (!person) {
            continue;
        }
        for (const WorkDay& day : input.days(w)) {
            if (person->hireDate != kNoDate && day.date < person->hireDate) {
                before[size_t(w)].insert(day.date);
            }
            if (person->terminationDate != kNoDate && day.date > person->terminationDate) {
                after[size_t(w)].insert(day.date);
            }
        }
    }
    for (const PayrollRecord& row : input.records().payroll) {
        const WorkerRecord* person = input.registerRecord(row.worker);
        if (!person || row.regularHours + row.overtimeHours <= 0) {
            continue;
        }
        // A pay period that ends before hiring or starts after leaving pays for no employment.
        if (person->hireDate != kNoDate && row.periodEnd < person->hireDate) {
            before[size_t(row.worker)].insert(row.periodStart);
            ++payrollRows[size_t(row.worker)];
        }
        if (person->terminationDate != kNoDate && row.periodStart > person->terminationDate) {
            after[size_t(row.worker)].insert(row.periodStart);
            ++payrollRows[size_t(row.worker)];
        }
    }
    QList<Flag> flags;
    for (int w = 0; w < input.workerCount(); ++w) {
        const auto& b = before[size_t(w)];
        const auto& a = after[size_t(w)];
        if (b.empty() && a.empty()) {
            continue;
        }
        const WorkerRecord* person = input.registerRecord(w);
        std::set<JulianDay> dates = b;
        dates.insert(a.begin(), a.end());
        // Work before the hire date is work off the books (probation unpaid, or someone too young
        // to be registered yet).
        Flag flag = makeFlag(input, b.empty() ? Severity::Medium : Severity::High);
        flag.workers = {input.records().workerId(w)};
        flag.dates = dateList(dates);
        flag.summary =
            QCoreApplication::translate("Checks", "%1 has records on %2 day(s) before hire and %3 after leaving")
                .arg(flag.workers.first())
                .arg(b.size())
                .arg(a.size());
        if (person->hireDate != kNoDate) {
            flag.evidence.insert(QStringLiteral("hire_date"), AnalysisInput::isoDate(person->hireDate));
        }
        if (person->terminationDate != kNoDate) {
            flag.evidence.insert(QStringLiteral("termination_date"), AnalysisInput::isoDate(person->terminationDate));
        }
        flag.evidence.insert(QStringLiteral("days_before_hire"), int(b.size()));
        flag.evidence.insert(QStringLiteral("days_after_termination"), int(a.size()));
        flag.evidence.insert(QStringLiteral("payroll_rows"), payrollRows[size_t(w)]);
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
