#include "app/analysis/FlagChartBuilder.h"
#include "app/analysis/AnalysisInput.h"
#include "app/analysis/AuditRecordQuery.h"
#include "app/analysis/CheckDescriptions.h"
#include "app/analysis/FlagRecordLoader.h"
#include "app/analysis/stats/Benford.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace fieldbook {

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// named Tr::tr() would file these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlagCharts)
};

// A value axis from 0 to a round number a little above the largest value, with about five ticks
// at round steps (1, 2, 2.5 or 5 times a power of ten), so bars never touch the frame.
ChartAxis valueAxis(const QString& title, double largest, const QString& labelFormat)
{
    const double rough = std::max(largest * 1.1, 1.0) / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10;
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        // 2.5 steps only where the labels stay whole numbers.
        if (m * magnitude >= rough && (m != 2.5 || magnitude >= 10)) {
            step = m * magnitude;
            break;
        }
    }
    const double top = std::ceil(largest * 1.1 / step) * step;
    return {ChartAxis::Kind::Value, title, 0, std::max(top, step), step, {}, labelFormat};
}

QString hoursText(double hours)
{
    return QLocale().toString(hours, 'f', std::fabs(hours - std::round(hours)) < 0.05 ? 0 : 1);
}

} // namespace

FlagChartBuilder::FlagChartBuilder(const Database& db, qint64 auditId, AuditParams params)
    : m_db(db), m_auditId(auditId), m_params(std::move(params))
{}

QString FlagChartBuilder::shortDateFormat()
{
    return Tr::tr("d MMM", "QDate format: day and month on a chart axis");
}

QString FlagChartBuilder::chartKindFor(const QString& check)
{
    return CheckDescriptions::chart(check);
}

Result<std::optional<FlagChartData>> FlagChartBuilder::build(const StoredFlag& flag) const
{
    using R = Result<std::optional<FlagChartData>>;
    const QString kind = chartKindFor(flag.flag.check);
    if (kind.isEmpty()) {
        return std::optional<FlagChartData>();
    }
    const AuditRecordQuery query(m_db, m_auditId);
    Result<FlagChartData> chart = kind == QLatin1String("punch_minutes")  ? punchMinutes(query, flag)
                                  : kind == QLatin1String("weekly_hours") ? weeklyHours(query, flag)
                                  : kind == QLatin1String("benford")      ? benford(query, flag)
                                                                          : productionHours(query, flag);
    if (!chart) {
        return R::failure(chart.error());
    }
    return std::optional<FlagChartData>(chart.take());
}

Result<FlagChartData> FlagChartBuilder::punchMinutes(const AuditRecordQuery& query, const StoredFlag& flag) const
{
    // Minute of the hour of every punch: honest clocks spread them evenly over 0-59; cards filled in
    // by hand heap on :00, :30 or one favourite minute.
    std::array<int, 60> in{};
    std::array<int, 60> out{};
    int punches = 0;
    const Status read =
        query.timeRecordsOn(flag.flag.workers, flag.flag.dates, [&](const AuditRecordQuery::TimeRow& r) {
            if (r.isMissingPunch()) {
                return; // no minute was punched
            }
            ++in[size_t(r.timeIn / 60 % 60)];
            ++out[size_t(r.timeOut / 60 % 60)];
            punches += 2;
        });
    if (!read) {
        return Result<FlagChartData>::failure(read.error());
    }
    FlagChartData chart;
    chart.kind = QStringLiteral("punch_minutes");
    chart.title = Tr::tr("Minute of the hour of each punch");
    const QString check = flag.flag.check;
    chart.caption =
        check == QLatin1String("round_times")
            ? Tr::tr("%n punches of the flagged workers. Clock punches spread evenly over the minutes (dashed line); "
                     "heaps on :00 and :30 suggest times written down, not punched.",
                     nullptr, punches)
        : check == QLatin1String("uniform_times")
            ? Tr::tr("%n punches of the flagged workers. Clock punches spread evenly over the minutes (dashed line); "
                     "the same minutes day after day suggest times copied, not punched.",
                     nullptr, punches)
            : Tr::tr(
                  "%n punches of the flagged workers on the flagged days. Clock punches spread evenly over the minutes "
                  "(dashed line); one minute far above it suggests cards filled in by one hand.",
                  nullptr, punches);
    chart.x = {ChartAxis::Kind::Value, Tr::tr("Minute of the hour (:00 to :59)"), -0.5, 59.5, 5, {},
               QStringLiteral("%d")};
    ChartSeries timeIn{QStringLiteral("time_in"), Tr::tr("Time in"), ChartSeries::Style::StackedBars, {}};
    ChartSeries timeOut{QStringLiteral("time_out"), Tr::tr("Time out"), ChartSeries::Style::StackedBars, {}};
    int tallest = 0;
    for (int m = 0; m < 60; ++m) {
        timeIn.points.append(QPointF(m, in[size_t(m)]));
        timeOut.points.append(QPointF(m, out[size_t(m)]));
        tallest = std::max(tallest, in[size_t(m)] + out[size_t(m)]);
    }
    const double even = punches / 60.0;
    ChartSeries expected{QStringLiteral("even_spread"),
                         Tr::tr("Even spread (%1 a minute)").arg(hoursText(even)),
                         ChartSeries::Style::ReferenceLine,
                         {QPointF(-0.5, even), QPointF(59.5, even)}};
    chart.series = {timeIn, timeOut, expected};
    chart.y = valueAxis(Tr::tr("Punches"), std::max<double>(tallest, even), QStringLiteral("%d"));
    return chart;
}

Result<FlagChartData> FlagChartBuilder::weeklyHours(const AuditRecordQuery& query, const StoredFlag& flag) const
{
    const QStringList drawn = flag.flag.workers.mid(0, kMaxWorkersDrawn);
    // Weeks run Monday to Sunday (formats.md); hours count on the shift's start date, as the checks count them.
    std::map<QString, std::map<JulianDay, double>> weekly;
    JulianDay first = m_params.periodStart.isValid() ? AnalysisInput::weekStart(m_params.periodStart.toJulianDay()) : 0;
    JulianDay last = m_params.periodEnd.isValid() ? AnalysisInput::weekStart(m_params.periodEnd.toJulianDay()) : 0;
    const bool bounded = first > 0 && last >= first;
    JulianDay seenFirst = 0;
    JulianDay seenLast = 0;
    const Status read = query.timeRecordsBetween(
        drawn, m_params.periodStart, m_params.periodEnd, [&](const AuditRecordQuery::TimeRow& r) {
            const JulianDay monday = AnalysisInput::weekStart(r.date.toJulianDay());
            weekly[r.worker][monday] += r.workedSeconds() / 3600.0;
            seenFirst = seenFirst == 0 ? monday : std::min(seenFirst, monday);
            seenLast = std::max(seenLast, monday);
        });
    if (!read) {
        return Result<FlagChartData>::failure(read.error());
    }
    if (!bounded) {
        first = seenFirst;
        last = seenLast;
    }
    QStringList weeks;
    const bool longSpan = last - first > 364;
    for (JulianDay monday = first; monday > 0 && monday <= last; monday += 7) {
        const QDate d = QDate::fromJulianDay(monday);
        weeks.append(longSpan ? d.toString(Qt::ISODate) : QLocale().toString(d, shortDateFormat()));
    }
    // The limit both hours checks apply: the total cap, or the regular week plus the overtime cap if lower.
    const double limit =
        std::min(m_params.maxTotalHoursPerWeek, m_params.regularHoursPerWeek + m_params.maxOvertimeHoursPerWeek);
    const auto capText = [](double cap) {
        return std::isfinite(cap) ? hoursText(cap) : Tr::tr("no limit");
    };
    FlagChartData chart;
    chart.kind = QStringLiteral("weekly_hours");
    chart.title = Tr::tr("Hours worked per week (Monday to Sunday)");
    chart.caption =
        flag.flag.check == QLatin1String("hours_cap_pattern")
            ? Tr::tr("Weekly hours sitting exactly on the %1 h limit week after week are more likely written "
                     "to the limit than worked.")
                  .arg(hoursText(limit))
        : flag.flag.check == QLatin1String("no_rest_day")
            ? Tr::tr("Weeks worked without a day off: hours per week from the time records, against the %1 h "
                     "weekly limit.")
                  .arg(hoursText(limit))
        : !std::isfinite(limit)
            ? Tr::tr("Hours per week from the time records, against the %1 h regular week: the law in force sets "
                     "no weekly limit, so the flag's figures name the daily, monthly or yearly limit broken.")
                  .arg(hoursText(m_params.regularHoursPerWeek))
            : Tr::tr("Weeks above the dashed %1 h line break the weekly limit in force (regular %2 h + "
                     "overtime %3 h, at most %4 h).")
                  .arg(hoursText(limit), hoursText(m_params.regularHoursPerWeek),
                       capText(m_params.maxOvertimeHoursPerWeek), capText(m_params.maxTotalHoursPerWeek));
    chart.x = {ChartAxis::Kind::Category,
               Tr::tr("Week starting"),
               0,
               double(std::max<qsizetype>(0, weeks.size() - 1)),
               0,
               weeks,
               QString()};
    const bool weeklyLimit = std::isfinite(limit); // kNoLimit: the law sets no weekly cap
    double tallest = weeklyLimit ? limit : m_params.regularHoursPerWeek;
    const ChartSeries::Style style = drawn.size() == 1 ? ChartSeries::Style::Bars : ChartSeries::Style::Line;
    for (const QString& worker : drawn) {
        ChartSeries s{worker, worker, style, {}};
        const auto& hours = weekly[worker];
        for (int i = 0; i < weeks.size(); ++i) {
            const auto it = hours.find(first + 7 * JulianDay(i));
            const double h = it == hours.end() ? 0.0 : it->second;
            s.points.append(QPointF(i, h));
            tallest = std::max(tallest, h);
        }
        chart.series.append(s);
    }
    const double right = std::max<double>(0, weeks.size() - 1);
    if (weeklyLimit) {
        chart.series.append({QStringLiteral("limit"),
                             Tr::tr("Weekly limit in force: %1 h").arg(hoursText(limit)),
                             ChartSeries::Style::ReferenceLine,
                             {QPointF(0, limit), QPointF(right, limit)}});
    }
    if (m_params.regularHoursPerWeek < limit) {
        chart.series.append({QStringLiteral("regular_week"),
                             Tr::tr("Regular week: %1 h").arg(hoursText(m_params.regularHoursPerWeek)),
                             ChartSeries::Style::ReferenceLine,
                             {QPointF(0, m_params.regularHoursPerWeek), QPointF(right, m_params.regularHoursPerWeek)}});
    }
    chart.y = valueAxis(Tr::tr("Hours"), tallest, QStringLiteral("%d"));
    if (flag.flag.workers.size() > drawn.size()) {
        chart.note = Tr::tr("%n more worker(s) not drawn: every one is in the Records tab.", nullptr,
                            int(flag.flag.workers.size() - drawn.size()));
    }
    return chart;
}

Result<FlagChartData> FlagChartBuilder::benford(const AuditRecordQuery& query, const StoredFlag& flag) const
{
    // The amounts BenfordDeviationCheck tests: one payroll field, rows overlapping the period, above zero.
    const QString field = flag.flag.evidence.value(QStringLiteral("field")).toString(flag.flag.subject);
    std::array<int, 9> digits{};
    int count = 0;
    const Status read = query.payroll({}, [&](const AuditRecordQuery::PayRow& r) {
        const std::optional<double> amount = r.amount(field);
        if (!amount || *amount <= 0 || !r.overlaps(m_params.periodStart, m_params.periodEnd)) {
            return;
        }
        const int d = stats::firstDigit(*amount);
        if (d >= 1 && d <= 9) {
            ++digits[size_t(d - 1)];
            ++count;
        }
    });
    if (!read) {
        return Result<FlagChartData>::failure(read.error());
    }
    FlagChartData chart;
    chart.kind = QStringLiteral("benford");
    chart.title =
        Tr::tr("First digits of %1 against Benford's law").arg(FlagRecordLoader::payFieldTitle(field).toLower());
    chart.caption =
        Tr::tr("%n amounts. Amounts that arise naturally start with 1 about 30% of the time and with 9 under "
               "5%; bars far from the line are a reason to look closer, never proof.",
               nullptr, count);
    QStringList categories;
    ChartSeries observed{QStringLiteral("observed"), Tr::tr("Observed share"), ChartSeries::Style::Bars, {}};
    ChartSeries expected{QStringLiteral("benford"), Tr::tr("Benford's law"), ChartSeries::Style::Line, {}};
    double tallest = 0;
    for (int d = 1; d <= 9; ++d) {
        categories.append(QString::number(d));
        const double share = count > 0 ? 100.0 * digits[size_t(d - 1)] / count : 0.0;
        observed.points.append(QPointF(d - 1, share));
        expected.points.append(QPointF(d - 1, 100.0 * stats::benfordExpected(d)));
        tallest = std::max({tallest, share, 100.0 * stats::benfordExpected(d)});
    }
    chart.x = {ChartAxis::Kind::Category, Tr::tr("First digit"), 0, 8, 0, categories, QString()};
    chart.y = valueAxis(Tr::tr("Share of the amounts"), tallest, QStringLiteral("%d%%"));
    chart.series = {observed, expected};
    return chart;
}

Result<FlagChartData> FlagChartBuilder::productionHours(const AuditRecordQuery& query, const StoredFlag& flag) const
{
    const QString department = flag.flag.evidence.value(QStringLiteral("department")).toString();
    const QString key = department.trimmed().toCaseFolded();
    std::map<JulianDay, double> needed;
    const Status read = query.production([&](const AuditRecordQuery::ProductionRow& r) {
        const bool inPeriod = (!m_params.periodStart.isValid() || r.date >= m_params.periodStart) &&
                              (!m_params.periodEnd.isValid() || r.date <= m_params.periodEnd);
        if (inPeriod && r.date.isValid() && r.department.trimmed().toCaseFolded() == key) {
            needed[r.date.toJulianDay()] += r.units * r.standardMinutes / 60.0;
        }
    });
    if (!read) {
        return Result<FlagChartData>::failure(read.error());
    }
    Result<QStringList> workers = query.departmentWorkers(department);
    if (!workers) {
        return Result<FlagChartData>::failure(workers.error());
    }
    std::map<JulianDay, double> recorded;
    if (!needed.empty()) {
        Result<std::map<JulianDay, double>> hours = query.hoursByDate(
            *workers, QDate::fromJulianDay(needed.begin()->first), QDate::fromJulianDay(needed.rbegin()->first));
        if (!hours) {
            return Result<FlagChartData>::failure(hours.error());
        }
        recorded = hours.take();
    }
    FlagChartData chart;
    chart.kind = QStringLiteral("production_hours");
    chart.title = Tr::tr("%1: hours the output needs against hours recorded").arg(department);
    chart.caption = Tr::tr("Days where the output line rises above the recorded hours needed more work than the time "
                           "records show: unrecorded overtime or workers?");
    ChartSeries output{QStringLiteral("output_hours"),
                       Tr::tr("Hours the output needs (units × SAM ÷ 60)"),
                       ChartSeries::Style::Line,
                       {}};
    ChartSeries time{
        QStringLiteral("recorded_hours"), Tr::tr("Hours in the time records"), ChartSeries::Style::Line, {}};
    ChartSeries flagged{QStringLiteral("flagged_days"), Tr::tr("Flagged days"), ChartSeries::Style::Points, {}};
    QSet<QString> flaggedDates(flag.flag.dates.begin(), flag.flag.dates.end());
    double tallest = 0;
    for (const auto& [day, hours] : needed) {
        const auto it = recorded.find(day);
        const double h = it == recorded.end() ? 0.0 : it->second;
        output.points.append(QPointF(double(day), hours));
        time.points.append(QPointF(double(day), h));
        if (flaggedDates.contains(AnalysisInput::isoDate(day))) {
            flagged.points.append(QPointF(double(day), hours));
        }
        tallest = std::max({tallest, hours, h});
    }
    const double from = needed.empty() ? 0 : double(needed.begin()->first);
    const double to = needed.empty() ? 0 : double(needed.rbegin()->first);
    chart.x = {ChartAxis::Kind::Date, Tr::tr("Day"), from, to, 0, {}, QString()};
    chart.y = valueAxis(Tr::tr("Labour hours"), tallest, QStringLiteral("%d"));
    chart.series = {output, time, flagged};
    return chart;
}

} // namespace fieldbook
