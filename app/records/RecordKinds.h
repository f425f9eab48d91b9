#pragma once

#include "app/records/ColumnMapping.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace fieldbook {

class RecordFileParser;

// The kinds of record file of formats.md section 1 in one place: their names, the columns each
// one knows, a title for people and the parser that reads it. "attlog" (ZKTeco *_attlog.dat) is a
// fixed tab-separated format with no header: its columns are listed for previews, never mapped.
class RecordKinds
{
public:
    static constexpr QLatin1String Workers{"workers"};
    static constexpr QLatin1String TimeRecords{"time_records"};
    static constexpr QLatin1String Payroll{"payroll"};
    static constexpr QLatin1String Production{"production"};
    static constexpr QLatin1String GateLog{"gate_log"};
    static constexpr QLatin1String AttLog{"attlog"};
    // A time-attendance program's CSV export, one row per punch, paired into time records like the
    // attlog's punches (docs/record-files.md "Time clocks").
    static constexpr QLatin1String Punches{"punches"};

    // Every kind, the register first (its order is the order worker ids are interned in).
    static QStringList all();
    static bool isKnown(const QString& kind);
    static bool isCsv(const QString& kind); // every kind but attlog
    static std::vector<ColumnSpec> columns(const QString& kind);
    static QStringList requiredColumns(const QString& kind);
    // "Time cards (time_records)", translated.
    static QString title(const QString& kind);
    // The parser of a CSV kind; null for attlog or an unknown kind.
    static std::unique_ptr<RecordFileParser> createParser(const QString& kind);
    // The kind a file name says, as formats.md names files (workers.csv, *_attlog.dat ...) and as
    // punch exports are named (punches.csv, *punch*.csv, *attendance_log*.csv, *transactions*.csv);
    // empty if none.
    static QString kindOfFileName(const QString& fileName);
    // The same, and names that go on after the kind ("time_records_january.csv", "Payroll 2025-12.csv",
    // "main-gate_attlog.txt"): the import wizard's first guess.
    static QString kindSuggestedByFileName(const QString& fileName);
};

} // namespace fieldbook
