#pragma once

#include "app/analysis/AnalysisInput.h"

#include <QStringList>
#include <set>
#include <vector>

namespace fieldbook::checks {

// Clause sets shared by several checks (code:clause ids of the checklist catalogs).
QStringList hoursClauses();   // SA8000 7, RBA A3, WRAP 6
QStringList wageClauses();    // SA8000 8, RBA A4, WRAP 5
QStringList ageClauses();     // SA8000 1, RBA A2, WRAP 3
QStringList recordsClauses(); // SA8000 9.1 (records), RBA E11, WRAP 1

struct WeekTotal
{
    JulianDay monday = kNoDate;
    int workedSeconds = 0;
    int daysWorked = 0;
};

// The worker's weeks (Monday to Sunday) with at least one worked day, in order.
std::vector<WeekTotal> weeklyTotals(const std::vector<WorkDay>& days);
// Overtime hours of each day of `days` (same order): the hours beyond regular_hours_per_day; in a
// week whose total exceeds regular_hours_per_week by more than its days' overtime, the rest of the
// weekly excess falls on the week's last worked days. So a week's overtime is the larger of the
// two readings and every hour is counted once. Days with `counted[i] == 0` (when given) get 0 and
// add nothing to their week (holidays and rest days paid at their own premium).
std::vector<double> dailyOvertimeHours(const std::vector<WorkDay>& days, const AuditParams& params,
                                       const std::vector<char>& counted = {});
// Number of days of the week starting `monday` that lie inside the audit period.
int daysOfWeekInPeriod(const AnalysisInput& input, JulianDay monday);

QStringList workerIdList(const AnalysisInput& input, const std::set<int>& workers);
QStringList dateList(const std::set<JulianDay>& dates);
QString hoursText(double hours); // "61.5"

// Bonferroni-corrected significance level for `tests` tests at family-wise level `alpha`.
double perTestLevel(double alpha, long long tests);
// Family-wise false-alarm level every statistical check controls, per check and run.
constexpr double kFamilyAlpha = 0.001;

} // namespace fieldbook::checks
