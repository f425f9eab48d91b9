#include "app/records/RecordFileParser.h"
#include "app/records/CsvReader.h"
#include "app/records/FieldParsers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <unordered_set>

namespace fieldbook {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Records", text);
}

// Reads the cells of one row by canonical column and records the first problem.
class Row
{
public:
    Row(const std::vector<std::string_view>& fields, const std::vector<int>& index, const QList<ColumnSpec>& columns)
        : m_fields(fields), m_index(index), m_columns(columns)
    {}

    std::string_view cell(int column) const
    {
        const int i = m_index[size_t(column)];
        return (i >= 0 && size_t(i) < m_fields.size()) ? fieldparse::trim(m_fields[size_t(i)]) : std::string_view();
    }
    bool empty(int column) const
    {
        return cell(column).empty();
    }
    bool fail(int column, const QString& reason)
    {
        if (m_error.isEmpty()) {
            m_errorColumn = m_columns.at(column).name;
            const std::string_view value = cell(column);
            m_error = value.empty() ? reason
                                    : reason + QStringLiteral(": \"") +
                                          QString::fromUtf8(value.data(), qsizetype(value.size())) + QLatin1Char('"');
        }
        return false;
    }
    bool required(int column)
    {
        return empty(column) ? fail(column, tr("required value is empty")) : true;
    }
    bool date(int column, JulianDay* out, bool optional = false)
    {
        if (empty(column)) {
            return optional ? true : required(column);
        }
        return fieldparse::date(cell(column), out) || fail(column, tr("not a date (YYYY-MM-DD)"));
    }
    bool time(int column, int* out)
    {
        return required(column) &&
               (fieldparse::clockTime(cell(column), out) || fail(column, tr("not a time (HH:MM or HH:MM:SS)")));
    }
    bool amount(int column, double* out, bool* present = nullptr)
    {
        if (empty(column)) {
            if (present) {
                *present = false;
                return true;
            }
            return required(column);
        }
        if (!fieldparse::decimal(cell(column), out)) {
            return fail(column, tr("not a number (use . as the decimal separator)"));
        }
        if (*out < 0) {
            return fail(column, tr("negative value"));
        }
        if (present) {
            *present = true;
        }
        return true;
    }
    QString text(int column) const
    {
        const std::string_view v = cell(column);
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    }
    const QString& error() const
    {
        return m_error;
    }
    const QString& errorColumn() const
    {
        return m_errorColumn;
    }

private:
    const std::vector<std::string_view>& m_fields;
    const std::vector<int>& m_index;
    const QList<ColumnSpec>& m_columns;
    QString m_error;
    QString m_errorColumn;
};

// Column positions in recordKindColumns() order.
enum WorkerColumn
{
    WId,
    WBirth,
    WHire,
    WIdNumber,
    WGender,
    WDepartment,
    WPosition,
    WTermination,
    WName
};
enum TimeColumn
{
    TWorker,
    TDate,
    TIn,
    TOut,
    TBreak
};
enum PayrollColumn
{
    PWorker,
    PStart,
    PEnd,
    PRegHours,
    POtHours,
    PRegPay,
    POtPay,
    PBonus,
    PDeductions,
    PNet
};
enum ProductionColumn
{
    DDate,
    DDepartment,
    DUnits,
    DSam
};
enum GateColumn
{
    GWorker,
    GTimestamp,
    GDirection
};

bool parseWorker(Row& r, ParsedFile& out, LocalWorkerIds& ids, std::unordered_set<std::string>& seen, int line)
{
    WorkerRecord w;
    w.line = line;
    if (!r.required(WId) || !r.date(WBirth, &w.birthDate) || !r.date(WHire, &w.hireDate) ||
        !r.date(WTermination, &w.terminationDate, true)) {
        return false;
    }
    if (!seen.insert(std::string(r.cell(WId))).second) {
        return r.fail(WId, tr("worker_id appears twice in the register"));
    }
    if (w.terminationDate != kNoDate && w.terminationDate < w.hireDate) {
        return r.fail(WTermination, tr("termination_date is before hire_date"));
    }
    const QString gender = r.text(WGender).toUpper();
    if (!gender.isEmpty() && gender != QLatin1String("F") && gender != QLatin1String("M") &&
        gender != QLatin1String("X")) {
        return r.fail(WGender, tr("gender must be F, M or X"));
    }
    w.worker = ids.intern(r.cell(WId));
    w.gender = gender;
    w.idNumber = r.text(WIdNumber);
    w.department = r.text(WDepartment);
    w.position = r.text(WPosition);
    w.name = r.text(WName);
    out.workers.push_back(std::move(w));
    return true;
}

bool parseTimeRecord(Row& r, ParsedFile& out, LocalWorkerIds& ids, int line)
{
    TimeRecord t;
    t.line = line;
    if (!r.required(TWorker) || !r.date(TDate, &t.date) || !r.time(TIn, &t.timeIn) || !r.time(TOut, &t.timeOut)) {
        return false;
    }
    if (!r.empty(TBreak)) {
        if (!fieldparse::integer(r.cell(TBreak), &t.breakMinutes)) {
            return r.fail(TBreak, tr("not a whole number of minutes"));
        }
        if (t.breakMinutes < 0) {
            return r.fail(TBreak, tr("negative value"));
        }
    }
    if (t.timeIn == t.timeOut) {
        return r.fail(TOut, tr("time_out equals time_in"));
    }
    if (t.workedSeconds() < 0) {
        return r.fail(TBreak, tr("the break is longer than the segment (negative hours)"));
    }
    t.worker = ids.intern(r.cell(TWorker));
    out.timeRecords.push_back(t);
    return true;
}

bool parsePayroll(Row& r, ParsedFile& out, LocalWorkerIds& ids, int line)
{
    PayrollRecord p;
    p.line = line;
    if (!r.required(PWorker) || !r.date(PStart, &p.periodStart) || !r.date(PEnd, &p.periodEnd) ||
        !r.amount(PRegHours, &p.regularHours) || !r.amount(POtHours, &p.overtimeHours) ||
        !r.amount(PRegPay, &p.regularPay) || !r.amount(POtPay, &p.overtimePay) ||
        !r.amount(PBonus, &p.bonus, &p.hasBonus) || !r.amount(PDeductions, &p.deductions, &p.hasDeductions)) {
        return false;
    }
    // Net pay may legitimately be negative (deductions above earnings): a check's matter, not a parse error.
    if (!r.required(PNet) || !fieldparse::decimal(r.cell(PNet), &p.netPay)) {
        return r.error().isEmpty() ? r.fail(PNet, tr("not a number (use . as the decimal separator)")) : false;
    }
    if (p.periodEnd < p.periodStart) {
        return r.fail(PEnd, tr("period_end is before period_start"));
    }
    p.worker = ids.intern(r.cell(PWorker));
    out.payroll.push_back(p);
    return true;
}

bool parseProduction(Row& r, ParsedFile& out, int line)
{
    ProductionRecord d;
    d.line = line;
    if (!r.date(DDate, &d.date) || !r.required(DDepartment) || !r.amount(DUnits, &d.units) ||
        !r.amount(DSam, &d.standardMinutes)) {
        return false;
    }
    d.department = r.text(DDepartment);
    out.production.push_back(std::move(d));
    return true;
}

bool parseGate(Row& r, ParsedFile& out, LocalWorkerIds& ids, int line)
{
    GateEvent g;
    g.line = line;
    if (!r.required(GWorker) || !r.required(GTimestamp)) {
        return false;
    }
    if (!fieldparse::dateTime(r.cell(GTimestamp), &g.date, &g.time)) {
        return r.fail(GTimestamp, tr("not a timestamp (YYYY-MM-DD HH:MM[:SS])"));
    }
    const QString direction = r.text(GDirection).toLower();
    if (direction == QLatin1String("in")) {
        g.in = true;
    } else if (direction == QLatin1String("out")) {
        g.in = false;
    } else {
        return r.fail(GDirection, tr("direction must be in or out"));
    }
    g.worker = ids.intern(r.cell(GWorker));
    out.gateEvents.push_back(g);
    return true;
}

} // namespace

ParsedFile RecordFileParser::parse(RecordKind kind, const QString& fileName, const QByteArray& data,
                                   const ColumnMapping& mapping)
{
    ParsedFile out;
    out.fileName = fileName;
    out.kind = kind;
    out.sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    CsvReader reader(data);
    std::vector<std::string_view> fields;
    if (!reader.next(fields)) {
        out.issues.append({fileName,
                           reader.hasError() ? reader.recordLine() : 0,
                           {},
                           reader.hasError() ? reader.error() : tr("the file is empty (no header row)"),
                           {},
                           true});
        return out;
    }
    Result<std::vector<int>> index = mapping.resolve(kind, fields, fileName);
    if (!index) {
        out.issues.append(
            {fileName, 1, {}, index.error().section(QStringLiteral(": "), 1, -1), reader.rawRecord(), true});
        return out;
    }
    const QList<ColumnSpec> columns = recordKindColumns(kind);
    LocalWorkerIds ids(out.workerIds);
    std::unordered_set<std::string> seenWorkers;
    while (reader.next(fields)) {
        ++out.rowsRead;
        Row row(fields, index.value(), columns);
        const int line = reader.recordLine();
        bool ok = false;
        switch (kind) {
        case RecordKind::Workers:
            ok = parseWorker(row, out, ids, seenWorkers, line);
            break;
        case RecordKind::TimeRecords:
            ok = parseTimeRecord(row, out, ids, line);
            break;
        case RecordKind::Payroll:
            ok = parsePayroll(row, out, ids, line);
            break;
        case RecordKind::Production:
            ok = parseProduction(row, out, line);
            break;
        case RecordKind::GateLog:
            ok = parseGate(row, out, ids, line);
            break;
        case RecordKind::AttLog:
            break;
        }
        if (!ok) {
            out.issues.append({fileName, line, row.errorColumn(), row.error(), reader.rawRecord(), true});
        }
    }
    if (reader.hasError()) {
        out.issues.append({fileName, reader.recordLine(), {}, reader.error(), {}, true});
    }
    return out;
}

} // namespace fieldbook
