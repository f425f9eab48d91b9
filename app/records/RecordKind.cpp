#include "app/records/RecordKind.h"

namespace fieldbook {

QList<RecordKind> csvRecordKinds()
{
    return {RecordKind::Workers, RecordKind::TimeRecords, RecordKind::Payroll, RecordKind::Production,
            RecordKind::GateLog};
}

QString recordKindId(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Workers:
        return QStringLiteral("workers");
    case RecordKind::TimeRecords:
        return QStringLiteral("time_records");
    case RecordKind::Payroll:
        return QStringLiteral("payroll");
    case RecordKind::Production:
        return QStringLiteral("production");
    case RecordKind::GateLog:
        return QStringLiteral("gate_log");
    case RecordKind::AttLog:
        return QStringLiteral("attlog");
    }
    return {};
}

QString recordKindFileName(RecordKind kind)
{
    return kind == RecordKind::AttLog ? QStringLiteral("*_attlog.dat") : recordKindId(kind) + QStringLiteral(".csv");
}

QList<ColumnSpec> recordKindColumns(RecordKind kind)
{
    // formats.md section 1; the order here is the order files are written in.
    switch (kind) {
    case RecordKind::Workers:
        return {{QStringLiteral("worker_id"), true}, {QStringLiteral("birth_date"), true},
                {QStringLiteral("hire_date"), true}, {QStringLiteral("id_number"), false},
                {QStringLiteral("gender"), false},   {QStringLiteral("department"), false},
                {QStringLiteral("position"), false}, {QStringLiteral("termination_date"), false},
                {QStringLiteral("name"), false}};
    case RecordKind::TimeRecords:
        return {{QStringLiteral("worker_id"), true},
                {QStringLiteral("date"), true},
                {QStringLiteral("time_in"), true},
                {QStringLiteral("time_out"), true},
                {QStringLiteral("break_minutes"), false}};
    case RecordKind::Payroll:
        return {{QStringLiteral("worker_id"), true},      {QStringLiteral("period_start"), true},
                {QStringLiteral("period_end"), true},     {QStringLiteral("regular_hours"), true},
                {QStringLiteral("overtime_hours"), true}, {QStringLiteral("regular_pay"), true},
                {QStringLiteral("overtime_pay"), true},   {QStringLiteral("bonus"), false},
                {QStringLiteral("deductions"), false},    {QStringLiteral("net_pay"), true}};
    case RecordKind::Production:
        return {{QStringLiteral("date"), true},
                {QStringLiteral("department"), true},
                {QStringLiteral("units"), true},
                {QStringLiteral("standard_minutes"), true}};
    case RecordKind::GateLog:
        return {{QStringLiteral("worker_id"), true},
                {QStringLiteral("timestamp"), true},
                {QStringLiteral("direction"), true}};
    case RecordKind::AttLog:
        return {};
    }
    return {};
}

} // namespace fieldbook
