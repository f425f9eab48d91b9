#include "app/cli/AnalyzeSources.h"
#include "app/analysis/InterviewLoader.h"
#include "app/records/RecordDirectoryReader.h"
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
    // PLUG-IN POINT: app/records/RecordStore::loadRecordSet (records helper).
    RecordSet records;
    // The CLI holds no key: interviews come without the worker link and free texts.
    const Status interviews = InterviewLoader::load(db, auditUuid, records, nullptr);
    if (!interviews) {
        return Result<RecordSet>::failure(interviews.error());
    }
    return records;
}

Result<AuditParams> resolveParams(const QStringList& codes, const QString& country)
{
    // PLUG-IN POINT: app/codes/ParamsResolver (catalogs helper): the stricter of code and country law.
    static const QStringList known = {QStringLiteral("sa8000"), QStringLiteral("rba"), QStringLiteral("wrap")};
    AuditParams params;
    if (!codes.isEmpty()) {
        params.codes.clear();
        for (const QString& code : codes) {
            const QString id = code.trimmed().toLower();
            if (!known.contains(id)) {
                return Result<AuditParams>::failure(
                    QCoreApplication::translate("Cli", "unknown code \"%1\" (known: %2)")
                        .arg(code, known.join(QStringLiteral(", "))));
            }
            params.codes.append(id);
        }
    }
    if (!country.isEmpty()) {
        if (country.size() != 2 || !country.at(0).isLetter() || !country.at(1).isLetter()) {
            return Result<AuditParams>::failure(
                QCoreApplication::translate("Cli", "--country takes an ISO 3166-1 alpha-2 code, not \"%1\"")
                    .arg(country));
        }
        params.country = country.toUpper();
    }
    // RBA caps the week at 60 h including overtime; SA8000 and WRAP defer to law, SA8000 at most
    // 48 regular + 12 overtime. The defaults already hold these; a stricter country profile comes
    // from the resolver.
    return params;
}

} // namespace fieldbook
