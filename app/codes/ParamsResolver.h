#pragma once

#include "app/analysis/AuditParams.h"
#include "database/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace fieldbook {

class CatalogRegistry;

// The thresholds in force for an audit and where each one comes from.
struct ResolvedParams
{
    AuditParams params;
    QHash<QString, QString> sources; // params.json key -> "RBA Code of Conduct 8.0 (A3)", "CN: Labour Law art. 41", ...
    QStringList verifyBeforeUse;     // keys whose figure comes from country rules: confirm before relying on it
    QString minimumWageNote;         // region, effective date and source of the minimum wage

    // params.json with a "sources" object beside the values (extra keys are allowed by formats.md).
    QJsonObject toJson(bool withSources) const;
};

// Resolves params.json from the code(s) and the country: the stricter rule wins (highest minimum
// age, lowest hour limits, highest premium, widest night window), then the audit's own overrides.
// Without a code or law figure, the ILO reference applies (C138 age 15, C1 8 h/48 h, C14 weekly rest).
class ParamsResolver
{
public:
    static Result<ResolvedParams> resolve(const QStringList& codes, const QString& country,
                                          const QJsonObject& overrides = {});
    static Result<ResolvedParams> resolve(const CatalogRegistry& registry, const QStringList& codes,
                                          const QString& country, const QJsonObject& overrides = {});
};

} // namespace fieldbook
