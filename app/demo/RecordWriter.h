#pragma once

#include "app/params/AuditParams.h"
#include "app/records/RecordSet.h"
#include "database/Result.h"

#include <QString>
#include <vector>

namespace fieldbook {

struct RecordWriterOptions
{
    // Workers (interned index -> true) whose punches go to `factory_attlog.dat` as a ZKTeco clock
    // would log them, instead of time_records.csv. Empty: none.
    std::vector<bool> attlogWorkers;
    const AuditParams* params = nullptr; // also write params.json
    bool production = true;
    bool gateLog = true;
};

// Writes a RecordSet as the record files of formats.md section 1 (header, column order and
// number forms exactly as documented there), each file atomically (QSaveFile).
class RecordWriter
{
public:
    static Status write(const RecordSet& records, const QString& directory, const RecordWriterOptions& options = {});

    static QByteArray workersCsv(const RecordSet& records);
    static QByteArray timeRecordsCsv(const RecordSet& records, const std::vector<bool>& skipWorkers = {});
    static QByteArray payrollCsv(const RecordSet& records);
    static QByteArray productionCsv(const RecordSet& records);
    static QByteArray gateLogCsv(const RecordSet& records);
    // One in and one out punch per segment; a segment with a break is punched out and back in
    // around the break, so the paired records carry the same worked time.
    static QByteArray attLog(const RecordSet& records, const std::vector<bool>& workers);
};

} // namespace fieldbook
