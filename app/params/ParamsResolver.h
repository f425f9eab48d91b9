#pragma once

#include "app/params/AuditParams.h"
#include "database/Result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace fieldbook {

class CatalogRegistry;
class Database;
struct Audit;

// Where one threshold in force comes from: shown beside the figure on the Plan page, in the PDF
// report and by `fieldbook-cli params`, so the auditor can judge it.
struct ThresholdProvenance
{
    enum class Origin
    {
        Code,     // a code of conduct's figure
        Law,      // the country's law (resources/countries)
        Ilo,      // the ILO reference where neither code nor law sets a figure
        Override, // the auditor's own figure for this audit
        Derived   // computed from other figures (named in `source`)
    };
    Origin origin = Origin::Ilo;
    QString source; // "CN: Labour Law of the PRC, art. 41", "SA8000:2014 (7.3)", ...
    QString sourceUrl;
    QDate from;           // in force since (law figures, where known)
    QDate until;          // last day in force, where a change is known
    bool checked = false; // law figure read against the primary text by the Fieldbook authors
    QString note;

    QJsonObject toJson() const;
};

// The thresholds in force for an audit and where each one comes from.
struct ResolvedParams
{
    AuditParams params;
    QDate date;                      // the day the figures are in force on
    QStringList regions;             // the country's regions, for a choice
    bool regionFromFacility = false; // the region was found in the facility's city or address
    QHash<QString, QString> sources; // params.json key -> "RBA Code of Conduct 8.0 (A3)", "CN: Labour Law art. 41", ...
    QHash<QString, ThresholdProvenance> provenance; // params.json key -> origin, source, dates, checked
    QStringList verifyBeforeUse; // keys whose figure comes from law not checked against the primary text
    QString minimumWageNote;     // region, effective date and source of the minimum wage

    // params.json with a "sources" object beside the values (extra keys are allowed by formats.md),
    // and with `withSources` a "provenance" object: source, source_url, from, until, checked, origin.
    QJsonObject toJson(bool withSources) const;
};

// Which figures: the facility's industry (for sector figures), the region of the country (empty: the audit's "region"
// override, else the country's default region), the day they are in force on (invalid: today), and the audit period the
// minimum-wage schedule and public holidays must cover.
struct ResolveOptions
{
    QString region;
    QString industry; // the facility's industry: picks a law's figure for listed sectors
    QDate date;
    QDate periodStart;
    QDate periodEnd;
};

// Resolves params.json from the code(s) and the country: the stricter rule wins for each figure
// (highest minimum age, lowest hour limits, highest premium, widest night window); every cap stands
// on its own (a daily, monthly or yearly cap is never turned into a weekly one); then the audit's own
// overrides. Where neither code nor law sets a figure, the ILO reference applies (C138 age 15,
// C1 8 h/48 h and 1.25x, C14 weekly rest); a law that sets no such cap ("value": null) means none.
class ParamsResolver
{
public:
    static Result<ResolvedParams> resolve(const QStringList& codes, const QString& country,
                                          const QJsonObject& overrides = {}, const ResolveOptions& options = {});
    static Result<ResolvedParams> resolve(const CatalogRegistry& registry, const QStringList& codes,
                                          const QString& country, const QJsonObject& overrides = {},
                                          const ResolveOptions& options = {});
    // An audit's thresholds: figures in force at the end of its records period (else its visit, else
    // today), the schedule over the period. A country without built-in rules still gets the codes'
    // figures and the audit's own.
    static Result<ResolvedParams> resolveForAudit(const Audit& audit, const QString& industry = {});
    // The same, with the facility's industry read from the store.
    static Result<ResolvedParams> resolveForAudit(const Database& db, const Audit& audit);
};

} // namespace fieldbook
