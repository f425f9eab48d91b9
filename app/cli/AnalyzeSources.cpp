#include "app/cli/AnalyzeSources.h"
#include "app/analysis/InterviewLoader.h"
#include "app/codes/ParamsResolver.h"
#include "app/records/RecordDirectoryReader.h"
#include "app/records/RecordStore.h"
#include "database/AuditRepository.h"
#include "database/Database.h"

#include <QCoreApplication>

namespace fieldbook {

Result<RecordSet> readRecordDirectory(const QString& dir, QStringList* warnings)
{
    Result<RecordReadOutcome> read = RecordDirectoryReader::read(dir);
    if (!read) {
        return Result<RecordSet>::failure(read.error());
    }
    if (!read->acceptable()) {
        return Result<RecordSet>::failure(
            QCoreApplication::translate("Cli", "%n bad row(s); nothing analysed:", nullptr, read->blockingIssues()) +
            QLatin1Char('\n') + read->issueReport(50));
    }
    if (warnings) {
        for (const RecordIssue& issue : read->issues) {
            *warnings << issue.toString();
        }
    }
    return read->records;
}

Result<RecordSet> loadAuditRecords(const Database& db, const QString& auditUuid)
{
    Result<Audit> audit = AuditRepository(db).auditByUuid(auditUuid);
    if (!audit) {
        return Result<RecordSet>::failure(audit.error());
    }
    // The CLI holds no key: id numbers stay sealed (duplicate_identity needs the GUI's unlocked store).
    Result<RecordSet> loaded = RecordStore::loadRecordSet(db, audit->id);
    if (!loaded) {
        return loaded;
    }
    RecordSet records = loaded.take();
    // The CLI holds no key: interviews come without the worker link and free texts.
    const Status interviews = InterviewLoader::load(db, auditUuid, records, nullptr);
    if (!interviews) {
        return Result<RecordSet>::failure(interviews.error());
    }
    return records;
}

Result<AuditParams> resolveParams(const QStringList& codes, const QString& country)
{
    // The stricter of code and country law (app/codes/ParamsResolver); SA8000 when no code is named.
    Result<ResolvedParams> resolved =
        ParamsResolver::resolve(codes.isEmpty() ? QStringList{QStringLiteral("sa8000")} : codes, country);
    if (!resolved) {
        return Result<AuditParams>::failure(resolved.error());
    }
    return resolved->params;
}

} // namespace fieldbook
