#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fieldbook {

// The record files of formats.md section 1.
enum class RecordKind
{
    Workers,
    TimeRecords,
    Payroll,
    Production,
    GateLog,
    AttLog, // ZKTeco *_attlog.dat
};

struct ColumnSpec
{
    QString name;
    bool required = false;
};

QList<RecordKind> csvRecordKinds();
QString recordKindId(RecordKind kind);       // "workers", "time_records", ... (as in record_imports.kind)
QString recordKindFileName(RecordKind kind); // "workers.csv", ...; "*_attlog.dat" for AttLog
QList<ColumnSpec> recordKindColumns(RecordKind kind);

} // namespace fieldbook
