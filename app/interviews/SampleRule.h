#pragma once

#include "database/Result.h"

#include <QJsonObject>
#include <QString>

namespace fieldbook {

// How many workers to interview, and how: the rule in docs/interviews.md, configurable per audit
// (stored with the audit's interview plan). Defaults: the square root of the workforce, rounded
// up, at least 6 and at most 60; half of them individually, the rest in groups of up to 4; two
// young workers and two recent hires included on purpose when the register has them.
struct SampleRule
{
    int minimum = 6;
    int cap = 60;
    double individualShare = 0.5;
    int groupSize = 4;
    int youngWorkers = 2;
    int recentHires = 2;

    // Workers to interview for a workforce of this size (never more than the workforce).
    int sampleSize(int workforce) const;
    // Of a sample of `size` workers: how many are interviewed alone, how many group interviews.
    int individualCount(int size) const;
    int groupCount(int size) const;
    // The rule applied to this workforce, in one or two plain sentences (translated).
    QString explanation(int workforce) const;

    QJsonObject toJson() const;
    // Missing keys keep their defaults; out-of-range values are refused with the field named.
    static Result<SampleRule> fromJson(const QJsonObject& json);
    Status validate() const;
};

} // namespace fieldbook
