#include "app/analysis/AuditAnalysis.h"
#include "app/analysis/FlagStore.h"
#include "app/analysis/InterviewLoader.h"
#include "app/core/Version.h"
#include "app/params/ParamsResolver.h"
#include "app/records/RecordStore.h"
#include "database/AuditRepository.h"
#include "database/Database.h"

#include <QCoreApplication>

namespace fieldbook {

Result<AuditParams> AuditAnalysis::paramsFor(const Database& db, const Audit& audit)
{
    Result<ResolvedParams> params = ParamsResolver::resolveForAudit(db, audit);
    if (!params) {
        return Result<AuditParams>::failure(params.error());
    }
    return params->params;
}

Result<AuditAnalysisSummary> AuditAnalysis::run(const QString& storePath, const QString& auditUuid,
                                                const Analyzer::Progress& progress, const std::atomic<bool>* cancel,
                                                const PersonalDataProtector* protector)
{
    using R = Result<AuditAnalysisSummary>;
    Result<Database> opened = Database::open(storePath);
    if (!opened) {
        return R::failure(opened.error());
    }
    Database db = opened.take();
    Result<Audit> audit = AuditRepository(db).auditByUuid(auditUuid);
    if (!audit) {
        return R::failure(audit.error());
    }
    Result<AuditParams> params = paramsFor(db, audit.value());
    if (!params) {
        return R::failure(params.error());
    }
    Result<RecordSet> records = RecordStore::loadRecordSet(db, audit->id, protector);
    if (!records) {
        return R::failure(records.error());
    }
    if (Status s = InterviewLoader::load(db, auditUuid, records.value(), protector); !s) {
        return R::failure(s.error());
    }
    Analyzer analyzer(params.value());
    analyzer.setProgress(progress);
    analyzer.setCancelFlag(cancel);
    const AnalysisResult result = analyzer.run(records.take()); // not needed after: no copy
    AuditAnalysisSummary summary;
    summary.cancelled = result.cancelled;
    summary.checksSkipped = result.checksSkipped;
    if (result.cancelled) {
        return summary; // a cancelled run saves nothing: half a run would mark good flags stale
    }
    Result<QString> saved = FlagStore(db).saveRun(auditUuid, params.value(), result, QString::fromLatin1(kVersion));
    if (!saved) {
        return R::failure(saved.error());
    }
    summary.runUuid = saved.value();
    summary.flags = int(result.flags.size());
    return summary;
}

} // namespace fieldbook
