#pragma once

#include "app/records/RecordSet.h"
#include "database/Result.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <map>
#include <optional>

namespace fieldbook {

class Database;

// Reads a few of an audit's factory records straight from the store, through the
// (audit_id, worker_id, ...) indexes of migration 0002: the records behind one flag, not the whole
// audit (RecordStore::loadRecordSet is for that). Never reads a personal column (names, ID numbers):
// a worker row only says whether an ID number is on file.
class AuditRecordQuery
{
public:
    AuditRecordQuery(const Database& db, qint64 auditId) : m_db(db), m_auditId(auditId)
    {}

    struct Source
    {
        QString file; // name of the imported file
        int line = 0;
    };

    struct TimeRow
    {
        QString worker;
        QDate date;
        int timeIn = 0;  // seconds after midnight; -1: the clock-in is missing
        int timeOut = 0; // earlier than timeIn: the next day; -1: the clock-out is missing
        int breakMinutes = 0;
        Source source;

        bool isMissingPunch() const
        {
            return timeIn < 0 || timeOut < 0;
        }

        // As the checks count it (AnalysisInput): (out - in, across midnight) - break, never below 0.
        int workedSeconds() const;
    };

    struct PayRow
    {
        QString worker;
        QDate periodStart;
        QDate periodEnd;
        double regularHours = 0;
        double overtimeHours = 0;
        double regularPay = 0;
        double overtimePay = 0;
        std::optional<double> bonus;
        std::optional<double> deductions;
        double netPay = 0;
        Source source;

        // One of the amount columns by name (bonus, deductions, overtime_pay, net_pay, regular_pay; an
        // empty bonus or deduction is 0, as the checks read it); no value for another name.
        std::optional<double> amount(const QString& field) const;
        // True when the period shares a day with [from, to] (an invalid date is no bound).
        bool overlaps(const QDate& from, const QDate& to) const;
    };

    struct WorkerRow
    {
        QString worker;
        QDate birthDate;
        QDate hireDate;
        QDate terminationDate;
        QString gender;
        QString department;
        QString position;
        bool idNumberOnFile = false; // the number itself is personal data and never read
        Source source;
    };

    struct ProductionRow
    {
        QDate date;
        QString department;
        double units = 0;
        double standardMinutes = 0;
        Source source;
    };

    struct GateRow
    {
        QString worker;
        QDate date;
        int time = 0; // seconds after midnight
        bool in = true;
        Source source;
    };

    // Time records of `workers` on `dates` (ISO), ordered by worker, date and time in.
    Status timeRecordsOn(const QStringList& workers, const QStringList& dates,
                         const std::function<void(const TimeRow&)>& row) const;
    // Time records of `workers` from `from` to `to` (inclusive; an invalid date is no bound).
    Status timeRecordsBetween(const QStringList& workers, const QDate& from, const QDate& to,
                              const std::function<void(const TimeRow&)>& row) const;
    // Payroll rows of `workers` (every worker when empty), ordered by worker and period.
    Status payroll(const QStringList& workers, const std::function<void(const PayRow&)>& row) const;
    // Register rows of `workers` (every worker when empty), ordered by worker id.
    Status workers(const QStringList& workers, const std::function<void(const WorkerRow&)>& row) const;
    // Every production row of the audit, ordered by date.
    Status production(const std::function<void(const ProductionRow&)>& row) const;
    // Gate events of `workers` from `from` to `to` (inclusive), in time order.
    Status gateEvents(const QStringList& workers, const QDate& from, const QDate& to,
                      const std::function<void(const GateRow&)>& row) const;
    // Register ids of the workers of a department, matched as the checks match it (trimmed, case-folded).
    Result<QStringList> departmentWorkers(const QString& department) const;
    // Hours worked per shift date by `workers` from `from` to `to`, summed as the checks sum them.
    Result<std::map<JulianDay, double>> hoursByDate(const QStringList& workers, const QDate& from,
                                                    const QDate& to) const;

private:
    QString fileName(qint64 importId) const;

    const Database& m_db;
    qint64 m_auditId;
    mutable QHash<qint64, QString> m_files;
    mutable bool m_filesLoaded = false;
};

} // namespace fieldbook
