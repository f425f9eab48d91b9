#include "app/analysis/checks/ExcessiveHoursCheck.h"
#include "app/analysis/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <cmath>
#include <map>

namespace fieldbook {

using namespace checks;

namespace {
// Punch slack: a few minutes early and late each day add up; a quarter hour a week is not excess.
// A day gets the same quarter hour; a month or a year gets a quarter hour for each of its weeks.
constexpr double kToleranceHours = 0.25;

double rounded(double hours)
{
    return std::round(hours * 100) / 100;
}

struct Breach
{
    QString limit;   // "day", "week", "month", "year"
    QString measure; // "total" or "overtime"
    JulianDay from = kNoDate;
    JulianDay to = kNoDate;
    double hours = 0;
    double limitHours = 0;

    QJsonObject json() const
    {
        return QJsonObject{{QStringLiteral("limit"), limit},
                           {QStringLiteral("measure"), measure},
                           {QStringLiteral("period_start"), AnalysisInput::isoDate(from)},
                           {QStringLiteral("period_end"), AnalysisInput::isoDate(to)},
                           {QStringLiteral("hours"), rounded(hours)},
                           {QStringLiteral("limit_hours"), limitHours}};
    }

    QString text() const
    {
        const QString date = AnalysisInput::isoDate(from);
        const QString h = hoursText(hours);
        const QString l = hoursText(limitHours);
        if (limit == QLatin1String("day")) {
            return measure == QLatin1String("total")
                       ? QCoreApplication::translate("Checks", "%1 h on %2 (limit %3 h a day)").arg(h, date, l)
                       : QCoreApplication::translate("Checks", "%1 h of overtime on %2 (limit %3 h a day)")
                             .arg(h, date, l);
        }
        if (limit == QLatin1String("month")) {
            return QCoreApplication::translate("Checks", "%1 h of overtime in %2 (limit %3 h a month)")
                .arg(h, date.left(7), l);
        }
        if (limit == QLatin1String("year")) {
            return QCoreApplication::translate("Checks", "%1 h of overtime in %2 (limit %3 h a year)")
                .arg(h, date.left(4), l);
        }
        return QCoreApplication::translate("Checks", "%1 h in the week of %2 (limit %3 h)").arg(h, date, l);
    }
};

// Overtime summed by calendar month or year (the key is the first day), with the worked days.
struct SpanTotal
{
    JulianDay last = kNoDate;
    double overtime = 0;
    std::set<JulianDay> overtimeDays;
};

void addFinite(QJsonObject& evidence, const char* key, double value)
{
    if (std::isfinite(value)) {
        evidence.insert(QLatin1String(key), value);
    }
}
} // namespace

QStringList ExcessiveHoursCheck::clauses() const
{
    return hoursClauses();
}

CheckDescription ExcessiveHoursCheck::description() const
{
    return {QT_TRANSLATE_NOOP("CheckTitles", "Excessive hours"),
            QT_TRANSLATE_NOOP("CheckExplanations", "Weekly hours or overtime above the limit in force."),
            QStringLiteral("time_records"), QStringLiteral("weekly_hours")};
}

bool ExcessiveHoursCheck::applies(const AnalysisInput& input) const
{
    return !input.records().timeRecords.empty();
}

QList<Flag> ExcessiveHoursCheck::run(const AnalysisInput& input) const
{
    const AuditParams& p = input.params();
    const double maxOvertime = p.maxOvertimeHoursPerWeek;
    // The overtime limit only means something on top of the regular week (kNoLimit stays infinite).
    const double overtimeLimit = p.regularHoursPerWeek + maxOvertime;
    const double totalLimit = std::min(p.maxTotalHoursPerWeek, overtimeLimit);
    const double dayLimit = std::min(p.maxTotalHoursPerDay, p.regularHoursPerDay + p.maxOvertimeHoursPerDay);
    const bool spanCaps = std::isfinite(p.maxOvertimeHoursPerMonth) || std::isfinite(p.maxOvertimeHoursPerYear);
    QList<Flag> flags;
    for (int w = 0; w < input.workerCount(); ++w) {
        const std::vector<WorkDay>& days = input.days(w);
        if (days.empty()) {
            continue;
        }
        QJsonArray weeks;
        std::vector<Breach> others;
        std::set<JulianDay> dates;
        double worst = 0;
        bool overTotal = false;
        for (const WeekTotal& week : weeklyTotals(days)) {
            const double hours = week.workedSeconds / 3600.0;
            if (hours <= totalLimit + kToleranceHours) {
                continue;
            }
            overTotal = overTotal || hours > p.maxTotalHoursPerWeek + kToleranceHours;
            worst = std::max(worst, hours);
            weeks.append(
                QJsonObject{{QStringLiteral("week_start"), AnalysisInput::isoDate(week.monday)},
                            {QStringLiteral("hours"), rounded(hours)},
                            {QStringLiteral("overtime_hours"), rounded(std::max(0.0, hours - p.regularHoursPerWeek))}});
            for (const WorkDay& day : days) {
                if (AnalysisInput::weekStart(day.date) == week.monday) {
                    dates.insert(day.date);
                }
            }
        }
        if (std::isfinite(dayLimit)) {
            for (const WorkDay& day : days) {
                const double hours = day.workedSeconds / 3600.0;
                if (hours <= dayLimit + kToleranceHours) {
                    continue;
                }
                const bool total = hours > p.maxTotalHoursPerDay + kToleranceHours;
                overTotal = overTotal || total;
                others.push_back(total ? Breach{QStringLiteral("day"), QStringLiteral("total"), day.date, day.date,
                                                hours, p.maxTotalHoursPerDay}
                                       : Breach{QStringLiteral("day"), QStringLiteral("overtime"), day.date, day.date,
                                                hours - p.regularHoursPerDay, p.maxOvertimeHoursPerDay});
                dates.insert(day.date);
            }
        }
        if (spanCaps) {
            const std::vector<double> overtime = dailyOvertimeHours(days, p);
            std::map<JulianDay, SpanTotal> months;
            std::map<JulianDay, SpanTotal> years;
            for (size_t i = 0; i < days.size(); ++i) {
                const QDate date = QDate::fromJulianDay(days[i].date);
                SpanTotal& month = months[QDate(date.year(), date.month(), 1).toJulianDay()];
                SpanTotal& year = years[QDate(date.year(), 1, 1).toJulianDay()];
                month.last = QDate(date.year(), date.month(), date.daysInMonth()).toJulianDay();
                year.last = QDate(date.year(), 12, 31).toJulianDay();
                month.overtime += overtime[i];
                year.overtime += overtime[i];
                if (overtime[i] > 0) {
                    month.overtimeDays.insert(days[i].date);
                    year.overtimeDays.insert(days[i].date);
                }
            }
            const auto test = [&](const std::map<JulianDay, SpanTotal>& spans, double cap, const QString& limit) {
                if (!std::isfinite(cap)) {
                    return;
                }
                for (const auto& [first, span] : spans) {
                    const double tolerance = kToleranceHours * double(span.last - first + 1) / 7.0;
                    if (span.overtime <= cap + tolerance) {
                        continue;
                    }
                    others.push_back({limit, QStringLiteral("overtime"), first, span.last, span.overtime, cap});
                    dates.insert(span.overtimeDays.begin(), span.overtimeDays.end());
                }
            };
            test(months, p.maxOvertimeHoursPerMonth, QStringLiteral("month"));
            test(years, p.maxOvertimeHoursPerYear, QStringLiteral("year"));
        }
        if (weeks.isEmpty() && others.empty()) {
            continue;
        }
        Flag flag = makeFlag(input, overTotal ? Severity::High : Severity::Medium);
        flag.workers = {input.records().workerId(w)};
        flag.dates = dateList(dates);
        QJsonArray breaches;
        for (const QJsonValue& week : std::as_const(weeks)) {
            const QJsonObject o = week.toObject();
            const double hours = o.value(QStringLiteral("hours")).toDouble();
            const bool total = hours > p.maxTotalHoursPerWeek + kToleranceHours;
            const JulianDay monday =
                QDate::fromString(o.value(QStringLiteral("week_start")).toString(), Qt::ISODate).toJulianDay();
            breaches.append(total || !std::isfinite(overtimeLimit)
                                ? Breach{QStringLiteral("week"), QStringLiteral("total"), monday, monday + 6, hours,
                                         p.maxTotalHoursPerWeek}
                                      .json()
                                : Breach{QStringLiteral("week"), QStringLiteral("overtime"), monday, monday + 6,
                                         hours - p.regularHoursPerWeek, maxOvertime}
                                      .json());
        }
        for (const Breach& b : others) {
            breaches.append(b.json());
        }
        if (!weeks.isEmpty()) {
            flag.summary = QCoreApplication::translate("Checks", "%1 worked more than %2 h in %3 week(s), up to %4 h")
                               .arg(flag.workers.first(), hoursText(totalLimit))
                               .arg(weeks.size())
                               .arg(hoursText(worst));
            if (!others.empty()) {
                flag.summary += QStringLiteral("; ") + others.front().text();
            }
            flag.evidence.insert(QStringLiteral("weeks"), weeks);
        } else {
            flag.summary = QCoreApplication::translate("Checks", "%1 worked beyond a limit in force %n time(s): %2",
                                                       nullptr, int(others.size()))
                               .arg(flag.workers.first(), others.front().text());
        }
        flag.evidence.insert(QStringLiteral("breaches"), breaches);
        addFinite(flag.evidence, "max_total_hours_per_week", p.maxTotalHoursPerWeek);
        flag.evidence.insert(QStringLiteral("regular_hours_per_week"), p.regularHoursPerWeek);
        addFinite(flag.evidence, "max_overtime_hours_per_week", maxOvertime);
        if (!others.empty()) {
            flag.evidence.insert(QStringLiteral("regular_hours_per_day"), p.regularHoursPerDay);
            addFinite(flag.evidence, "max_overtime_hours_per_day", p.maxOvertimeHoursPerDay);
            addFinite(flag.evidence, "max_total_hours_per_day", p.maxTotalHoursPerDay);
            addFinite(flag.evidence, "max_overtime_hours_per_month", p.maxOvertimeHoursPerMonth);
            addFinite(flag.evidence, "max_overtime_hours_per_year", p.maxOvertimeHoursPerYear);
        }
        flag.evidence.insert(QStringLiteral("tolerance_hours"), kToleranceHours);
        flags.append(flag);
    }
    return flags;
}

} // namespace fieldbook
