#include "app/analysis/AuditRecordQuery.h"
#include "app/records/FieldParsing.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fieldbook {

namespace {

constexpr int kDaySeconds = 24 * 3600;

// A list bound as one JSON array and read back with json_each(): one statement, whatever its length.
QString jsonList(const QStringList& values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QString lowerBound(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("0000-00-00");
}

QString upperBound(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("9999-99-99");
}

QDate dateAt(const Statement& row, int column)
{
    return row.isNull(column) ? QDate() : QDate::fromString(row.text(column), Qt::ISODate);
}

std::optional<double> optionalReal(const Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<double>(row.real(column));
}

Status failed(const QString& detail)
{
    return Status::failure(
        QCoreApplication::translate("AuditRecordQuery", "Could not read the records: %1").arg(detail));
}

// Steps a prepared statement to its end, handing each row over.
Status each(Statement& statement, const std::function<void(const Statement&)>& row)
{
    while (statement.step()) {
        row(statement);
    }
    return statement.hasError() ? failed(statement.errorMessage()) : Status::success();
}

// `select` ends in "WHERE audit_id = ?1 "; every worker of the audit when `workers` is empty,
// otherwise only those listed. Bound and ready to step.
Result<Statement> prepareForWorkers(const Database& db, qint64 auditId, const QString& select,
                                    const QStringList& workers, const QString& orderAll, const QString& orderSome)
{
    Result<Statement> statement =
        db.prepare(select + (workers.isEmpty()
                                 ? orderAll
                                 : QStringLiteral("AND worker_id IN (SELECT value FROM json_each(?2)) ") + orderSome));
    if (statement) {
        statement->bind(1, auditId);
        if (!workers.isEmpty()) {
            statement->bind(2, jsonList(workers));
        }
    }
    return statement;
}

} // namespace

int AuditRecordQuery::TimeRow::workedSeconds() const
{
    if (isMissingPunch()) {
        return 0;
    }
    int span = timeOut - timeIn;
    if (span < 0) {
        span += kDaySeconds;
    }
    return std::max(0, span - breakMinutes * 60);
}

std::optional<double> AuditRecordQuery::PayRow::amount(const QString& field) const
{
    if (field == QLatin1String("bonus")) {
        return bonus.value_or(0);
    }
    if (field == QLatin1String("deductions")) {
        return deductions.value_or(0);
    }
    if (field == QLatin1String("overtime_pay")) {
        return overtimePay;
    }
    if (field == QLatin1String("net_pay")) {
        return netPay;
    }
    if (field == QLatin1String("regular_pay")) {
        return regularPay;
    }
    return std::nullopt;
}

bool AuditRecordQuery::PayRow::overlaps(const QDate& from, const QDate& to) const
{
    return (!to.isValid() || periodStart <= to) && (!from.isValid() || periodEnd >= from);
}

QString AuditRecordQuery::fileName(qint64 importId) const
{
    if (!m_filesLoaded) {
        m_filesLoaded = true;
        Result<Statement> select =
            m_db.prepare(QStringLiteral("SELECT id, file_name FROM record_imports WHERE audit_id = ?1"));
        if (select && select->bind(1, m_auditId).isValid()) {
            while (select->step()) {
                m_files.insert(select->int64(0), select->text(1));
            }
        }
    }
    return m_files.value(importId);
}

Status AuditRecordQuery::timeRecordsOn(const QStringList& workers, const QStringList& dates,
                                       const std::function<void(const TimeRow&)>& row) const
{
    Result<Statement> select = m_db.prepare(QStringLiteral(
        "SELECT worker_id, date, coalesce(time_in, -1), coalesce(time_out, -1), break_minutes, import_id, source_line "
        "FROM time_records "
        "WHERE audit_id = ?1 AND worker_id IN (SELECT value FROM json_each(?2)) "
        "AND date IN (SELECT value FROM json_each(?3)) ORDER BY worker_id, date, time_in"));
    if (!select) {
        return failed(select.error());
    }
    select->bind(1, m_auditId).bind(2, jsonList(workers)).bind(3, jsonList(dates));
    return each(*select, [&](const Statement& s) {
        row({s.text(0), dateAt(s, 1), s.integer(2), s.integer(3), s.integer(4), {fileName(s.int64(5)), s.integer(6)}});
    });
}

Status AuditRecordQuery::timeRecordsBetween(const QStringList& workers, const QDate& from, const QDate& to,
                                            const std::function<void(const TimeRow&)>& row) const
{
    Result<Statement> select = m_db.prepare(QStringLiteral(
        "SELECT worker_id, date, coalesce(time_in, -1), coalesce(time_out, -1), break_minutes, import_id, source_line "
        "FROM time_records "
        "WHERE audit_id = ?1 AND worker_id IN (SELECT value FROM json_each(?2)) AND date BETWEEN ?3 AND ?4 "
        "ORDER BY worker_id, date, time_in"));
    if (!select) {
        return failed(select.error());
    }
    select->bind(1, m_auditId).bind(2, jsonList(workers)).bind(3, lowerBound(from)).bind(4, upperBound(to));
    return each(*select, [&](const Statement& s) {
        row({s.text(0), dateAt(s, 1), s.integer(2), s.integer(3), s.integer(4), {fileName(s.int64(5)), s.integer(6)}});
    });
}

Status AuditRecordQuery::payroll(const QStringList& workers, const std::function<void(const PayRow&)>& row) const
{
    const QString columns = QStringLiteral(
        "SELECT worker_id, period_start, period_end, regular_hours, overtime_hours, regular_pay, overtime_pay, bonus, "
        "deductions, net_pay, import_id, source_line FROM payroll WHERE audit_id = ?1 ");
    Result<Statement> select = prepareForWorkers(m_db, m_auditId, columns, workers, QStringLiteral("ORDER BY id"),
                                                 QStringLiteral("ORDER BY worker_id, period_start"));
    if (!select) {
        return failed(select.error());
    }
    return each(*select, [&](const Statement& s) {
        PayRow p;
        p.worker = s.text(0);
        p.periodStart = dateAt(s, 1);
        p.periodEnd = dateAt(s, 2);
        p.regularHours = s.real(3);
        p.overtimeHours = s.real(4);
        p.regularPay = s.real(5);
        p.overtimePay = s.real(6);
        p.bonus = optionalReal(s, 7);
        p.deductions = optionalReal(s, 8);
        p.netPay = s.real(9);
        p.source = {fileName(s.int64(10)), s.integer(11)};
        row(p);
    });
}

Status AuditRecordQuery::workers(const QStringList& workers, const std::function<void(const WorkerRow&)>& row) const
{
    // id_number is only tested for presence: its content is personal data.
    const QString columns =
        QStringLiteral("SELECT worker_id, birth_date, hire_date, termination_date, gender, department, position, "
                       "id_number IS NOT NULL, import_id, source_line FROM workers WHERE audit_id = ?1 ");
    const QString order = QStringLiteral("ORDER BY worker_id");
    Result<Statement> select = prepareForWorkers(m_db, m_auditId, columns, workers, order, order);
    if (!select) {
        return failed(select.error());
    }
    return each(*select, [&](const Statement& s) {
        WorkerRow w;
        w.worker = s.text(0);
        w.birthDate = dateAt(s, 1);
        w.hireDate = dateAt(s, 2);
        w.terminationDate = dateAt(s, 3);
        w.gender = s.text(4);
        w.department = s.text(5);
        w.position = s.text(6);
        w.idNumberOnFile = s.integer(7) != 0;
        w.source = {fileName(s.int64(8)), s.integer(9)};
        row(w);
    });
}

Status AuditRecordQuery::production(const std::function<void(const ProductionRow&)>& row) const
{
    Result<Statement> select = m_db.prepare(
        QStringLiteral("SELECT date, department, units, standard_minutes, import_id, source_line FROM production "
                       "WHERE audit_id = ?1 ORDER BY date, id"));
    if (!select) {
        return failed(select.error());
    }
    select->bind(1, m_auditId);
    return each(*select, [&](const Statement& s) {
        row({dateAt(s, 0), s.text(1), s.real(2), s.real(3), {fileName(s.int64(4)), s.integer(5)}});
    });
}

Status AuditRecordQuery::gateEvents(const QStringList& workers, const QDate& from, const QDate& to,
                                    const std::function<void(const GateRow&)>& row) const
{
    // Timestamps are "YYYY-MM-DD HH:MM:SS": the day's upper bound is the next day's date.
    Result<Statement> select = m_db.prepare(QStringLiteral(
        "SELECT worker_id, timestamp, direction, import_id, source_line FROM gate_events WHERE audit_id = ?1 "
        "AND worker_id IN (SELECT value FROM json_each(?2)) AND timestamp >= ?3 AND timestamp < ?4 "
        "ORDER BY worker_id, timestamp"));
    if (!select) {
        return failed(select.error());
    }
    select->bind(1, m_auditId)
        .bind(2, jsonList(workers))
        .bind(3, lowerBound(from))
        .bind(4, to.isValid() ? to.addDays(1).toString(Qt::ISODate) : upperBound(to));
    return each(*select, [&](const Statement& s) {
        JulianDay day = kNoDate;
        int seconds = 0;
        fieldparsing::parseTimestamp(s.text(1).toUtf8(), &day, &seconds);
        row({s.text(0),
             day == kNoDate ? QDate() : QDate::fromJulianDay(day),
             seconds,
             s.text(2) == QLatin1String("in"),
             {fileName(s.int64(3)), s.integer(4)}});
    });
}

Result<QStringList> AuditRecordQuery::departmentWorkers(const QString& department) const
{
    const QString key = department.trimmed().toCaseFolded();
    QStringList ids;
    const Status read = workers({}, [&](const WorkerRow& w) {
        if (w.department.trimmed().toCaseFolded() == key) {
            ids.append(w.worker);
        }
    });
    if (!read) {
        return Result<QStringList>::failure(read.error());
    }
    return ids;
}

Result<std::map<JulianDay, double>> AuditRecordQuery::hoursByDate(const QStringList& workers, const QDate& from,
                                                                  const QDate& to) const
{
    using R = Result<std::map<JulianDay, double>>;
    // The same sum as AnalysisInput's WorkDay: each segment across midnight, less its break, never below 0.
    Result<Statement> select = m_db.prepare(QStringLiteral(
        "SELECT date, sum(max(0, ((time_out - time_in + 86400) % 86400) - break_minutes * 60)) FROM time_records "
        "WHERE audit_id = ?1 AND worker_id IN (SELECT value FROM json_each(?2)) AND date BETWEEN ?3 AND ?4 "
        "AND time_in IS NOT NULL AND time_out IS NOT NULL GROUP BY date"));
    if (!select) {
        return R::failure(failed(select.error()).error());
    }
    select->bind(1, m_auditId).bind(2, jsonList(workers)).bind(3, lowerBound(from)).bind(4, upperBound(to));
    std::map<JulianDay, double> hours;
    const Status read = each(*select, [&](const Statement& s) {
        const QDate day = dateAt(s, 0);
        if (day.isValid()) {
            hours[day.toJulianDay()] += s.real(1) / 3600.0;
        }
    });
    if (!read) {
        return R::failure(read.error());
    }
    return hours;
}

} // namespace fieldbook
