#pragma once

#include <QString>

namespace fieldbook {

// What the checks say about themselves (Check::description()), for people, in the language in
// force: the flag list, the flag detail, the CLI and the report all read it here. The check names
// themselves (identical_punches, ...) are a stable contract (formats.md) and are never
// translated; an unknown name has its name as title and no explanation.
class CheckDescriptions
{
public:
    static QString title(const QString& check);
    static QString explanation(const QString& check);
    // The records behind a flag of the check (FlagRecordLoader): "none" for an unknown name.
    static QString records(const QString& check);
    // The chart of a flag of the check (FlagChartBuilder): empty when it has none.
    static QString chart(const QString& check);
};

} // namespace fieldbook
