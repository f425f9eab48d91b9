#pragma once

#include "app/analysis/Flag.h"
#include "app/demo/PatternPlanter.h"

#include <QJsonDocument>
#include <QList>

namespace fieldbook::test {

// True when a flag of the pattern's check covers every planted worker, at least one planted date
// (when dates were planted) and names every planted interview in its evidence.
inline bool patternFound(const PlantedPattern& pattern, const QList<Flag>& flags)
{
    for (const Flag& flag : flags) {
        if (flag.check != pattern.check) {
            continue;
        }
        bool ok = true;
        for (const QString& w : pattern.workers) {
            ok = ok && flag.workers.contains(w);
        }
        if (!pattern.dates.isEmpty()) {
            bool any = false;
            for (const QString& d : pattern.dates) {
                any = any || flag.dates.contains(d);
            }
            ok = ok && any;
        }
        const QByteArray evidence = QJsonDocument(flag.evidence).toJson(QJsonDocument::Compact);
        for (const QString& pseudonym : pattern.interviews) {
            ok = ok && evidence.contains(('"' + pseudonym + '"').toUtf8());
        }
        if (ok) {
            return true;
        }
    }
    return false;
}

} // namespace fieldbook::test
