#include "app/records/RecordImportJob.h"
#include "database/Database.h"

#include <QCoreApplication>

namespace fieldbook {

RecordImportReport RecordImportJob::run(const QString& storePath, const QString& actor,
                                        const RecordImportRequest& request, const Progress& progress,
                                        const std::atomic<bool>* cancel)
{
    Result<Database> db = Database::open(storePath);
    if (!db) {
        RecordImportReport report;
        report.error = db.error();
        return report;
    }
    db->setActor(actor);
    return run(db.value(), request, progress, cancel);
}

RecordImportReport RecordImportJob::run(const Database& db, const RecordImportRequest& request,
                                        const Progress& progress, const std::atomic<bool>* cancel)
{
    RecordImportReport report;
    const RecordImportSession& session = request.session;
    report.check = request.check;
    if (!report.check || report.check->revision != session.revision() || report.check->cancelled) {
        auto checking = [&progress](qint64 done, qint64 total) {
            if (progress) {
                progress(ImportStage::Checking, done, total);
            }
        };
        report.check = std::make_shared<const RecordImportCheck>(session.check(cancel, checking));
    }
    if (report.check->cancelled || (cancel && cancel->load())) {
        report.cancelled = true;
        return report;
    }
    if (!report.check->canImport(request.mode)) {
        report.error = report.check->blockingReason(request.mode);
        return report;
    }
    // The check is shared with the caller (who shows its issues) and holds every record: the mode
    // goes with the control instead of into a copy of it.
    RecordImportControl control;
    control.mode = request.mode;
    control.cancel = cancel;
    control.progress = [&progress](qint64 done, qint64 total) {
        if (progress) {
            progress(ImportStage::Writing, done, total);
        }
    };
    const QHash<QString, ColumnMapping> remember = request.rememberMappings && session.facilityId() > 0
                                                       ? session.mappingsToRemember()
                                                       : QHash<QString, ColumnMapping>();
    RecordStore store(db, request.protector);
    control.beforeCommit = [&]() {
        for (auto it = remember.constBegin(); it != remember.constEnd(); ++it) {
            if (const Status saved = store.saveColumnMapping(session.facilityId(), it.key(), it.value()); !saved) {
                return saved;
            }
        }
        return Status::success();
    };
    Result<RecordImportOutcome> imported = store.importRecords(session.auditId(), report.check->outcome, {}, control);
    if (!imported) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
        } else {
            report.error = imported.error();
        }
        return report;
    }
    report.outcome = imported.take();
    report.rememberedKinds = remember.keys();
    report.rememberedKinds.sort();
    return report;
}

} // namespace fieldbook
