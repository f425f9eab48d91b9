#include "app/demo/PatternPlanter.h"
#include "app/analysis/AnalysisInput.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace fieldbook {

namespace {

constexpr int kDay = 24 * 3600;
constexpr int kQuestions = 20; // structured interview questions of the demo protocol
const QStringList kVocabulary = {
    "line",   "supervisor", "overtime", "pay",      "money",  "home",    "village", "dormitory", "canteen",  "leave",
    "sunday", "target",     "machine",  "training", "friend", "bus",     "shift",   "night",     "bonus",    "fine",
    "late",   "sick",       "child",    "school",   "rent",   "quality", "boss",    "office",    "contract", "card"};

QString iso(JulianDay day)
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

std::vector<size_t> recordsOf(const RecordSet& records, int worker)
{
    std::vector<size_t> list;
    for (size_t i = 0; i < records.timeRecords.size(); ++i) {
        if (records.timeRecords[i].worker == worker) {
            list.push_back(i);
        }
    }
    std::sort(list.begin(), list.end(), [&](size_t a, size_t b) {
        return records.timeRecords[a].date != records.timeRecords[b].date
                   ? records.timeRecords[a].date < records.timeRecords[b].date
                   : records.timeRecords[a].timeIn < records.timeRecords[b].timeIn;
    });
    return list;
}

// Replaces the worker's time records with exactly one segment per listed day.
void replaceDays(RecordSet& records, int worker, const std::vector<TimeRecord>& days)
{
    records.timeRecords.erase(std::remove_if(records.timeRecords.begin(), records.timeRecords.end(),
                                             [&](const TimeRecord& r) { return r.worker == worker; }),
                              records.timeRecords.end());
    records.timeRecords.insert(records.timeRecords.end(), days.begin(), days.end());
}

std::vector<JulianDay> daysWorked(const RecordSet& records, int worker)
{
    std::set<JulianDay> days;
    for (const TimeRecord& r : records.timeRecords) {
        if (r.worker == worker) {
            days.insert(r.date);
        }
    }
    return {days.begin(), days.end()};
}

WorkerRecord* registerEntry(RecordSet& records, int worker)
{
    for (WorkerRecord& w : records.workers) {
        if (w.worker == worker) {
            return &w;
        }
    }
    return nullptr;
}

// Worker -> the department the register gives.
std::map<int, QString> registeredDepartments(const RecordSet& records)
{
    std::map<int, QString> out;
    for (const WorkerRecord& w : records.workers) {
        out[w.worker] = w.department;
    }
    return out;
}

void recomputeNet(PayrollRecord& row)
{
    row.netPay = std::round((row.regularPay + row.overtimePay + row.bonus - row.deductions) * 100) / 100;
}

} // namespace

PatternPlanter::PatternPlanter(AuditParams params, quint32 seed) : m_params(std::move(params)), m_seed(seed)
{}

bool PatternPlanter::isGraded(const QString& check)
{
    // The patterns that are there or not: a forgotten punch, an underage worker, a duplicate ID...
    static const QStringList allOrNothing = {
        "missing_punches",         "underage_worker", "young_worker_violation",    "duplicate_identity",
        "work_outside_employment", "unknown_worker",  "interview_record_conflict", "coached_interviews"};
    return plantableChecks().contains(check) && !allOrNothing.contains(check);
}

QStringList PatternPlanter::plantableChecks()
{
    return {"identical_punches",
            "uniform_times",
            "round_times",
            "hours_cap_pattern",
            "excessive_hours",
            "no_rest_day",
            "missing_punches",
            "payroll_hours_mismatch",
            "minimum_wage_shortfall",
            "overtime_premium_shortfall",
            "rest_day_premium_shortfall",
            "holiday_premium_shortfall",
            "net_pay_inconsistent",
            "benford_deviation",
            "bonus_outlier",
            "underage_worker",
            "young_worker_violation",
            "birthdate_heaping",
            "duplicate_identity",
            "work_outside_employment",
            "unknown_worker",
            "production_hours_mismatch",
            "gate_time_mismatch",
            "interview_record_conflict",
            "coached_interviews"};
}

JulianDay PatternPlanter::periodStart(const RecordSet& records) const
{
    if (m_params.periodStart.isValid()) {
        return m_params.periodStart.toJulianDay();
    }
    JulianDay first = std::numeric_limits<JulianDay>::max();
    for (const TimeRecord& r : records.timeRecords) {
        first = std::min(first, r.date);
    }
    return first;
}

JulianDay PatternPlanter::periodEnd(const RecordSet& records) const
{
    if (m_params.periodEnd.isValid()) {
        return m_params.periodEnd.toJulianDay();
    }
    JulianDay last = 0;
    for (const TimeRecord& r : records.timeRecords) {
        last = std::max(last, r.date);
    }
    return last;
}

int PatternPlanter::takeWorker(const RecordSet& records, int minimumDays)
{
    if (m_order.empty()) {
        for (const WorkerRecord& w : records.workers) {
            m_order.push_back(w.worker);
        }
        std::sort(m_order.begin(), m_order.end());
        QRandomGenerator random(m_seed);
        for (size_t i = m_order.size(); i > 1; --i) {
            std::swap(m_order[i - 1], m_order[size_t(random.bounded(int(i)))]);
        }
    }
    const JulianDay from = periodStart(records);
    const JulianDay to = periodEnd(records);
    // A search that finds nobody (a short period, a small factory) must not use up the workers it
    // looked at: later patterns with easier needs still get theirs.
    const size_t searchStart = m_next;
    while (m_next < m_order.size()) {
        const int worker = m_order[m_next++];
        int days = 0;
        for (const JulianDay d : daysWorked(records, worker)) {
            days += d >= from && d <= to ? 1 : 0;
        }
        const WorkerRecord* w = nullptr;
        for (const WorkerRecord& candidate : records.workers) {
            if (candidate.worker == worker) {
                w = &candidate;
            }
        }
        // Adults hired before the period and still employed: a clean canvas for one pattern.
        if (days >= minimumDays && w && w->hireDate < from &&
            (w->terminationDate == kNoDate || w->terminationDate > to) && w->birthDate != kNoDate &&
            AnalysisInput::birthday(w->birthDate, m_params.youngWorkerAge) < from) {
            m_taken.insert(worker);
            return worker;
        }
    }
    m_next = searchStart;
    return -1;
}

QList<PlantedPattern> PatternPlanter::plantAll(RecordSet& records)
{
    QList<PlantedPattern> truth;
    // identical_punches last, on workers no other pattern touched: later patterns would otherwise
    // rewrite some of its punches.
    QStringList order = plantableChecks();
    order.removeOne(QStringLiteral("identical_punches"));
    order.append(QStringLiteral("identical_punches"));
    for (const QString& check : order) {
        truth += plant(check, records);
    }
    return truth;
}

QList<PlantedPattern> PatternPlanter::plant(const QString& check, RecordSet& records)
{
    // The k-th item (card, day, week, row) of a pattern is planted when this says so: a share
    // m_strength of the items, spread evenly.
    const auto planted = [this](size_t k) {
        return std::floor(double(k + 1) * m_strength) > std::floor(double(k) * m_strength);
    };
    QRandomGenerator random(m_seed ^ qHash(check));
    const JulianDay from = periodStart(records);
    const JulianDay to = periodEnd(records);
    PlantedPattern p;
    p.check = check;

    if (check == QLatin1String("identical_punches")) {
        // The biggest department, on a weekday in the middle of the period: every card 07:58 in. The
        // department of a card is where the time records say the worker worked that day (a
        // transfer), else the register's: the forger fills the cards of one line's rack.
        std::map<int, QString> registered = registeredDepartments(records);
        JulianDay day = from + (to - from) / 2;
        while (QDate::fromJulianDay(day).dayOfWeek() >= 6 || m_params.holidays.contains(QDate::fromJulianDay(day))) {
            ++day;
        }
        std::map<QString, std::set<int>> departments;
        for (const TimeRecord& r : records.timeRecords) {
            if (r.date == day && registered.count(r.worker)) {
                departments[r.department.isEmpty() ? registered[r.worker] : r.department].insert(r.worker);
            }
        }
        if (departments.empty()) {
            return {};
        }
        const auto biggest = std::max_element(departments.begin(), departments.end(), [](const auto& a, const auto& b) {
            return a.second.size() < b.second.size();
        });
        const QString group = biggest->first;
        const std::set<int> members = biggest->second;
        std::set<int> changed;
        std::map<int, size_t> first;
        for (size_t i = 0; i < records.timeRecords.size(); ++i) {
            const TimeRecord& r = records.timeRecords[i];
            // The forger writes clock cards: not the ones a supervisor already marks as hand entries.
            const QString where = r.department.isEmpty() ? registered[r.worker] : r.department;
            if (r.date == day && members.count(r.worker) && where == group && !m_taken.count(r.worker) && !r.manual &&
                !r.isMissingPunch() &&
                (!first.count(r.worker) || r.timeIn < records.timeRecords[first[r.worker]].timeIn)) {
                first[r.worker] = i;
            }
        }
        size_t k = 0;
        for (const auto& [worker, index] : first) {
            if (planted(k++)) {
                records.timeRecords[index].timeIn = 7 * 3600 + 58 * 60;
                changed.insert(worker);
            }
        }
        for (const int w : changed) {
            p.workers.append(records.workerId(w));
        }
        p.dates = {iso(day)};
    } else if (check == QLatin1String("uniform_times")) {
        const int worker = takeWorker(records, 20);
        if (worker < 0) {
            return {}; // no worker fits: the period is too short or the factory too small
        }
        std::vector<TimeRecord> days;
        std::set<JulianDay> seen;
        std::set<JulianDay> uniform; // days written as one segment at the same times
        size_t k = 0;
        for (const size_t i : recordsOf(records, worker)) {
            TimeRecord r = records.timeRecords[i];
            if (seen.insert(r.date).second && planted(k++)) {
                uniform.insert(r.date);
                r.timeIn = 7 * 3600 + 52 * 60;
                r.timeOut = 17 * 3600 + 3 * 60;
                r.breakMinutes = 60;
            } else if (uniform.count(r.date)) {
                continue; // a further segment of a day already written as one
            }
            days.push_back(r);
        }
        replaceDays(records, worker, days);
        p.workers = {records.workerId(worker)};
    } else if (check == QLatin1String("round_times")) {
        const int worker = takeWorker(records, 20);
        if (worker < 0) {
            return {}; // no worker fits: the period is too short or the factory too small
        }
        size_t k = 0;
        for (const size_t i : recordsOf(records, worker)) {
            TimeRecord& r = records.timeRecords[i];
            if (!planted(k++)) {
                continue;
            }
            r.timeIn = (r.timeIn / 1800) * 1800;
            r.timeOut = ((r.timeOut + 900) / 1800) * 1800;
        }
        p.workers = {records.workerId(worker)};
    } else if (check == QLatin1String("hours_cap_pattern")) {
        const double cap =
            std::min(m_params.maxTotalHoursPerWeek, m_params.regularHoursPerWeek + m_params.maxOvertimeHoursPerWeek);
        if (!std::isfinite(cap)) {
            return {}; // no weekly cap in force: nothing to sit on
        }
        const int daySeconds = int(std::lround(cap * 3600 / 6));
        for (int k = 0; k < 3; ++k) {
            const int worker = takeWorker(records, 20);
            if (worker < 0) {
                break; // no worker fits: the period is too short or the factory too small
            }
            std::vector<TimeRecord> days;
            std::set<JulianDay> heldWeeks;
            size_t week = 0;
            for (JulianDay monday = AnalysisInput::weekStart(from); monday <= to; monday += 7) {
                if (planted(week++)) {
                    heldWeeks.insert(monday);
                }
            }
            for (const size_t i : recordsOf(records, worker)) {
                if (!heldWeeks.count(AnalysisInput::weekStart(records.timeRecords[i].date))) {
                    days.push_back(records.timeRecords[i]);
                }
            }
            for (JulianDay d = from; d <= to; ++d) {
                if (QDate::fromJulianDay(d).dayOfWeek() == 7 || !heldWeeks.count(AnalysisInput::weekStart(d))) {
                    continue;
                }
                TimeRecord r;
                r.worker = worker;
                r.date = d;
                r.timeIn = 7 * 3600 + int(random.bounded(25)) * 60;
                r.timeOut = r.timeIn + daySeconds + 3600;
                r.breakMinutes = 60;
                days.push_back(r);
            }
            replaceDays(records, worker, days);
            p.workers.append(records.workerId(worker));
        }
        if (p.workers.isEmpty()) {
            return {}; // nobody could take the pattern
        }
        p.workers.sort();
    } else if (check == QLatin1String("excessive_hours")) {
        const int worker = takeWorker(records, 20);
        if (worker < 0) {
            return {}; // no worker fits: the period is too short or the factory too small
        }
        // The second full week: six 12.5-hour days.
        const JulianDay monday = AnalysisInput::weekStart(from) + 7;
        std::vector<TimeRecord> days;
        for (const size_t i : recordsOf(records, worker)) {
            const TimeRecord& r = records.timeRecords[i];
            if (r.date < monday || r.date > monday + 6) {
                days.push_back(r);
            }
        }
        // Full strength: six 12.5-hour days (75 h); weaker: that far above the weekly cap, scaled.
        const double cap =
            std::min(m_params.maxTotalHoursPerWeek, m_params.regularHoursPerWeek + m_params.maxOvertimeHoursPerWeek);
        const double weekHours = std::isfinite(cap) ? cap + (75.0 - cap) * m_strength : 75.0;
        const int daySeconds = int(std::lround(weekHours / 6 * 3600));
        for (JulianDay d = monday; d < monday + 6; ++d) {
            TimeRecord r;
            r.worker = worker;
            r.date = d;
            r.timeIn = 7 * 3600;
            r.timeOut = r.timeIn + daySeconds + 3600;
            r.breakMinutes = 60;
            days.push_back(r);
            p.dates.append(iso(d));
        }
        replaceDays(records, worker, days);
        p.workers = {records.workerId(worker)};
    } else if (check == QLatin1String("missing_punches")) {
        // Three forgotten clock-outs of one worker, on the worker's first recorded days.
        const int worker = takeWorker(records, 10);
        if (worker < 0) {
            return {};
        }
        int forgotten = 0;
        for (TimeRecord& r : records.timeRecords) {
            if (r.worker == worker && r.date >= from && forgotten < 3 && !r.isMissingPunch()) {
                r.missing = TimeRecord::MissingOut;
                r.timeOut = 0;
                p.dates.append(iso(r.date));
                ++forgotten;
            }
        }
        p.workers = {records.workerId(worker)};
    } else if (check == QLatin1String("no_rest_day")) {
        const int worker = takeWorker(records, 20);
        if (worker < 0) {
            return {}; // no worker fits: the period is too short or the factory too small
        }
        const JulianDay start = from + 7;
        std::set<JulianDay> worked;
        for (const JulianDay d : daysWorked(records, worker)) {
            worked.insert(d);
        }
        const int extra = std::max(1, int(std::lround((m_params.maxConsecutiveDays + 2) * m_strength)));
        for (JulianDay d = start; d < start + m_params.maxConsecutiveDays + extra; ++d) {
            if (!worked.count(d)) {
                TimeRecord r;
                r.worker = worker;
                r.date = d;
                r.timeIn = 8 * 3600;
                r.timeOut = 12 * 3600;
                records.timeRecords.push_back(r);
            }
            p.dates.append(iso(d));
        }
        p.workers = {records.workerId(worker)};
    } else if (check == QLatin1String("payroll_hours_mismatch") || check == QLatin1String("minimum_wage_shortfall") ||
               check == QLatin1String("overtime_premium_shortfall") || check == QLatin1String("net_pay_inconsistent")) {
        const int worker = takeWorker(records, 20);
        if (worker < 0) {
            return {}; // no worker fits: the period is too short or the factory too small
        }
        PayrollRecord* row = nullptr;
        for (PayrollRecord& r : records.payroll) {
            if (r.worker == worker && r.periodStart >= from && r.periodEnd <= to && r.regularHours > 0 &&
                (!row || r.periodStart < row->periodStart)) {
                row = &r;
            }
        }
        if (!row) {
            return {};
        }
        const double rate = std::max(row->regularPay / row->regularHours, m_params.minimumWageHourly);
        if (check == QLatin1String("payroll_hours_mismatch")) {
            row->regularHours = std::max(0.0, row->regularHours - 20 * m_strength);
        } else if (check == QLatin1String("minimum_wage_shortfall")) {
            row->regularPay =
                std::round(row->regularHours * m_params.minimumWageHourly * (1 - 0.2 * m_strength) * 100) / 100;
            recomputeNet(*row);
        } else if (check == QLatin1String("overtime_premium_shortfall")) {
            if (row->overtimeHours <= 0) {
                row->overtimeHours = 1; // keep the paid hours close to the records
                row->regularHours -= 1;
                row->regularPay = std::round(row->regularHours * rate * 100) / 100;
            }
            // Full strength: straight time; weaker: part of the premium paid.
            const double paidPremium = 1 + (m_params.overtimePremium - 1) * (1 - m_strength);
            row->overtimePay = std::round(row->overtimeHours * rate * paidPremium * 100) / 100;
            recomputeNet(*row);
        } else {
            row->netPay -= 300 * m_strength;
        }
        for (JulianDay d = row->periodStart; d <= row->periodEnd; ++d) {
            p.dates.append(iso(d));
        }
        p.workers = {records.workerId(worker)};
    } else if (check == QLatin1String("rest_day_premium_shortfall") ||
               check == QLatin1String("holiday_premium_shortfall")) {
        // One extra 8-hour day paid as plain overtime: on a public holiday the worker had off, or on
        // the rest day of a week the worker already worked the regular week's days. Only where the
        // params set that premium (and, for holidays, list a holiday in the period).
        const bool holiday = check == QLatin1String("holiday_premium_shortfall");
        if (holiday ? m_params.holidayPremium <= 0 || m_params.holidays.isEmpty() : m_params.restDayPremium <= 0) {
            return {};
        }
        const int worker = takeWorker(records, 20);
        if (worker < 0) {
            return {};
        }
        const std::vector<JulianDay> list = daysWorked(records, worker);
        const std::set<JulianDay> worked(list.begin(), list.end());
        const auto isHoliday = [&](JulianDay d) {
            return m_params.holidays.contains(QDate::fromJulianDay(d));
        };
        JulianDay day = kNoDate;
        if (holiday) {
            for (const QDate& h : m_params.holidays) {
                const JulianDay d = h.toJulianDay();
                if (d >= from && d <= to && !worked.count(d)) {
                    day = d;
                    break;
                }
            }
        } else {
            const int regularDays =
                m_params.regularHoursPerDay > 0
                    ? std::clamp(int(std::lround(m_params.regularHoursPerWeek / m_params.regularHoursPerDay)), 1, 6)
                    : 6;
            for (JulianDay monday = AnalysisInput::weekStart(from) + 7; monday + 6 <= to && day == kNoDate;
                 monday += 7) {
                int n = 0;
                for (JulianDay d = monday; d <= monday + 6; ++d) {
                    n += worked.count(d) && !isHoliday(d) ? 1 : 0;
                }
                for (JulianDay d = monday; d <= monday + 6 && n >= regularDays; ++d) {
                    if (!worked.count(d) && !isHoliday(d)) {
                        day = d;
                        break;
                    }
                }
            }
        }
        PayrollRecord* row = nullptr;
        for (PayrollRecord& r : records.payroll) {
            if (r.worker == worker && r.periodStart <= day && r.periodEnd >= day && r.regularHours > 0) {
                row = &r;
            }
        }
        if (day == kNoDate || !row) {
            return {};
        }
        TimeRecord extra;
        extra.worker = worker;
        extra.date = day;
        extra.timeIn = 8 * 3600;
        extra.timeOut = 17 * 3600;
        extra.breakMinutes = 60;
        records.timeRecords.push_back(extra);
        const double rate =
            std::max(row->regularPay / row->regularHours, m_params.minimumWageHourlyOn(QDate::fromJulianDay(day)));
        // Full strength: paid as plain overtime; weaker: part of the way to the premium owed.
        const double owed = holiday ? m_params.holidayPremium : m_params.restDayPremium;
        const double paidPremium = owed - (owed - m_params.overtimePremium) * m_strength;
        row->overtimeHours += 8;
        row->overtimePay = std::round((row->overtimePay + 8 * rate * paidPremium) * 100) / 100;
        recomputeNet(*row);
        for (JulianDay d = row->periodStart; d <= row->periodEnd; ++d) {
            p.dates.append(iso(d));
        }
        p.workers = {records.workerId(worker)};
    } else if (check == QLatin1String("benford_deviation")) {
        // Made-up deductions: leading digits 5-9 equally often, over three orders of magnitude.
        size_t k = 0;
        for (PayrollRecord& r : records.payroll) {
            if (!planted(k++)) {
                continue;
            }
            const double made = (5 + random.bounded(5)) * std::pow(10.0, 1 + random.bounded(3)) + random.bounded(10);
            r.netPay -= made - r.deductions; // keeps any other inconsistency as it was
            r.deductions = made;
            r.hasDeductions = true;
        }
    } else if (check == QLatin1String("bonus_outlier")) {
        // One department's bonuses invented for one pay period: about three times its usual, and
        // net pay raised to match, so nothing else is inconsistent.
        const std::map<int, QString> departmentOf = registeredDepartments(records);
        QHash<QString, std::map<std::pair<JulianDay, JulianDay>, std::vector<size_t>>> rows;
        for (size_t i = 0; i < records.payroll.size(); ++i) {
            const PayrollRecord& r = records.payroll[i];
            const auto department = departmentOf.find(r.worker);
            if (r.hasBonus && department != departmentOf.end() && r.periodStart >= from) {
                rows[department->second][{r.periodStart, r.periodEnd}].push_back(i);
            }
        }
        const std::vector<size_t>* chosen = nullptr;
        std::pair<JulianDay, JulianDay> period;
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            for (const auto& [p2, list] : it.value()) {
                if (it.value().size() >= 2 && list.size() >= 10 && (!chosen || list.size() > chosen->size())) {
                    chosen = &list;
                    period = p2;
                }
            }
        }
        if (!chosen) {
            return {};
        }
        std::set<int> workers;
        for (const size_t i : *chosen) {
            PayrollRecord& r = records.payroll[i];
            const double invented = std::round(r.bonus * (1 + m_strength) + (250 + random.bounded(100)) * m_strength);
            r.netPay += invented - r.bonus;
            r.bonus = invented;
            workers.insert(r.worker);
        }
        for (const int w : workers) {
            p.workers.append(records.workerId(w));
        }
        p.dates = {iso(period.first)};
    } else if (check == QLatin1String("underage_worker")) {
        const int worker = takeWorker(records, 10);
        if (worker < 0) {
            return {}; // no worker fits: the period is too short or the factory too small
        }
        registerEntry(records, worker)->birthDate =
            QDate::fromJulianDay(from).addYears(-(m_params.minimumAge - 1)).toJulianDay() - 30;
        p.workers = {records.workerId(worker)};
        p.dates = {iso(daysWorked(records, worker).front())};
    } else if (check == QLatin1String("young_worker_violation")) {
        const int worker = takeWorker(records, 10);
        if (worker < 0) {
            return {}; // no worker fits: the period is too short or the factory too small
        }
        registerEntry(records, worker)->birthDate =
            QDate::fromJulianDay(from).addYears(-(m_params.minimumAge + 1)).toJulianDay();
        const std::vector<size_t> own = recordsOf(records, worker);
        TimeRecord& night = records.timeRecords[own[own.size() / 2]];
        night.timeIn = 21 * 3600;
        night.timeOut = 5 * 3600;
        night.breakMinutes = 30;
        p.workers = {records.workerId(worker)};
        p.dates = {iso(night.date)};
    } else if (check == QLatin1String("birthdate_heaping")) {
        const int count = int(std::lround(std::max(20, int(records.workers.size()) / 25) * m_strength));
        for (int k = 0; k < count; ++k) {
            const int worker = takeWorker(records, 0);
            if (worker < 0) {
                break;
            }
            WorkerRecord* w = registerEntry(records, worker);
            w->birthDate = QDate(QDate::fromJulianDay(w->birthDate).year(), 1, 1).toJulianDay();
            p.workers.append(records.workerId(worker));
        }
        if (p.workers.isEmpty()) {
            return {}; // nobody could take the pattern
        }
        p.workers.sort();
    } else if (check == QLatin1String("duplicate_identity")) {
        const int a = takeWorker(records, 0);
        const int b = takeWorker(records, 0);
        if (a < 0 || b < 0) {
            return {};
        }
        registerEntry(records, a)->idNumber = QStringLiteral("P%1").arg(m_seed % 1000000, 7, 10, QLatin1Char('0'));
        registerEntry(records, b)->idNumber = registerEntry(records, a)->idNumber;
        p.workers = {records.workerId(a), records.workerId(b)};
        if (p.workers.isEmpty()) {
            return {}; // nobody could take the pattern
        }
        p.workers.sort();
    } else if (check == QLatin1String("work_outside_employment")) {
        const int worker = takeWorker(records, 20);
        if (worker < 0) {
            return {}; // no worker fits: the period is too short or the factory too small
        }
        const std::vector<JulianDay> days = daysWorked(records, worker);
        registerEntry(records, worker)->hireDate = days[days.size() / 3];
        p.workers = {records.workerId(worker)};
        p.dates = {iso(days.front())};
    } else if (check == QLatin1String("unknown_worker")) {
        const int worker = records.internWorker(QStringLiteral("X%1").arg(m_seed % 100000, 5, 10, QLatin1Char('0')));
        for (JulianDay d = from + 1; d < from + 6; ++d) {
            TimeRecord r;
            r.worker = worker;
            r.date = d;
            r.timeIn = 8 * 3600 + int(random.bounded(600));
            r.timeOut = 17 * 3600 + int(random.bounded(600));
            r.breakMinutes = 60;
            records.timeRecords.push_back(r);
        }
        p.workers = {records.workerId(worker)};
    } else if (check == QLatin1String("production_hours_mismatch")) {
        // Output of the first department on three days, three times what its hours could make.
        QString department = records.workers.empty() ? QString() : records.workers.front().department;
        const AnalysisInput input(records, m_params);
        std::map<JulianDay, double> hours;
        for (int w = 0; w < input.workerCount(); ++w) {
            if (input.department(w) == department) {
                for (const WorkDay& d : input.days(w)) {
                    hours[d.date] += d.workedSeconds / 3600.0;
                }
            }
        }
        bool existing = false;
        for (const ProductionRecord& r : records.production) {
            existing = existing || r.department == department;
        }
        int highDays = 0;
        for (const auto& [day, h] : hours) {
            const bool high = highDays < 3 && day >= from + 10 && (day - from) % 9 == 1;
            if (existing) {
                if (high) {
                    for (ProductionRecord& r : records.production) {
                        if (r.department == department && r.date == day) {
                            r.units = (1 + 2 * m_strength) * h * 60 / r.standardMinutes;
                        }
                    }
                }
            } else {
                records.production.push_back(
                    {day, department, std::round((high ? 1 + 2 * m_strength : 0.6) * h * 60 / 12.0), 12.0, 0});
            }
            if (high) {
                p.dates.append(iso(day));
                ++highDays;
            }
        }
        if (highDays == 0) {
            return {}; // the period is too short for a day ten days in
        }
    } else if (check == QLatin1String("gate_time_mismatch")) {
        const int worker = takeWorker(records, 20);
        if (worker < 0) {
            return {}; // no worker fits: the period is too short or the factory too small
        }
        records.gateEvents.erase(std::remove_if(records.gateEvents.begin(), records.gateEvents.end(),
                                                [&](const GateEvent& e) { return e.worker == worker; }),
                                 records.gateEvents.end());
        int late = 0;
        const AnalysisInput input(records, m_params);
        for (const WorkDay& d : input.days(worker)) {
            const bool stays = late < 5 && d.date >= from + 14 && d.date % 3 == 0;
            const int in = d.firstIn - 10 * 60;
            const int out = d.lastOut + (stays ? int(3 * 3600 * m_strength) : 8 * 60);
            records.gateEvents.push_back({worker, d.date, in, true, 0});
            records.gateEvents.push_back({worker, d.date + out / kDay, out % kDay, false, 0});
            if (stays) {
                p.dates.append(iso(d.date));
                ++late;
            }
        }
        p.workers = {records.workerId(worker)};
    } else if (check == QLatin1String("interview_record_conflict") || check == QLatin1String("coached_interviews")) {
        // Twenty honest interviews if there are none yet, then the planted ones.
        const AnalysisInput input(records, m_params);
        if (records.interviews.empty()) {
            for (int k = 0; k < 20; ++k) {
                const int worker = takeWorker(records, 20);
                if (worker < 0) {
                    break;
                }
                double seconds = 0;
                std::set<JulianDay> weeks;
                for (const WorkDay& d : input.days(worker)) {
                    seconds += d.workedSeconds;
                    weeks.insert(AnalysisInput::weekStart(d.date));
                }
                InterviewStatement s;
                s.pseudonym = QStringLiteral("W-%1").arg(k + 1, 2, 10, QLatin1Char('0'));
                s.worker = worker;
                s.department = input.department(worker);
                s.statedWeeklyHours = std::round(seconds / 3600 / std::max<size_t>(1, weeks.size()));
                for (int q = 0; q < kQuestions; ++q) {
                    s.answers.insert(QStringLiteral("q%1").arg(q),
                                     QStringLiteral("a%1").arg(random.bounded(3 + q % 3)));
                }
                QStringList words;
                for (int w = 0; w < 20; ++w) {
                    words.append(kVocabulary.at(random.bounded(int(kVocabulary.size()))));
                }
                s.freeTexts = {words.join(QLatin1Char(' '))};
                records.interviews.push_back(s);
            }
        }
        if (check == QLatin1String("interview_record_conflict")) {
            for (size_t k = 0; k < 3 && k < records.interviews.size(); ++k) {
                InterviewStatement& s = records.interviews[k];
                s.statedWeeklyHours = std::max(0.0, s.statedWeeklyHours) + 15;
                p.interviews.append(s.pseudonym);
            }
        } else {
            for (size_t k = records.interviews.size() >= 12 ? 6 : 0;
                 k < records.interviews.size() && p.interviews.size() < 6; ++k) {
                InterviewStatement& s = records.interviews[k];
                // The rehearsed script: the same answer to every question, the same sentence.
                for (int q = 0; q < kQuestions; ++q) {
                    s.answers.insert(QStringLiteral("q%1").arg(q), QStringLiteral("a0"));
                }
                s.statedWeeklyHours = m_params.regularHoursPerWeek;
                s.statedRestDaysPerWeek = 1;
                s.freeTexts = {
                    QStringLiteral("overtime is voluntary and paid we rest every sunday and nobody is fined")};
                p.interviews.append(s.pseudonym);
            }
        }
        if (p.interviews.isEmpty()) {
            return {}; // no interviews to plant it in (no worker with enough days to interview)
        }
    } else {
        return {};
    }
    return {p};
}

} // namespace fieldbook
