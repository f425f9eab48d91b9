#pragma once

#include <QString>

namespace fieldbook {

// Short titles of the checks for people (the flag list, the report), in the language in force.
// The check names themselves (identical_punches, ...) are a stable contract (formats.md) and are
// never translated; an unknown name is returned as it is.
class CheckTitles
{
public:
    static QString title(const QString& check);
};

} // namespace fieldbook
