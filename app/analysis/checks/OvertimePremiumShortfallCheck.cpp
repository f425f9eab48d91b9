#include "app/analysis/checks/OvertimePremiumShortfallCheck.h"
#include "app/analysis/checks/CheckSupport.h"
#include "app/analysis/checks/MinimumWageShortfallCheck.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <map>

namespace fieldbook {

using namespace checks;

namespace {
constexpr double kRoundingShare = 0.005;

using Kind = OvertimePremiumShortfallCheck::Kind;

// The premium hours the time records show in one pay period, by kind, and the rate each is due at.
struct PremiumHours
{
    double overtime = 0;    // on working days: beyond the regular day or week
    double overtimeDue = 0; // sum of hours x multiplier (overtime_premium, tiers)
    double restDay = 0;     // every hour worked on a weekly rest day
    double holiday = 0;     // every hour worked on a public holiday
};

// The multiplier owed on the hour of overtime that starts `x` hours into the day's overtime, with
// `weekBefore` hours of overtime earlier in the week.
double multiplierAt(const AuditParams& p, double x, double weekBefore)
{
    double m = p.overtimePremium;
    for (const AuditParams::PremiumTier& tier : p.overtimePremiumTiers) {
        const double position = tier.perWeek ? weekBefore + x : x;
        if (position >= tier.afterHours - 1e-9) {
            m = std::max(m, tier.premium);
        }
    }
    return m;
}

// Sum of multiplier x hours over a day's `hours` of overtime (piecewise constant between tier
// thresholds).
double overtimeDue(const AuditParams& p, double hours, double weekBefore)
{
    std::vector<double> cuts = {0.0, hours};
    for (const AuditParams::PremiumTier& tier : p.overtimePremiumTiers) {
        const double cut = tier.perWeek ? tier.afterHours - weekBefore : tier.afterHours;
        if (cut > 0 && cut < hours) {
            cuts.push_back(cut);
        }
    }
    std::sort(cuts.begin(), cuts.end());
    double due = 0;
    for (size_t i = 1; i < cuts.size(); ++i) {
        const double width = cuts[i] - cuts[i - 1];
        if (width > 0) {
            due += width * multiplierAt(p, cuts[i - 1], weekBefore);
        }
    }
    return due;
}

struct DayPremium
{
    double overtime = 0;
    double overtimeDue = 0;
    double restDay = 0;
    double holiday = 0;
};

// Every worked day of the worker classified: holiday, rest day (the worked days of a Monday-Sunday
// week beyond the regular week's days, regular_hours_per_week / regular_hours_per_day), or a
// working day with its overtime priced by tier.
std::vector<DayPremium> classifyDays(const AuditParams& p, const std::vector<WorkDay>& days)
{
    const int regularDays =
        p.regularHoursPerDay > 0 ? std::clamp(int(std::lround(p.regularHoursPerWeek / p.regularHoursPerDay)), 1, 7) : 6;
    std::vector<char> working(days.size(), 1);
    std::vector<DayPremium> out(days.size());
    int rank = 0;
    JulianDay monday = kNoDate;
    for (size_t i = 0; i < days.size(); ++i) {
        const JulianDay week = AnalysisInput::weekStart(days[i].date);
        if (week != monday) {
            monday = week;
            rank = 0;
        }
        const double hours = days[i].workedSeconds / 3600.0;
        if (p.holidayPremium > 0 && p.holidays.contains(QDate::fromJulianDay(days[i].date))) {
            out[i].holiday = hours;
            working[i] = 0;
            continue;
        }
        ++rank;
        if (p.restDayPremium > 0 && rank > regularDays) {
            out[i].restDay = hours;
            working[i] = 0;
        }
    }
    const std::vector<double> overtime = dailyOvertimeHours(days, p, working);
    double weekBefore = 0;
    monday = kNoDate;
    for (size_t i = 0; i < days.size(); ++i) {
        const JulianDay week = AnalysisInput::weekStart(days[i].date);
        if (week != monday) {
            monday = week;
            weekBefore = 0;
        }
        out[i].overtime = overtime[i];
        out[i].overtimeDue = overtimeDue(p, overtime[i], weekBefore);
        weekBefore += overtime[i];
    }
    return out;
}

double round2(double v)
{
    return std::round(v * 100) / 100;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::RestDay:
        return QStringLiteral("rest_day_premium_shortfall");
    case Kind::Holiday:
        return QStringLiteral("holiday_premium_shortfall");
    case Kind::Overtime:
        break;
    }
    return QStringLiteral("overtime_premium_shortfall");
}
} // namespace

QString OvertimePremiumShortfallCheck::name() const
{
    return kindName(m_kind);
}

QStringList OvertimePremiumShortfallCheck::clauses() const
{
    return wageClauses();
}

CheckDescription OvertimePremiumShortfallCheck::description() const
{
    switch (m_kind) {
    case Kind::RestDay:
        return {QT_TRANSLATE_NOOP("CheckTitles", "Rest-day premium short"),
                QT_TRANSLATE_NOOP("CheckExplanations",
                                  "Work on the weekly rest day is paid below the rest-day premium the law sets."),
                QStringLiteral("payroll"), QString()};
    case Kind::Holiday:
        return {QT_TRANSLATE_NOOP("CheckTitles", "Holiday premium short"),
                QT_TRANSLATE_NOOP("CheckExplanations",
                                  "Work on a public holiday is paid below the holiday premium the law sets."),
                QStringLiteral("payroll"), QString()};
    case Kind::Overtime:
        break;
    }
    return {QT_TRANSLATE_NOOP("CheckTitles", "Overtime premium short"),
            QT_TRANSLATE_NOOP("CheckExplanations", "Overtime is paid below the premium rate."),
            QStringLiteral("payroll"), QString()};
}

bool OvertimePremiumShortfallCheck::applies(const AnalysisInput& input) const
{
    const AuditParams& p = input.params();
    if (input.records().payroll.empty() || p.overtimePremium <= 0) {
        return false;
    }
    switch (m_kind) {
    case Kind::RestDay:
        return p.restDayPremium > 0 && !input.records().timeRecords.empty();
    case Kind::Holiday:
        return p.holidayPremium > 0 && !p.holidays.isEmpty() && !input.records().timeRecords.empty();
    case Kind::Overtime:
        break;
    }
    return true;
}

QList<Flag> OvertimePremiumShortfallCheck::run(const AnalysisInput& input) const
{
    const AuditParams& p = input.params();
    const double premium = p.overtimePremium;
    struct Shortfall
    {
        QJsonArray periods;
        std::set<JulianDay> dates;
        double lowestRatio = 1e300;
        double requiredAtLowest = 0;
        double owed = 0;
    };
    std::map<int, Shortfall> byWorker;
    std::vector<std::vector<DayPremium>> classified(size_t(input.workerCount()));
    std::vector<char> done(size_t(input.workerCount()), 0);
    for (const PayrollRecord& row : input.records().payroll) {
        if (row.overtimeHours <= 0 || row.regularHours <= 0 || row.worker < 0 || row.worker >= input.workerCount()) {
            continue;
        }
        const std::vector<WorkDay>& days = input.days(row.worker);
        if (!done[size_t(row.worker)]) {
            classified[size_t(row.worker)] = classifyDays(p, days);
            done[size_t(row.worker)] = 1;
        }
        PremiumHours hours;
        for (size_t i = 0; i < days.size(); ++i) {
            if (days[i].date < row.periodStart || days[i].date > row.periodEnd) {
                continue;
            }
            const DayPremium& d = classified[size_t(row.worker)][i];
            hours.overtime += d.overtime;
            hours.overtimeDue += d.overtimeDue;
            hours.restDay += d.restDay;
            hours.holiday += d.holiday;
        }
        // Required multiplier over the premium hours: overtime alone, then with rest days, then all.
        const double overtimeRequired = hours.overtime > 0.01 ? hours.overtimeDue / hours.overtime : premium;
        const double withRest = hours.overtime + hours.restDay;
        const double restRequired =
            withRest > 0.01 ? (hours.overtimeDue + hours.restDay * p.restDayPremium) / withRest : overtimeRequired;
        const double all = withRest + hours.holiday;
        const double allRequired =
            all > 0.01 ? (hours.overtimeDue + hours.restDay * p.restDayPremium + hours.holiday * p.holidayPremium) / all
                       : overtimeRequired;

        // The premium applies to the regular rate, and never to less than the minimum wage in force.
        const double minimum = MinimumWageShortfallCheck::minimumForPeriod(p, row.periodStart, row.periodEnd);
        const double regularRate = std::max(row.regularPay / row.regularHours, minimum);
        const double overtimeRate = row.overtimePay / row.overtimeHours;
        const double ratio = overtimeRate / regularRate;
        if (ratio >= allRequired * (1.0 - kRoundingShare)) {
            continue;
        }
        // One kind per pay period: the first whose required rate the paid rate misses.
        Kind kind = Kind::Holiday;
        double required = allRequired;
        if (ratio < overtimeRequired * (1.0 - kRoundingShare)) {
            kind = Kind::Overtime;
            required = overtimeRequired;
        } else if (hours.restDay > 0.01 && ratio < restRequired * (1.0 - kRoundingShare)) {
            kind = Kind::RestDay;
            required = restRequired;
        }
        if (kind != m_kind) {
            continue;
        }
        Shortfall& s = byWorker[row.worker];
        if (ratio < s.lowestRatio) {
            s.lowestRatio = ratio;
            s.requiredAtLowest = required;
        }
        const double owed = (allRequired - ratio) * regularRate * row.overtimeHours;
        s.owed += owed;
        QJsonObject period{{QStringLiteral("period_start"), AnalysisInput::isoDate(row.periodStart)},
                           {QStringLiteral("period_end"), AnalysisInput::isoDate(row.periodEnd)},
                           {QStringLiteral("regular_rate"), round2(regularRate)},
                           {QStringLiteral("overtime_rate"), round2(overtimeRate)},
                           {QStringLiteral("ratio"), std::round(ratio * 1000) / 1000},
                           {QStringLiteral("line"), row.line}};
        if (std::abs(allRequired - premium) > 1e-9 || m_kind != Kind::Overtime) {
            period.insert(QStringLiteral("required_ratio"), std::round(allRequired * 1000) / 1000);
            period.insert(QStringLiteral("recorded_overtime_hours"), round2(hours.overtime));
            if (hours.restDay > 0) {
                period.insert(QStringLiteral("rest_day_hours"), round2(hours.restDay));
            }
            if (hours.holiday > 0) {
                period.insert(QStringLiteral("holiday_hours"), round2(hours.holiday));
            }
            period.insert(QStringLiteral("shortfall"), round2(owed));
        }
        s.periods.append(period);
        for (JulianDay d = row.periodStart; d <= row.periodEnd; ++d) {
            s.dates.insert(d);
        }
    }
    QList<Flag> flags;
    for (auto& [worker, s] : byWorker) {
        Flag flag = makeFlag(input, Severity::High);
        flag.workers = {input.records().workerId(worker)};
        flag.dates = dateList(s.dates);
        const QString paid = QString::number(s.lowestRatio, 'f', 2);
        const QString due = QString::number(s.requiredAtLowest, 'f', 2);
        switch (m_kind) {
        case Kind::Overtime:
            flag.summary =
                QCoreApplication::translate("Checks", "%1 was paid overtime at %2× the regular rate (at least %3× due)")
                    .arg(flag.workers.first(), paid, due);
            break;
        case Kind::RestDay:
            flag.summary = QCoreApplication::translate(
                               "Checks", "%1 worked on rest days and was paid %2× the regular rate for premium hours "
                                         "(at least %3× due)")
                               .arg(flag.workers.first(), paid, due);
            break;
        case Kind::Holiday:
            flag.summary = QCoreApplication::translate(
                               "Checks", "%1 worked on public holidays and was paid %2× the regular rate for premium "
                                         "hours (at least %3× due)")
                               .arg(flag.workers.first(), paid, due);
            break;
        }
        flag.evidence.insert(QStringLiteral("periods"), s.periods);
        flag.evidence.insert(QStringLiteral("overtime_premium"), premium);
        if (!p.overtimePremiumTiers.isEmpty()) {
            QJsonArray tiers;
            for (const AuditParams::PremiumTier& tier : p.overtimePremiumTiers) {
                tiers.append(
                    QJsonObject{{QStringLiteral("after_hours"), tier.afterHours},
                                {QStringLiteral("per"), tier.perWeek ? QStringLiteral("week") : QStringLiteral("day")},
                                {QStringLiteral("premium"), tier.premium}});
            }
            flag.evidence.insert(QStringLiteral("overtime_premium_tiers"), tiers);
        }
        if (p.restDayPremium > 0) {
            flag.evidence.insert(QStringLiteral("rest_day_premium"), p.restDayPremium);
        }
        if (p.holidayPremium > 0) {
            flag.evidence.insert(QStringLiteral("holiday_premium"), p.holidayPremium);
        }
        if (m_kind != Kind::Overtime || !p.overtimePremiumTiers.isEmpty()) {
            flag.evidence.insert(QStringLiteral("shortfall_total"), round2(s.owed));
        }
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
