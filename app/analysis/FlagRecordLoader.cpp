#include "app/analysis/FlagRecordLoader.h"
#include "app/analysis/AuditRecordQuery.h"
#include "app/analysis/CheckDescriptions.h"
#include "app/analysis/InterviewRecordTable.h"
#include "app/analysis/stats/Benford.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <vector>

namespace fieldbook {

namespace {

using Type = RecordValueType;

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// named Tr::tr() would file these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlagRecords)
};

void addRow(FlagRecordTable& table, int limit, QVariantList values, const AuditRecordQuery::Source& source)
{
    table.append({std::move(values), source.file, source.line}, limit);
}

QVariant optional(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

QVariant ratio(double numerator, double denominator)
{
    return denominator > 0 ? QVariant(numerator / denominator) : QVariant();
}

std::vector<QDate> sortedDates(const QStringList& iso)
{
    std::vector<QDate> dates;
    for (const QString& d : iso) {
        const QDate date = QDate::fromString(d, Qt::ISODate);
        if (date.isValid()) {
            dates.push_back(date);
        }
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

// True when one of the sorted `dates` falls inside [from, to].
bool anyWithin(const std::vector<QDate>& dates, const QDate& from, const QDate& to)
{
    const auto it = std::lower_bound(dates.begin(), dates.end(), from);
    return it != dates.end() && *it <= to;
}

int ageOn(const QDate& birth, const QDate& day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day())) {
        --age;
    }
    return age;
}

QList<RecordColumn> timeColumns()
{
    return {{QStringLiteral("worker"), Tr::tr("Worker"), Type::Text},
            {QStringLiteral("date"), Tr::tr("Date"), Type::Day},
            {QStringLiteral("time_in"), Tr::tr("In"), Type::Clock},
            {QStringLiteral("time_out"), Tr::tr("Out"), Type::Clock},
            {QStringLiteral("break_minutes"), Tr::tr("Break (min)"), Type::Integer},
            {QStringLiteral("worked_hours"), Tr::tr("Worked (h)"), Type::Hours}};
}

// A missing punch shows as an empty cell, not as midnight.
QVariant clockValue(int seconds)
{
    return seconds < 0 ? QVariant() : QVariant(seconds);
}

QVariantList timeValues(const AuditRecordQuery::TimeRow& r)
{
    return {r.worker, r.date, clockValue(r.timeIn), clockValue(r.timeOut), r.breakMinutes, r.workedSeconds() / 3600.0};
}

} // namespace

QString FlagRecordLoader::payFieldTitle(const QString& field)
{
    if (field == QLatin1String("bonus")) {
        return Tr::tr("Bonus");
    }
    if (field == QLatin1String("deductions")) {
        return Tr::tr("Deductions");
    }
    if (field == QLatin1String("overtime_pay")) {
        return Tr::tr("Overtime pay");
    }
    if (field == QLatin1String("net_pay")) {
        return Tr::tr("Net pay");
    }
    return Tr::tr("Regular pay");
}

FlagRecordLoader::FlagRecordLoader(const Database& db, qint64 auditId, AuditParams params)
    : m_db(db), m_auditId(auditId), m_params(std::move(params))
{}

QString FlagRecordLoader::kindFor(const QString& check)
{
    return CheckDescriptions::records(check);
}

Result<FlagRecordTable> FlagRecordLoader::load(const StoredFlag& flag, int limit) const
{
    const AuditRecordQuery query(m_db, m_auditId);
    const QString check = flag.flag.check;
    const QString kind = kindFor(check);
    if (check == QLatin1String("benford_deviation")) {
        return benfordAmounts(query, flag, limit);
    }
    if (kind == QLatin1String("time_records")) {
        Result<FlagRecordTable> time = timeRecords(query, flag, limit);
        // Records of someone not (or no longer) employed may be pay rows only.
        const bool payMayExplain =
            check == QLatin1String("work_outside_employment") || check == QLatin1String("unknown_worker");
        if (time && time->total == 0 && payMayExplain) {
            return payroll(query, flag, limit);
        }
        return time;
    }
    if (kind == QLatin1String("payroll")) {
        return payroll(query, flag, limit);
    }
    if (kind == QLatin1String("workers")) {
        return registerRows(query, flag, limit);
    }
    if (kind == QLatin1String("production")) {
        return productionDays(query, flag, limit);
    }
    if (kind == QLatin1String("gate_and_time")) {
        return gateAndTime(query, flag, limit);
    }
    if (kind == QLatin1String("interviews")) {
        return InterviewRecordTable::load(m_db, m_auditId, flag, limit);
    }
    FlagRecordTable none;
    none.kind = kind;
    none.note = Tr::tr("This check does not point at individual records.");
    return none;
}

Result<FlagRecordTable> FlagRecordLoader::timeRecords(const AuditRecordQuery& query, const StoredFlag& flag,
                                                      int limit) const
{
    FlagRecordTable table;
    table.kind = QStringLiteral("time_records");
    table.columns = timeColumns();
    table.note =
        Tr::tr("Time records of the flag's %n worker(s) on its %1 day(s).", nullptr, int(flag.flag.workers.size()))
            .arg(flag.flag.dates.size());
    const auto add = [&](const AuditRecordQuery::TimeRow& r) {
        addRow(table, limit, timeValues(r), r.source);
    };
    const Status read = flag.flag.dates.isEmpty()
                            ? query.timeRecordsBetween(flag.flag.workers, m_params.periodStart, m_params.periodEnd, add)
                            : query.timeRecordsOn(flag.flag.workers, flag.flag.dates, add);
    if (!read) {
        return Result<FlagRecordTable>::failure(read.error());
    }
    return table;
}

Result<FlagRecordTable> FlagRecordLoader::payroll(const AuditRecordQuery& query, const StoredFlag& flag,
                                                  int limit) const
{
    const QString check = flag.flag.check;
    FlagRecordTable table;
    table.kind = QStringLiteral("payroll");
    table.columns = {{QStringLiteral("worker"), Tr::tr("Worker"), Type::Text},
                     {QStringLiteral("period_start"), Tr::tr("From"), Type::Date},
                     {QStringLiteral("period_end"), Tr::tr("To"), Type::Date},
                     {QStringLiteral("regular_hours"), Tr::tr("Regular (h)"), Type::Hours},
                     {QStringLiteral("overtime_hours"), Tr::tr("Overtime (h)"), Type::Hours},
                     {QStringLiteral("regular_pay"), Tr::tr("Regular pay"), Type::Money},
                     {QStringLiteral("overtime_pay"), Tr::tr("Overtime pay"), Type::Money},
                     {QStringLiteral("bonus"), Tr::tr("Bonus"), Type::Money},
                     {QStringLiteral("deductions"), Tr::tr("Deductions"), Type::Money},
                     {QStringLiteral("net_pay"), Tr::tr("Net pay"), Type::Money}};
    // The figure each pay check compares, computed beside the row so the table explains the flag.
    const bool hours = check == QLatin1String("payroll_hours_mismatch");
    const bool wage = check == QLatin1String("minimum_wage_shortfall");
    const bool premium = check == QLatin1String("overtime_premium_shortfall") ||
                         check == QLatin1String("rest_day_premium_shortfall") ||
                         check == QLatin1String("holiday_premium_shortfall");
    const bool net = check == QLatin1String("net_pay_inconsistent");
    if (hours) {
        table.columns << RecordColumn{QStringLiteral("hours_in_time_records"), Tr::tr("Hours in time records"),
                                      Type::Hours};
    } else if (wage) {
        table.columns << RecordColumn{QStringLiteral("regular_pay_per_hour"), Tr::tr("Regular pay per hour"),
                                      Type::Money};
    } else if (premium) {
        table.columns << RecordColumn{QStringLiteral("overtime_rate_ratio"), Tr::tr("Overtime rate ÷ regular rate"),
                                      Type::Number};
    } else if (net) {
        table.columns << RecordColumn{QStringLiteral("net_pay_expected"),
                                      Tr::tr("Regular + overtime + bonus − deductions"), Type::Money};
    }
    table.note = wage && m_params.minimumWageHourly > 0
                     ? Tr::tr("Payroll rows of the flag's worker(s) in the flagged periods; minimum wage %1 per hour.")
                           .arg(QString::number(m_params.minimumWageHourly, 'f', 2))
                     : Tr::tr("Payroll rows of the flag's worker(s) in the flagged periods.");
    const std::vector<QDate> dates = sortedDates(flag.flag.dates);
    QString failure;
    const Status read = query.payroll(flag.flag.workers, [&](const AuditRecordQuery::PayRow& r) {
        if (!dates.empty() && !anyWithin(dates, r.periodStart, r.periodEnd)) {
            return;
        }
        QVariantList values{r.worker,     r.periodStart, r.periodEnd,       r.regularHours,         r.overtimeHours,
                            r.regularPay, r.overtimePay, optional(r.bonus), optional(r.deductions), r.netPay};
        if (hours) {
            Result<std::map<JulianDay, double>> recorded = query.hoursByDate({r.worker}, r.periodStart, r.periodEnd);
            double sum = 0;
            if (recorded) {
                for (const auto& [day, h] : *recorded) {
                    sum += h;
                }
            } else {
                failure = recorded.error();
            }
            values << sum;
        } else if (wage) {
            values << ratio(r.regularPay, r.regularHours);
        } else if (premium) {
            const QVariant regularRate = ratio(r.regularPay, r.regularHours);
            const QVariant overtimeRate = ratio(r.overtimePay, r.overtimeHours);
            values << (regularRate.isValid() && overtimeRate.isValid() && regularRate.toDouble() > 0
                           ? QVariant(overtimeRate.toDouble() / regularRate.toDouble())
                           : QVariant());
        } else if (net) {
            values << r.regularPay + r.overtimePay + r.bonus.value_or(0) - r.deductions.value_or(0);
        }
        addRow(table, limit, values, r.source);
    });
    if (!read || !failure.isEmpty()) {
        return Result<FlagRecordTable>::failure(read ? failure : read.error());
    }
    return table;
}

Result<FlagRecordTable> FlagRecordLoader::benfordAmounts(const AuditRecordQuery& query, const StoredFlag& flag,
                                                         int limit) const
{
    // The amounts the check tested: one payroll field, rows overlapping the audit period, above zero.
    const QString field = flag.flag.evidence.value(QStringLiteral("field")).toString(flag.flag.subject);
    FlagRecordTable table;
    table.kind = QStringLiteral("payroll");
    table.columns = {{QStringLiteral("worker"), Tr::tr("Worker"), Type::Text},
                     {QStringLiteral("period_start"), Tr::tr("From"), Type::Date},
                     {QStringLiteral("period_end"), Tr::tr("To"), Type::Date},
                     {QStringLiteral("amount"), payFieldTitle(field), Type::Money},
                     {QStringLiteral("first_digit"), Tr::tr("First digit"), Type::Integer}};
    table.note = Tr::tr("Every amount of %1 above zero in the audit period: the amounts the check tested.")
                     .arg(payFieldTitle(field).toLower());
    const Status read = query.payroll({}, [&](const AuditRecordQuery::PayRow& r) {
        const std::optional<double> amount = r.amount(field);
        if (!amount || *amount <= 0 || !r.overlaps(m_params.periodStart, m_params.periodEnd)) {
            return;
        }
        addRow(table, limit, {r.worker, r.periodStart, r.periodEnd, *amount, stats::firstDigit(*amount)}, r.source);
    });
    if (!read) {
        return Result<FlagRecordTable>::failure(read.error());
    }
    return table;
}

Result<FlagRecordTable> FlagRecordLoader::registerRows(const AuditRecordQuery& query, const StoredFlag& flag,
                                                       int limit) const
{
    const QString check = flag.flag.check;
    const bool duplicate = check == QLatin1String("duplicate_identity");
    const std::vector<QDate> dates = sortedDates(flag.flag.dates);
    // Age on the first day the flag is about (the first day worked under age), else at the period's start.
    const QDate ageDay = !dates.empty() ? dates.front() : m_params.periodStart;
    FlagRecordTable table;
    table.kind = QStringLiteral("workers");
    table.columns = {{QStringLiteral("worker"), Tr::tr("Worker"), Type::Text},
                     {QStringLiteral("birth_date"), Tr::tr("Born"), Type::Date}};
    if (ageDay.isValid()) {
        table.columns << RecordColumn{QStringLiteral("age"), Tr::tr("Age on %1").arg(ageDay.toString(Qt::ISODate)),
                                      Type::Integer};
    }
    table.columns << RecordColumn{QStringLiteral("hire_date"), Tr::tr("Hired"), Type::Date}
                  << RecordColumn{QStringLiteral("termination_date"), Tr::tr("Left"), Type::Date}
                  << RecordColumn{QStringLiteral("gender"), Tr::tr("Gender"), Type::Text}
                  << RecordColumn{QStringLiteral("department"), Tr::tr("Department"), Type::Text}
                  << RecordColumn{QStringLiteral("position"), Tr::tr("Position"), Type::Text}
                  << RecordColumn{QStringLiteral("id_number"), Tr::tr("ID number on file"), Type::Text};
    table.note = duplicate
                     ? Tr::tr("Register entries of the workers who share one ID number. The number itself is "
                              "personal data and is not shown.")
                     : Tr::tr("Register entries of the flag's %n worker(s).", nullptr, int(flag.flag.workers.size()));
    const QString shared = Tr::tr("shared by %n workers (hidden)", nullptr, int(flag.flag.workers.size()));
    const Status read = query.workers(flag.flag.workers, [&](const AuditRecordQuery::WorkerRow& w) {
        QVariantList values{w.worker, dateOrNull(w.birthDate)};
        if (ageDay.isValid()) {
            values << (w.birthDate.isValid() ? QVariant(ageOn(w.birthDate, ageDay)) : QVariant());
        }
        values << dateOrNull(w.hireDate) << dateOrNull(w.terminationDate) << w.gender << w.department << w.position
               << (duplicate          ? shared
                   : w.idNumberOnFile ? Tr::tr("on file (hidden)")
                                      : Tr::tr("none"));
        addRow(table, limit, values, w.source);
    });
    if (!read) {
        return Result<FlagRecordTable>::failure(read.error());
    }
    return table;
}

Result<FlagRecordTable> FlagRecordLoader::productionDays(const AuditRecordQuery& query, const StoredFlag& flag,
                                                         int limit) const
{
    const QString department = flag.flag.evidence.value(QStringLiteral("department")).toString();
    const std::vector<QDate> dates = sortedDates(flag.flag.dates);
    FlagRecordTable table;
    table.kind = QStringLiteral("production");
    table.columns = {
        {QStringLiteral("date"), Tr::tr("Date"), Type::Day},
        {QStringLiteral("department"), Tr::tr("Department"), Type::Text},
        {QStringLiteral("units"), Tr::tr("Units"), Type::Number},
        {QStringLiteral("standard_minutes"), Tr::tr("Minutes per unit (SAM)"), Type::Number},
        {QStringLiteral("hours_output_needs"), Tr::tr("Hours the output needs"), Type::Hours},
        {QStringLiteral("hours_in_time_records"), Tr::tr("Hours in time records (department)"), Type::Hours}};
    table.note = Tr::tr("Production of %1 on the flagged days: units × minutes per unit ÷ 60 against the hours the "
                        "department's time records show that day.")
                     .arg(department);
    if (dates.empty()) {
        return table;
    }
    Result<QStringList> workers = query.departmentWorkers(department);
    if (!workers) {
        return Result<FlagRecordTable>::failure(workers.error());
    }
    Result<std::map<JulianDay, double>> recorded = query.hoursByDate(*workers, dates.front(), dates.back());
    if (!recorded) {
        return Result<FlagRecordTable>::failure(recorded.error());
    }
    const QString key = department.trimmed().toCaseFolded();
    const Status read = query.production([&](const AuditRecordQuery::ProductionRow& r) {
        if (r.department.trimmed().toCaseFolded() != key || !std::binary_search(dates.begin(), dates.end(), r.date)) {
            return;
        }
        const auto hours = recorded->find(r.date.toJulianDay());
        addRow(table, limit,
               {r.date, r.department, r.units, r.standardMinutes, r.units * r.standardMinutes / 60.0,
                hours == recorded->end() ? 0.0 : hours->second},
               r.source);
    });
    if (!read) {
        return Result<FlagRecordTable>::failure(read.error());
    }
    return table;
}

Result<FlagRecordTable> FlagRecordLoader::gateAndTime(const AuditRecordQuery& query, const StoredFlag& flag,
                                                      int limit) const
{
    const std::vector<QDate> dates = sortedDates(flag.flag.dates);
    FlagRecordTable table;
    table.kind = QStringLiteral("gate_and_time");
    table.columns = {{QStringLiteral("worker"), Tr::tr("Worker"), Type::Text},
                     {QStringLiteral("date"), Tr::tr("Date"), Type::Day},
                     {QStringLiteral("record"), Tr::tr("Record"), Type::Text},
                     {QStringLiteral("time_in"), Tr::tr("In"), Type::Clock},
                     {QStringLiteral("time_out"), Tr::tr("Out"), Type::Clock},
                     {QStringLiteral("worked_hours"), Tr::tr("Worked (h)"), Type::Hours}};
    table.note = Tr::tr("Gate events beside the time records of the flagged days: on site before the first punch or "
                        "after the last one.");
    if (dates.empty()) {
        return table;
    }
    struct Entry
    {
        QString worker;
        QDate date;
        int order; // seconds after midnight of `date`, to interleave gate and time card
        QVariantList values;
        AuditRecordQuery::Source source;
    };
    std::vector<Entry> entries;
    const Status time =
        query.timeRecordsOn(flag.flag.workers, flag.flag.dates, [&](const AuditRecordQuery::TimeRow& r) {
            entries.push_back({r.worker,
                               r.date,
                               r.timeIn,
                               {r.worker, r.date, Tr::tr("time card"), clockValue(r.timeIn), clockValue(r.timeOut),
                                r.workedSeconds() / 3600.0},
                               r.source});
        });
    if (!time) {
        return Result<FlagRecordTable>::failure(time.error());
    }
    // A night shift leaves the next morning: exits before noon belong to the day before.
    constexpr int kNoon = 12 * 3600;
    const Status gate = query.gateEvents(
        flag.flag.workers, dates.front(), dates.back().addDays(1), [&](const AuditRecordQuery::GateRow& g) {
            const bool onDay = std::binary_search(dates.begin(), dates.end(), g.date);
            const bool morningAfter =
                !g.in && g.time < kNoon && std::binary_search(dates.begin(), dates.end(), g.date.addDays(-1));
            if (!onDay && !morningAfter) {
                return;
            }
            const QDate day = onDay ? g.date : g.date.addDays(-1);
            entries.push_back({g.worker,
                               day,
                               g.time + (onDay ? 0 : 24 * 3600),
                               {g.worker, g.date, g.in ? Tr::tr("gate in") : Tr::tr("gate out"),
                                g.in ? QVariant(g.time) : QVariant(), g.in ? QVariant() : QVariant(g.time), QVariant()},
                               g.source});
        });
    if (!gate) {
        return Result<FlagRecordTable>::failure(gate.error());
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.worker != b.worker ? a.worker < b.worker : a.date != b.date ? a.date < b.date : a.order < b.order;
    });
    for (const Entry& e : entries) {
        addRow(table, limit, e.values, e.source);
    }
    return table;
}

} // namespace fieldbook
