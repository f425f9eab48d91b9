#include "app/demo/FactoryGenerator.h"

#include <QSet>

#include <QHash>
#include <algorithm>
#include <cmath>
#include <random>

namespace fieldbook {

namespace {

constexpr int kHour = 3600;
constexpr int kMinute = 60;
constexpr int kDayShiftStart = 8 * kHour;
constexpr int kNightShiftStart = 20 * kHour;
constexpr int kMealBreakMinutes = 60;
constexpr int kDinnerBreakMinutes = 30; // when the evening overtime is two hours or more
// Punches add a few minutes a day to the scheduled hours; plans stay this far below the limits.
constexpr double kPlanningMarginHours = 0.5;

struct DepartmentTemplate
{
    const char* name;
    double share;
    double overtimeLevel;
    double sam;
};

// Sizes and overtime habits of a typical export garment factory.
constexpr DepartmentTemplate kDepartments[] = {
    {"Cutting", 0.10, 6.0, 0.9},   {"Sewing 1", 0.27, 8.0, 12.5}, {"Sewing 2", 0.23, 7.0, 9.8},
    {"Finishing", 0.12, 6.0, 2.2}, {"Packing", 0.10, 7.5, 0.8},   {"Warehouse", 0.07, 4.0, 0},
    {"QA", 0.06, 5.0, 0},          {"Maintenance", 0.05, 3.0, 0},
};

const char* const kSurnames[] = {"Wang", "Li",  "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",  "Zhou",
                                 "Xu",   "Sun", "Ma",    "Zhu", "Hu",   "Guo",  "He",    "Lin",  "Luo", "Liang"};
const char* const kGiven[] = {"Wei",  "Fang", "Na",  "Min",  "Jing", "Li",   "Qiang", "Lei",  "Jun",  "Yang",
                              "Yan",  "Jie",  "Tao", "Ming", "Chao", "Xia",  "Hua",   "Ping", "Gang", "Hong",
                              "Ying", "Xin",  "Lan", "Bo",   "Hui",  "Juan", "Kai",   "Rui",  "Ting", "Yu"};
const char* const kPositions[] = {"Operator", "Operator", "Operator", "Operator", "Line leader", "Technician"};

class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed)
    {}
    double uniform(double low, double high)
    {
        return std::uniform_real_distribution<double>(low, high)(m_engine);
    }
    int integer(int low, int high) // inclusive
    {
        return std::uniform_int_distribution<int>(low, high)(m_engine);
    }
    double normal(double mean, double sd)
    {
        return std::normal_distribution<double>(mean, sd)(m_engine);
    }
    bool chance(double p)
    {
        return uniform(0, 1) < p;
    }
    template <typename T, size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[size_t(integer(0, int(N) - 1))];
    }

private:
    std::mt19937_64 m_engine;
};

int clampInt(double v, int low, int high)
{
    return std::clamp(int(std::lround(v)), low, high);
}

// GB 11643 check character of an 18-character resident ID number.
QChar idCheckCharacter(const QString& first17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char codes[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        sum += (first17.at(i).unicode() - '0') * weights[i];
    }
    return QLatin1Char(codes[sum % 11]);
}

} // namespace

GeneratedFactory FactoryGenerator::generate(const FactoryProfile& profile, const AuditParams& baseParams)
{
    Random rng(profile.seed);
    GeneratedFactory out;
    out.start = profile.start.isValid()            ? profile.start
                : baseParams.periodStart.isValid() ? baseParams.periodStart
                                                   : defaultStart();
    const int days = std::max(1, profile.days);
    out.end = out.start.addDays(days - 1);
    out.params = baseParams;
    out.params.periodStart = out.start;
    out.params.periodEnd = out.end;
    if (!out.params.auditDate.isValid()) {
        out.params.auditDate = out.end.addDays(14);
    }
    if (out.params.country.isEmpty()) {
        out.params.country = profile.country;
    }
    const AuditParams& params = out.params;
    const JulianDay firstDay = out.start.toJulianDay();
    const double minimumWage = params.minimumWageHourly > 0 ? params.minimumWageHourly : 20.0;
    const double premium = std::max(params.overtimePremium, 1.5);
    const int maxConsecutive = std::max(1, params.maxConsecutiveDays);

    // Departments, sized by share; the remainder goes to the sewing lines.
    int assigned = 0;
    for (const DepartmentTemplate& t : kDepartments) {
        GeneratedDepartment d;
        d.name = QString::fromLatin1(t.name);
        d.workers = int(std::floor(t.share * profile.workers));
        d.overtimeLevel = t.overtimeLevel;
        d.standardMinutes = profile.production ? t.sam : 0;
        assigned += d.workers;
        out.departments.push_back(d);
    }
    out.departments[1].workers += profile.workers - assigned;

    // Workers ------------------------------------------------------------------------------------
    RecordSet& records = out.records;
    QHash<JulianDay, int> idSequence; // birth date -> next sequence number: ID numbers stay unique
    int number = 0;
    for (int d = 0; d < int(out.departments.size()); ++d) {
        for (int i = 0; i < out.departments[size_t(d)].workers; ++i) {
            ++number;
            const int worker = records.internWorker(QStringLiteral("W%1").arg(number, 5, 10, QLatin1Char('0')));
            GeneratedWorker g;
            g.worker = worker;
            g.department = d;
            const QString& deptName = out.departments[size_t(d)].name;
            g.nightShift = profile.nightShift && ((deptName == QStringLiteral("Sewing 2") && i % 3 == 0) ||
                                                  (deptName == QStringLiteral("Maintenance") && i % 2 == 0));
            g.attlog = profile.attlogShare > 0 && rng.chance(profile.attlogShare);
            g.habitualEarlySeconds =
                clampInt(rng.normal(9, 4) * kMinute + rng.integer(0, 59), 2 * kMinute, 22 * kMinute);
            const double skill = std::abs(rng.normal(0, 0.18));
            g.hourlyRate = std::round(minimumWage * (1.04 + skill) * 100) / 100;

            WorkerRecord w;
            w.worker = worker;
            // Adults: 18.5 to about 50 at the start, most in their twenties and thirties.
            double age = rng.normal(31, 8);
            while (age < 18.6 || age > 55) { // redraw rather than clamp: clamping heaps birthdays
                age = rng.normal(31, 8);
            }
            w.birthDate = firstDay - JulianDay(age * 365.25); // continuous ages: spread over the year
            const double maxTenureYears = std::min(8.0, age - 18.2);
            if (rng.chance(profile.turnover)) {
                w.hireDate = firstDay + rng.integer(1, std::max(1, days - 7)); // hired during the period
            } else {
                w.hireDate = firstDay - 1 - JulianDay(rng.uniform(0, maxTenureYears) * 365.25);
            }
            if (rng.chance(profile.turnover) && days > 14) {
                const JulianDay last = firstDay + rng.integer(7, days - 1);
                if (last > w.hireDate + 7) {
                    w.terminationDate = last;
                }
            }
            w.gender = rng.chance(0.68) ? QStringLiteral("F") : QStringLiteral("M");
            w.department = deptName;
            w.position = QString::fromLatin1(rng.pick(kPositions));
            w.name = QString::fromLatin1(rng.pick(kSurnames)) + QLatin1Char(' ') +
                     QString::fromLatin1(rng.pick(kGiven)) +
                     (rng.chance(0.5) ? QString::fromLatin1(rng.pick(kGiven)).toLower() : QString());
            const QDate birth = QDate::fromJulianDay(w.birthDate);
            const int sequence = idSequence.value(w.birthDate, 0);
            idSequence.insert(w.birthDate, sequence + 1);
            const QString first17 = QStringLiteral("441900") + birth.toString(QStringLiteral("yyyyMMdd")) +
                                    QStringLiteral("%1").arg(100 + sequence % 900, 3, 10, QLatin1Char('0'));
            w.idNumber = first17 + idCheckCharacter(first17);
            w.line = number + 1;
            records.workers.push_back(w);
            out.workers.push_back(g);
        }
    }

    // Department plans per week: overtime level and whether Saturday is worked ----------------------
    const int weeks = (days + 6) / 7 + 1;
    const int startDow = out.start.dayOfWeek(); // 1 = Monday
    std::vector<double> weekOvertime(out.departments.size() * size_t(weeks));
    std::vector<char> saturdayOff(out.departments.size() * size_t(weeks));
    for (size_t d = 0; d < out.departments.size(); ++d) {
        const double phase = rng.uniform(0, 6.28);
        for (int w = 0; w < weeks; ++w) {
            const double season = 1.0 + 0.3 * std::sin(phase + w * 0.45) + rng.normal(0, 0.15);
            weekOvertime[d * size_t(weeks) + size_t(w)] = std::max(0.0, out.departments[d].overtimeLevel * season);
            saturdayOff[d * size_t(weeks) + size_t(w)] = rng.chance(0.2) || maxConsecutive < 6;
        }
    }

    // Budget of planned hours per week, below every limit by a margin for punch jitter.
    // Without a weekly cap (params.json v2 kNoLimit), SA8000's 12 h of overtime a week.
    const double weeklyCap =
        std::min(params.regularHoursPerWeek + params.maxOvertimeHoursPerWeek, params.maxTotalHoursPerWeek);
    const double weeklyBudget =
        (std::isfinite(weeklyCap) ? weeklyCap : params.regularHoursPerWeek + 12) - kPlanningMarginHours;
    const double dayHours = params.regularHoursPerDay > 0 ? params.regularHoursPerDay : 8;
    // Overtime a week that keeps a clean worker within the law's monthly and yearly caps too.
    const double weeklyOvertimeCap =
        std::min(params.maxOvertimeHoursPerMonth * 7.0 / 31.0, params.maxOvertimeHoursPerYear * 7.0 / 365.0);
    // Planned overtime a day (half hours), within the law's daily overtime and daily total caps.
    const double dailyOvertimeCap = std::min({3.0, params.maxOvertimeHoursPerDay - kPlanningMarginHours,
                                              params.maxTotalHoursPerDay - dayHours - kPlanningMarginHours});
    const int maxHalfHoursADay = std::max(0, int(std::floor(dailyOvertimeCap * 2)));
    const QSet<JulianDay> holidays = [&params] {
        QSet<JulianDay> set;
        for (const QDate& d : params.holidays) {
            set.insert(d.toJulianDay());
        }
        return set;
    }();

    // Time records, day by day ----------------------------------------------------------------
    out.roster.assign(out.workers.size() * size_t(days), RosterDay::NotEmployed);
    records.timeRecords.reserve(out.workers.size() * size_t(days) * 6 / 7);
    std::vector<double> deptHours(out.departments.size() * size_t(days), 0.0);
    for (GeneratedWorker& g : out.workers) {
        const WorkerRecord& w = records.workers[size_t(g.worker)];
        // Leave blocks: a few workers take several days in a row.
        int leaveBlockStart = -1;
        int leaveBlockLength = 0;
        if (rng.chance(0.12)) {
            leaveBlockLength = rng.integer(2, 6);
            leaveBlockStart = rng.integer(0, std::max(0, days - leaveBlockLength));
        }
        for (int weekStart = -(startDow - 1); weekStart < days; weekStart += 7) {
            const int weekIndex = (weekStart + startDow - 1) / 7;
            const size_t planIndex = size_t(g.department) * size_t(weeks) + size_t(weekIndex);
            const bool workSaturday = !saturdayOff[planIndex];
            // Which days of this week the worker works (Sunday is always the rest day).
            std::vector<int> workDays;
            for (int dow = 0; dow < (workSaturday ? 6 : 5); ++dow) {
                const int day = weekStart + dow;
                if (day < 0 || day >= days) {
                    continue;
                }
                const JulianDay date = firstDay + day;
                RosterDay& slot = out.roster[size_t(g.worker) * size_t(days) + size_t(day)];
                if (date < w.hireDate || (w.terminationDate != kNoDate && date > w.terminationDate)) {
                    continue;
                }
                if (holidays.contains(date)) {
                    continue; // public holidays off: their pay is the law's business, not the plan's
                }
                if ((day >= leaveBlockStart && day < leaveBlockStart + leaveBlockLength) ||
                    rng.chance(profile.leaveRate)) {
                    slot = RosterDay::Leave;
                    continue;
                }
                workDays.push_back(day);
            }
            for (int dow = 0; dow < 7; ++dow) {
                const int day = weekStart + dow;
                if (day < 0 || day >= days) {
                    continue;
                }
                const JulianDay date = firstDay + day;
                RosterDay& slot = out.roster[size_t(g.worker) * size_t(days) + size_t(day)];
                if (slot == RosterDay::NotEmployed && date >= w.hireDate &&
                    (w.terminationDate == kNoDate || date <= w.terminationDate)) {
                    slot = RosterDay::RestDay;
                }
            }
            if (workDays.empty()) {
                continue;
            }
            // Overtime for the week: the department's level, the worker's share, within budget.
            // Punching in early and out late adds up to this much a day beyond the plan.
            const double jitterHours = (g.habitualEarlySeconds + 6 * kMinute + 9 * kMinute) / 3600.0;
            double planned = double(workDays.size()) * (dayHours + jitterHours);
            while (planned > weeklyBudget && workDays.size() > 1) {
                workDays.pop_back();
                planned -= dayHours + jitterHours;
            }
            double extra = weekOvertime[planIndex] * rng.uniform(0.7, 1.2) * (g.nightShift ? 0.5 : 1.0);
            extra = std::clamp(extra, 0.0, std::max(0.0, weeklyBudget - planned));
            if (std::isfinite(weeklyOvertimeCap)) {
                // Punch jitter counts as overtime too: leave room for it under the monthly cap.
                const double jitter = double(workDays.size()) * jitterHours;
                extra = std::min(extra, std::max(0.0, weeklyOvertimeCap - jitter - kPlanningMarginHours));
            }
            int halfHours = int(std::floor(extra * 2));
            // Spread the half hours over the weekdays, at most three hours a day (less where the law
            // caps a day's overtime lower).
            std::vector<int> extraHalfHours(workDays.size(), 0);
            for (int guard = 0; halfHours > 0 && guard < 200; ++guard) {
                const size_t k = size_t(rng.integer(0, int(workDays.size()) - 1));
                if (extraHalfHours[k] < maxHalfHoursADay) {
                    ++extraHalfHours[k];
                    --halfHours;
                }
            }
            for (size_t k = 0; k < workDays.size(); ++k) {
                const int day = workDays[k];
                out.roster[size_t(g.worker) * size_t(days) + size_t(day)] = RosterDay::Worked;
                const int shiftStart = g.nightShift ? kNightShiftStart : kDayShiftStart;
                const int overtimeSeconds = extraHalfHours[k] * 30 * kMinute;
                const int breakMinutes = kMealBreakMinutes + (extraHalfHours[k] >= 4 ? kDinnerBreakMinutes : 0);
                const int early = std::max(30, g.habitualEarlySeconds + clampInt(rng.normal(0, 150), -360, 360));
                const int late = rng.integer(40, 9 * kMinute);
                const int in = shiftStart - early;
                const int leaveAt =
                    shiftStart + int(dayHours * kHour) + breakMinutes * kMinute + overtimeSeconds + late;
                TimeRecord r;
                r.worker = g.worker;
                r.date = firstDay + day;
                r.timeIn = in % (24 * kHour);
                r.timeOut = leaveAt % (24 * kHour);
                r.breakMinutes = breakMinutes;
                records.timeRecords.push_back(r);
                deptHours[size_t(g.department) * size_t(days) + size_t(day)] += r.workedSeconds() / 3600.0;
            }
        }
    }
    std::sort(records.timeRecords.begin(), records.timeRecords.end(), [](const TimeRecord& a, const TimeRecord& b) {
        return a.date != b.date ? a.date < b.date : a.worker < b.worker;
    });
    for (size_t i = 0; i < records.timeRecords.size(); ++i) {
        records.timeRecords[i].line = int(i) + 2;
    }

    // Gate events: in a few minutes before the punch in, out a few minutes after the punch out.
    records.gateEvents.reserve(records.timeRecords.size() * 2);
    for (const TimeRecord& r : records.timeRecords) {
        const std::int64_t inInstant = r.date * 86400 + r.timeIn - rng.integer(90, 12 * kMinute);
        std::int64_t outInstant = r.date * 86400 + r.timeOut + rng.integer(40, 8 * kMinute);
        if (r.timeOut < r.timeIn) {
            outInstant += 86400;
        }
        if (!profile.gateLog) {
            continue;
        }
        records.gateEvents.push_back({r.worker, inInstant / 86400, int(inInstant % 86400), true, 0});
        records.gateEvents.push_back({r.worker, outInstant / 86400, int(outInstant % 86400), false, 0});
    }
    for (size_t i = 0; i < records.gateEvents.size(); ++i) {
        records.gateEvents[i].line = int(i) + 2;
    }

    // Payroll per calendar month, from the recorded hours -------------------------------------------
    // A day's hours are regular up to the daily norm; within a week, regular hours beyond the
    // weekly norm become overtime too.
    std::vector<double> regularByDay(out.workers.size() * size_t(days), 0.0);
    std::vector<double> overtimeByDay(out.workers.size() * size_t(days), 0.0);
    {
        std::vector<double> worked(out.workers.size() * size_t(days), 0.0);
        for (const TimeRecord& r : records.timeRecords) {
            worked[size_t(r.worker) * size_t(days) + size_t(r.date - firstDay)] += r.workedSeconds() / 3600.0;
        }
        for (size_t wk = 0; wk < out.workers.size(); ++wk) {
            double weekRegular = 0;
            for (int day = 0; day < days; ++day) {
                if (QDate::fromJulianDay(firstDay + day).dayOfWeek() == 1) {
                    weekRegular = 0;
                }
                const size_t idx = wk * size_t(days) + size_t(day);
                double regular = std::min(worked[idx], dayHours);
                regular = std::min(regular, std::max(0.0, params.regularHoursPerWeek - weekRegular));
                weekRegular += regular;
                regularByDay[idx] = regular;
                overtimeByDay[idx] = worked[idx] - regular;
            }
        }
    }
    int payrollLine = 2;
    for (QDate periodStart = out.start; periodStart <= out.end;) {
        QDate periodEnd = QDate(periodStart.year(), periodStart.month(), periodStart.daysInMonth());
        if (periodEnd > out.end) {
            periodEnd = out.end;
        }
        const int firstIdx = int(out.start.daysTo(periodStart));
        const int lastIdx = int(out.start.daysTo(periodEnd));
        for (const GeneratedWorker& g : out.workers) {
            const WorkerRecord& w = records.workers[size_t(g.worker)];
            if (w.hireDate > periodEnd.toJulianDay() ||
                (w.terminationDate != kNoDate && w.terminationDate < periodStart.toJulianDay())) {
                continue;
            }
            double regularHours = 0;
            double overtimeHours = 0;
            int daysWorked = 0;
            for (int day = firstIdx; day <= lastIdx; ++day) {
                const size_t idx = size_t(g.worker) * size_t(days) + size_t(day);
                regularHours += regularByDay[idx];
                overtimeHours += overtimeByDay[idx];
                daysWorked += regularByDay[idx] > 0 ? 1 : 0;
            }
            PayrollRecord p;
            p.worker = g.worker;
            p.periodStart = periodStart.toJulianDay();
            p.periodEnd = periodEnd.toJulianDay();
            p.regularHours = std::round(regularHours * 100) / 100;
            p.overtimeHours = std::round(overtimeHours * 100) / 100;
            p.regularPay = std::round(p.regularHours * g.hourlyRate * 100) / 100;
            p.overtimePay = std::round(p.overtimeHours * g.hourlyRate * premium * 100) / 100;
            // Bonuses with a wide spread: attendance, piece-rate and skill allowances.
            const double fullMonth = std::max(1, lastIdx - firstIdx + 1) * 6.0 / 7.0;
            double bonus = daysWorked >= fullMonth - 1 ? rng.integer(1, 6) * 50.0 : 0.0;
            bonus += std::floor(std::exp(rng.normal(5.2, 1.0)) * 100) / 100;
            p.bonus = std::round(bonus * 100) / 100;
            p.hasBonus = true;
            const double gross = p.regularPay + p.overtimePay + p.bonus;
            double deductions = gross * rng.uniform(0.06, 0.105); // social insurance, housing fund
            if (rng.chance(0.45)) {
                deductions += rng.integer(8, 30) * 10.0; // dormitory and canteen
            }
            p.deductions = std::round(std::min(deductions, gross * 0.2) * 100) / 100;
            p.hasDeductions = true;
            p.netPay = std::round((p.regularPay + p.overtimePay + p.bonus - p.deductions) * 100) / 100;
            p.line = payrollLine++;
            records.payroll.push_back(p);
        }
        periodStart = periodEnd.addDays(1);
    }

    // Production: what the recorded hours could make at a realistic efficiency, never more.
    if (profile.production) {
        int line = 2;
        for (int day = 0; day < days; ++day) {
            for (size_t d = 0; d < out.departments.size(); ++d) {
                const GeneratedDepartment& dept = out.departments[d];
                const double hours = deptHours[d * size_t(days) + size_t(day)];
                if (dept.standardMinutes <= 0 || hours <= 0) {
                    continue;
                }
                ProductionRecord p;
                p.date = firstDay + day;
                p.department = dept.name;
                p.standardMinutes = dept.standardMinutes;
                p.units = std::floor(hours * 60 * rng.uniform(0.55, 0.82) / dept.standardMinutes);
                p.line = line++;
                records.production.push_back(p);
            }
        }
    }
    return out;
}

} // namespace fieldbook
