#pragma once

#include "app/params/ParamsResolver.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace fieldbook {

// The thresholds as the auditor reads them, in one order for the Plan page, the PDF report and
// the CLI: a title in the interface (or report) language, the value in words where a number alone
// would mislead ("no limit"), and the standing of its source.
class ThresholdLabels
{
public:
    // params.json keys in display order.
    static const QStringList& keys();
    static QString title(const QString& key);
    // The number `key` stands for in `params` (a cap the law does not set: AuditParams::kNoLimit).
    static double figure(const AuditParams& params, const QString& key);
    // The value of `key` in `params` as text: "no limit" for an absent cap, tiers in words.
    static QString value(const ResolvedParams& resolved, const QString& key);
    // "checked against the primary text", "verify before use", "code", "ILO reference", "your figure".
    static QString standing(const ThresholdProvenance& provenance);
    // "in force from 2026-01-01" / "in force 2024-07-01 to 2025-12-31", or empty.
    static QString inForce(const ThresholdProvenance& provenance);
    // Whether the key has a value worth a row (v2 figures the law does not set are left out).
    static bool isShown(const ResolvedParams& resolved, const QString& key);
};

} // namespace fieldbook
