#include "app/analysis/AnalysisInput.h"

#include <QDate>
#include <QTime>
#include <algorithm>
#include <limits>

namespace fieldbook {

namespace {

constexpr int kDay = 24 * 3600;
// How close to midnight a split night shift's two rows end and start (exports write 23:59).
constexpr int kMidnightSlack = 60;

// Seconds of [start, end) inside the night window, repeated every day.
int nightOverlap(int start, int end, int nightStart, int nightEnd)
{
    int total = 0;
    for (int k = -1; k <= 1; ++k) {
        const int windowStart = nightStart + k * kDay;
        const int windowEnd = nightEnd + (nightEnd <= nightStart ? (k + 1) * kDay : k * kDay);
        const int lo = std::max(start, windowStart);
        const int hi = std::min(end, windowEnd);
        if (hi > lo) {
            total += hi - lo;
        }
    }
    return total;
}

} // namespace

namespace {
// Whether a record of day `d` lies in the params' period.
struct PeriodFilter
{
    JulianDay from;
    JulianDay to;
    explicit PeriodFilter(const AuditParams& params)
        : from(params.periodStart.isValid() ? params.periodStart.toJulianDay() : 0),
          to(params.periodEnd.isValid() ? params.periodEnd.toJulianDay() : std::numeric_limits<JulianDay>::max())
    {}
    bool operator()(JulianDay d) const
    {
        return d >= from && d <= to;
    }
};
} // namespace

AnalysisInput::AnalysisInput(const RecordSet& records, const AuditParams& params) : m_params(params)
{
    const PeriodFilter inPeriod(params);
    m_records.workerIds = records.workerIds;
    m_records.workerIndex = records.workerIndex;
    m_records.workers = records.workers;
    m_records.interviews = records.interviews;
    m_records.timeRecords.reserve(records.timeRecords.size());
    for (const TimeRecord& r : records.timeRecords) {
        if (inPeriod(r.date)) {
            (r.isMissingPunch() ? m_missingPunches : m_records.timeRecords).push_back(r);
        }
    }
    for (const PayrollRecord& r : records.payroll) {
        if (r.periodEnd >= inPeriod.from && r.periodStart <= inPeriod.to) {
            m_records.payroll.push_back(r);
        }
    }
    for (const ProductionRecord& r : records.production) {
        if (inPeriod(r.date)) {
            m_records.production.push_back(r);
        }
    }
    m_records.gateEvents.reserve(records.gateEvents.size());
    for (const GateEvent& r : records.gateEvents) {
        if (inPeriod(r.date)) {
            m_records.gateEvents.push_back(r);
        }
    }
    buildIndexes();
}

// The records are the caller's to give away: filtered where they lie, so a factory's records are
// held once, not twice, while the checks run (the CLI's analyze: a third less peak memory).
AnalysisInput::AnalysisInput(RecordSet&& records, const AuditParams& params)
    : m_records(std::move(records)), m_params(params)
{
    const PeriodFilter inPeriod(params);
    std::erase_if(m_records.timeRecords, [&](const TimeRecord& r) {
        if (!inPeriod(r.date)) {
            return true;
        }
        if (r.isMissingPunch()) {
            m_missingPunches.push_back(r);
            return true;
        }
        return false;
    });
    std::erase_if(m_records.payroll,
                  [&](const PayrollRecord& r) { return r.periodEnd < inPeriod.from || r.periodStart > inPeriod.to; });
    std::erase_if(m_records.production, [&](const ProductionRecord& r) { return !inPeriod(r.date); });
    std::erase_if(m_records.gateEvents, [&](const GateEvent& r) { return !inPeriod(r.date); });
    buildIndexes();
}

void AnalysisInput::buildIndexes()
{
    const auto manualRows = std::count_if(m_records.timeRecords.begin(), m_records.timeRecords.end(),
                                          [](const TimeRecord& r) { return r.manual; });
    m_manualMarksTrusted = double(manualRows) <= kTrustedManualShare * double(m_records.timeRecords.size());
    const size_t workers = size_t(m_records.workerIds.size());
    m_registerEntry.assign(workers, -1);
    for (size_t i = 0; i < m_records.workers.size(); ++i) {
        const int w = m_records.workers[i].worker;
        if (w >= 0 && size_t(w) < workers) {
            m_registerEntry[size_t(w)] = int(i);
        }
    }

    m_missingPunchDays.assign(workers, {});
    for (const TimeRecord& r : m_missingPunches) {
        if (r.worker >= 0 && size_t(r.worker) < workers) {
            m_missingPunchDays[size_t(r.worker)].push_back(r.date);
        }
    }
    for (std::vector<JulianDay>& list : m_missingPunchDays) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }

    m_payrollRows.assign(workers, {});
    for (size_t i = 0; i < m_records.payroll.size(); ++i) {
        const int w = m_records.payroll[i].worker;
        if (w >= 0 && size_t(w) < workers) {
            m_payrollRows[size_t(w)].push_back(int(i));
        }
    }

    // Per worker, per day: sort a light index rather than the records themselves.
    m_days.assign(workers, {});
    std::vector<int> order(m_records.timeRecords.size());
    for (size_t i = 0; i < order.size(); ++i) {
        order[i] = int(i);
    }
    const auto& time = m_records.timeRecords;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const TimeRecord& x = time[size_t(a)];
        const TimeRecord& y = time[size_t(b)];
        if (x.worker != y.worker) {
            return x.worker < y.worker;
        }
        if (x.date != y.date) {
            return x.date < y.date;
        }
        return x.timeIn < y.timeIn;
    });
    const bool youngWindow = m_params.youngWorkerNightStartSeconds >= 0 && m_params.youngWorkerNightEndSeconds >= 0;
    const int youngNightStart = youngWindow ? m_params.youngWorkerNightStartSeconds : m_params.nightStartSeconds;
    const int youngNightEnd = youngWindow ? m_params.youngWorkerNightEndSeconds : m_params.nightEndSeconds;
    for (const int i : order) {
        const TimeRecord& r = time[size_t(i)];
        if (r.worker < 0 || size_t(r.worker) >= workers) {
            continue;
        }
        std::vector<WorkDay>& list = m_days[size_t(r.worker)];
        int span = r.timeOut - r.timeIn;
        if (span < 0) {
            span += kDay;
        }
        int in = r.timeIn;
        int out = r.timeIn + span;
        // A night shift the export split at midnight (to 23:59 or 24:00 on one date, from 00:00 on
        // the next) is one shift of its first date: one worked day, not two, and no punch at 00:00.
        const bool continuesLastNight = r.timeIn <= kMidnightSlack && !list.empty() && list.back().date == r.date - 1 &&
                                        list.back().lastOut >= kDay - kMidnightSlack && list.back().lastOut <= kDay;
        if (continuesLastNight) {
            in += kDay;
            out += kDay;
        } else if (list.empty() || list.back().date != r.date) {
            WorkDay day;
            day.date = r.date;
            day.firstIn = r.timeIn;
            day.lastOut = out;
            day.department = r.department;
            list.push_back(day);
        }
        WorkDay& day = list.back();
        day.workedSeconds += std::max(0, r.workedSeconds());
        const int night = nightOverlap(in, out, m_params.nightStartSeconds, m_params.nightEndSeconds);
        day.nightSeconds += night;
        day.youngNightSeconds += youngWindow ? nightOverlap(in, out, youngNightStart, youngNightEnd) : night;
        day.manual = day.manual || r.manual;
        day.firstIn = std::min(day.firstIn, in);
        day.lastOut = std::max(day.lastOut, out);
        ++day.segments;
    }
}

QString AnalysisInput::department(int worker) const
{
    const WorkerRecord* record = registerRecord(worker);
    return record ? record->department : QString();
}

QStringList AnalysisInput::clausesInForce(const QStringList& all) const
{
    if (m_params.codes.isEmpty()) {
        return all;
    }
    QStringList kept;
    for (const QString& clause : all) {
        const QString code = clause.section(QLatin1Char(':'), 0, 0);
        if (m_params.codes.contains(code, Qt::CaseInsensitive)) {
            kept.append(clause);
        }
    }
    return kept;
}

QString AnalysisInput::isoDate(JulianDay day)
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

QString AnalysisInput::clockText(int seconds)
{
    seconds %= kDay;
    if (seconds < 0) {
        seconds += kDay;
    }
    return QTime(0, 0).addSecs(seconds).toString(QStringLiteral("HH:mm"));
}

JulianDay AnalysisInput::birthday(JulianDay birth, int years)
{
    const QDate date = QDate::fromJulianDay(birth);
    if (date.month() == 2 && date.day() == 29) {
        return QDate(date.year() + years, 3, 1).toJulianDay();
    }
    return QDate(date.year() + years, date.month(), date.day()).toJulianDay();
}

} // namespace fieldbook
