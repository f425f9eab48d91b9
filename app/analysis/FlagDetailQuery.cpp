#include "app/analysis/FlagDetailQuery.h"
#include "app/analysis/AuditAnalysis.h"
#include "app/analysis/FlagChartBuilder.h"
#include "database/AuditRepository.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace fieldbook {

Result<AuditParams> FlagDetailQuery::paramsInForce(const Database& db, const QString& flagUuid, qint64* auditId)
{
    using R = Result<AuditParams>;
    Result<Statement> select = db.prepare(
        QStringLiteral("SELECT f.audit_id, a.uuid, r.params_json FROM analysis_flags f JOIN audits a ON a.id = "
                       "f.audit_id LEFT JOIN analysis_runs r ON r.id = f.run_id WHERE f.uuid = ?1"));
    if (!select) {
        return R::failure(select.error());
    }
    if (!select->bind(1, flagUuid).step()) {
        return R::failure(select->hasError()
                              ? select->errorMessage()
                              : QCoreApplication::translate("FlagStore", "no flag %1 in the store").arg(flagUuid));
    }
    if (auditId) {
        *auditId = select->int64(0);
    }
    const QString auditUuid = select->text(1);
    if (!select->isNull(2)) {
        const QJsonObject saved = QJsonDocument::fromJson(select->text(2).toUtf8()).object();
        if (!saved.isEmpty()) {
            return AuditParams::fromJson(saved);
        }
    }
    Result<Audit> audit = AuditRepository(db).auditByUuid(auditUuid);
    if (!audit) {
        return R::failure(audit.error());
    }
    return AuditAnalysis::paramsFor(db, audit.value());
}

Result<FlagDetail> FlagDetailQuery::load(const Database& db, const QString& flagUuid, int limit)
{
    using R = Result<FlagDetail>;
    FlagDetail detail;
    Result<StoredFlag> flag = FlagStore(db).flag(flagUuid);
    if (!flag) {
        return R::failure(flag.error());
    }
    detail.flag = flag.take();
    Result<AuditParams> params = paramsInForce(db, flagUuid, &detail.auditId);
    if (!params) {
        return R::failure(params.error());
    }
    detail.params = params.take();
    Result<FlagRecordTable> records = FlagRecordLoader(db, detail.auditId, detail.params).load(detail.flag, limit);
    if (!records) {
        return R::failure(records.error());
    }
    detail.records = records.take();
    Result<std::optional<FlagChartData>> chart = FlagChartBuilder(db, detail.auditId, detail.params).build(detail.flag);
    if (!chart) {
        return R::failure(chart.error());
    }
    detail.chart = chart.take();
    return detail;
}

Result<FlagDetail> FlagDetailQuery::load(const QString& storePath, const QString& flagUuid, int limit)
{
    Result<Database> opened = Database::open(storePath, Database::OpenMode::ReadOnly);
    if (!opened) {
        return Result<FlagDetail>::failure(opened.error());
    }
    return load(opened.value(), flagUuid, limit);
}

} // namespace fieldbook
