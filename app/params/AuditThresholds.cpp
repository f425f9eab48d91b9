#include "app/codes/CountryRules.h"
#include "app/params/ParamsResolver.h"
#include "database/AuditRepository.h"

#include <QRegularExpression>

namespace fieldbook {

// The figures in force at the end of the records period: the records are what the checks judge.
Result<ResolvedParams> ParamsResolver::resolveForAudit(const Audit& audit, const QString& industry)
{
    ResolveOptions options;
    options.industry = industry;
    options.periodStart = QDate::fromString(audit.periodStart, Qt::ISODate);
    options.periodEnd = QDate::fromString(audit.periodEnd, Qt::ISODate);
    const QDate visit = QDate::fromString(audit.startDate, Qt::ISODate);
    options.date = options.periodEnd.isValid() ? options.periodEnd : visit;
    Result<ResolvedParams> resolved = resolve(audit.codes, audit.country, audit.params, options);
    if (!resolved && audit.params.contains(QStringLiteral("region"))) {
        // A region the country file no longer has: the country's default region, not no law at all.
        QJsonObject withoutRegion = audit.params;
        withoutRegion.remove(QStringLiteral("region"));
        resolved = resolve(audit.codes, audit.country, withoutRegion, options);
    }
    if (!resolved) {
        // No built-in rules for this country (or a region it no longer has): the codes' figures and
        // the auditor's own still apply.
        resolved = resolve(audit.codes, QString(), audit.params, options);
    }
    return resolved;
}

Result<ResolvedParams> ParamsResolver::resolveForAudit(const Database& db, const Audit& audit)
{
    Result<Facility> facility = AuditRepository(db).facility(audit.facilityId);
    if (!facility) {
        return resolveForAudit(audit);
    }
    if (audit.params.contains(QStringLiteral("region"))) {
        return resolveForAudit(audit, facility->industry);
    }
    // No region chosen yet: the one the facility's city or address names (a Dongguan factory is
    // held to Dongguan's minimum, not the file's default city's), else the file's default.
    Audit located = audit;
    if (Result<CountryRules> law = CountryRules::builtIn(audit.country); law) {
        for (const QString& region : law->regionNames()) {
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(region)),
                                          QRegularExpression::CaseInsensitiveOption);
            if (facility->city.contains(word) || facility->address.contains(word)) {
                located.params.insert(QStringLiteral("region"), region);
                break;
            }
        }
    }
    Result<ResolvedParams> resolved = resolveForAudit(located, facility->industry);
    if (resolved && located.params.contains(QStringLiteral("region"))) {
        resolved->regionFromFacility = true;
    }
    return resolved;
}

} // namespace fieldbook
