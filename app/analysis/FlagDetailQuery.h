#pragma once

#include "app/analysis/FlagChartData.h"
#include "app/analysis/FlagRecordLoader.h"
#include "app/analysis/FlagRecordTable.h"
#include "app/analysis/FlagStore.h"
#include "app/params/AuditParams.h"
#include "database/Result.h"

#include <optional>

namespace fieldbook {

class Database;

// Everything the flag's detail shows beyond its figures: the records behind it and its chart.
struct FlagDetail
{
    StoredFlag flag;
    qint64 auditId = 0;
    AuditParams params; // the thresholds the flag was raised under
    FlagRecordTable records;
    std::optional<FlagChartData> chart; // none for checks a table explains
};

// Loads a stored flag's records and chart from the store (FlagRecordLoader, FlagChartBuilder).
class FlagDetailQuery
{
public:
    static Result<FlagDetail> load(const Database& db, const QString& flagUuid,
                                   int limit = FlagRecordLoader::kDefaultLimit);
    // Opens its own read-only connection, so it runs on a background thread beside the GUI's.
    static Result<FlagDetail> load(const QString& storePath, const QString& flagUuid,
                                   int limit = FlagRecordLoader::kDefaultLimit);

    // The thresholds in force when the flag was raised: those its analysis run saved, or, when that
    // run is gone, the audit's own resolved the way AuditAnalysis resolves them.
    static Result<AuditParams> paramsInForce(const Database& db, const QString& flagUuid, qint64* auditId = nullptr);
};

} // namespace fieldbook
