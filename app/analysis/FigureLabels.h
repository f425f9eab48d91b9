#pragma once

#include <QString>

namespace fieldbook {

// The names of the figures a check keeps with its flag (the evidence keys of docs/checks.md,
// "minimum_age"), in words of the interface language ("Minimum age"). A key without a label reads
// as its words ("some_new_figure" → "some new figure"), so a new figure never shows as nothing.
class FigureLabels
{
public:
    static QString label(const QString& key);
    static bool hasLabel(const QString& key);
};

} // namespace fieldbook
